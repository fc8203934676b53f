package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractors;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Amount statistics and a hand-check sample over the livedoor corpus, through the same extractor
 * composition as {@code kiji extract} ({@link Extractors#defaults()}, each article's own date as
 * reference): money mentions per ISO currency, counts by subtype, by mod, ranges/vague (extra.max)
 * and rates (extra.per), then a seeded random sample of N amounts with ±15 chars of context and
 * the extra fields, as TSV for hand checking.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.AmountSample \
 *     -Dbench.args="100 7"      # sample size, seed
 * </pre>
 */
public final class AmountSample {

  private AmountSample() {}

  /** An amount with the article it came from. */
  record Found(Article article, Mention mention) {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
    Extractors extractors = Extractors.defaults();
    List<Found> all = new ArrayList<>();
    Map<String, Integer> currency = new TreeMap<>();
    Map<String, Integer> subtype = new TreeMap<>();
    Map<String, Integer> mod = new TreeMap<>();
    Map<String, Integer> extra = new TreeMap<>();
    for (Article a : LivedoorTexts.articles(0)) {
      for (Mention m : extractors.extract(Analysis.analyze(a.text()), new ExtractionContext(a.published()))) {
        if (m.type() != MentionType.AMOUNT) {
          continue;
        }
        all.add(new Found(a, m));
        subtype.merge(m.subtype(), 1, Integer::sum);
        mod.merge(m.mod() == null ? "-" : m.mod(), 1, Integer::sum);
        if ("MONEY".equals(m.subtype())) {
          currency.merge(m.unit(), 1, Integer::sum);
        }
        for (String k : m.extra().keySet()) {
          extra.merge(k, 1, Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "# %d AMOUNT mentions%n", all.size());
    print("subtype", subtype);
    print("MONEY by currency", currency);
    print("mod", mod);
    print("extra field", extra);
    Collections.shuffle(all, new Random(seed));
    System.out.println("path\tsurface\tsubtype\tvalue\tunit\tmod\textra\tcontext");
    for (Found f : all.subList(0, Math.min(n, all.size()))) {
      Mention m = f.mention();
      String t = f.article().text();
      String context = t.substring(Math.max(0, m.start() - 15), m.start()) + "【" + m.surface() + "】"
          + t.substring(m.end(), Math.min(t.length(), m.end() + 15));
      System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", shortPath(f.article().path()),
          m.surface(), m.subtype(), m.value(), m.unit(), m.mod() == null ? "-" : m.mod(),
          m.extra().isEmpty() ? "-" : m.extra(), context.replaceAll("\\s+", " "));
    }
  }

  /** category/file of a corpus path. */
  private static String shortPath(String path) {
    int last = path.lastIndexOf('/');
    int prev = last > 0 ? path.lastIndexOf('/', last - 1) : -1;
    return path.substring(prev + 1);
  }

  private static void print(String title, Map<String, Integer> counts) {
    System.out.printf(Locale.ROOT, "# by %s:%n", title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> System.out.printf(Locale.ROOT, "# %7d  %s%n", e.getValue(), e.getKey()));
  }
}
