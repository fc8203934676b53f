package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.AmountExtractor;
import dev.kiji.extract.DateExtractor;
import dev.kiji.extract.DurationExtractor;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractor;
import dev.kiji.extract.Extractors;
import dev.kiji.extract.Mention;
import dev.kiji.extract.PartyExtractor;
import dev.kiji.ingest.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of each extractor (and of {@link Extractors#defaults()}) over livedoor articles that
 * are analysed once, outside the timed loops. Each extractor runs {@code warm} untimed passes,
 * then {@code rounds} timed passes; the thread CPU time of every pass is printed with the
 * minimum and median. With a file argument the mentions of every article are also written there
 * (one {@code toString} per line), to diff two versions of the extractors; NAMEs (amount, date,
 * duration, party, defaults) limit the run to those extractors.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.ExtractCpu \
 *     -Dbench.args="LIMIT WARM ROUNDS [MENTIONS_FILE|-] [NAME,...]"
 * </pre>
 */
public final class ExtractCpu {

  private ExtractCpu() {}

  public static void main(String[] args) throws IOException {
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Article> articles = LivedoorTexts.articles(limit);
    List<AnalyzedText> texts = new ArrayList<>(articles.size());
    List<ExtractionContext> contexts = new ArrayList<>(articles.size());
    for (Article a : articles) {
      texts.add(Analysis.analyze(a.text()));
      contexts.add(new ExtractionContext(a.published()));
    }
    System.out.printf("%d articles analysed%n", texts.size());
    Map<String, Extractor> extractors = byName();
    if (args.length > 4) {
      extractors.keySet().retainAll(List.of(args[4].split(",")));
    }
    if (args.length > 3 && !args[3].equals("-")) {
      try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
        for (Map.Entry<String, Extractor> e : extractors.entrySet()) {
          for (int i = 0; i < texts.size(); i++) {
            for (Mention m : e.getValue().extract(texts.get(i), contexts.get(i))) {
              w.write(e.getKey() + "\t" + i + "\t" + m + "\n");
            }
          }
        }
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (Map.Entry<String, Extractor> e : extractors.entrySet()) {
      Extractor x = e.getValue();
      double[] ms = new double[rounds];
      for (int r = -warm; r < rounds; r++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < texts.size(); i++) {
          sink += x.extract(texts.get(i), contexts.get(i)).size();
        }
        if (r >= 0) {
          ms[r] = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
        }
      }
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "%-9s min %8.1f ms  median %8.1f ms  %s%n",
          e.getKey(), sorted[0], sorted[rounds / 2], Arrays.toString(ms));
    }
    System.out.println("sink " + sink);
  }

  /** Each extractor alone and the default composition, by name, in that order. */
  static Map<String, Extractor> byName() {
    Map<String, Extractor> extractors = new LinkedHashMap<>();
    extractors.put("amount", new AmountExtractor());
    extractors.put("date", new DateExtractor());
    extractors.put("duration", new DurationExtractor());
    extractors.put("party", PartyExtractor.withDefaultLexicon());
    extractors.put("defaults", Extractors.defaults());
    return extractors;
  }
}
