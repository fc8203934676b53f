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
 * Re-runnable accuracy sampling over the livedoor corpus: extracts every article (its own date as
 * reference), prints counts of one mention type by subtype/unit/mod, then a seeded random sample
 * of N mentions with ±15 chars of context, as TSV for hand checking.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.MentionSample \
 *     -Dbench.args="AMOUNT 100 42"      # type, sample size, seed
 * </pre>
 */
public final class MentionSample {

  private MentionSample() {}

  /** A mention with the article it came from. */
  record Found(Article article, Mention mention) {}

  public static void main(String[] args) {
    MentionType type = MentionType.valueOf(args.length > 0 ? args[0] : "AMOUNT");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    Extractors extractors = Extractors.defaults();
    List<Found> all = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Article a : LivedoorTexts.articles(0)) {
      for (Mention m : extractors.extract(Analysis.analyze(a.text()), new ExtractionContext(a.published()))) {
        if (m.type() == type) {
          all.add(new Found(a, m));
          counts.merge(key(m), 1, Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "# %d %s mentions; by subtype/unit/mod:%n", all.size(), type);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> System.out.printf(Locale.ROOT, "# %7d  %s%n", e.getValue(), e.getKey()));
    Collections.shuffle(all, new Random(seed));
    System.out.println("path\tsurface\tsubtype\tvalue\tunit\tcanonical\tmod\trole\tcontext");
    for (Found f : all.subList(0, Math.min(n, all.size()))) {
      Mention m = f.mention();
      String t = f.article().text();
      String context = t.substring(Math.max(0, m.start() - 15), m.start()) + "【" + m.surface() + "】"
          + t.substring(m.end(), Math.min(t.length(), m.end() + 15));
      System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", f.article().path(), m.surface(),
          nz(m.subtype()), nz(m.value()), nz(m.unit()), nz(m.canonical()), nz(m.mod()), nz(m.role()),
          context.replaceAll("\\s+", " "));
    }
  }

  private static String key(Mention m) {
    return nz(m.subtype()) + "/" + nz(m.unit()) + "/" + nz(m.mod());
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
