package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractor;
import dev.kiji.ingest.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Like {@link ExtractCpu}, but as {@code kiji analyze} runs the extractors: each article is
 * analysed right before the extractors read it (its tokens still in the CPU caches), and only the
 * extractors' thread CPU time is summed. Every {@code STEP}-th livedoor article; {@code WARM}
 * untimed rounds, then {@code ROUNDS} timed ones.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.ExtractCpuFresh \
 *     -Dbench.args="STEP WARM ROUNDS"
 * </pre>
 */
public final class ExtractCpuFresh {

  private ExtractCpuFresh() {}

  public static void main(String[] args) {
    int step = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<Article> all = LivedoorTexts.articles(0);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < all.size(); i += step) {
      articles.add(all.get(i));
    }
    Map<String, Extractor> extractors = ExtractCpu.byName();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int r = -warm; r < rounds; r++) {
      long[] ns = new long[extractors.size()];
      for (Article a : articles) {
        AnalyzedText t = Analysis.analyze(a.text());
        ExtractionContext c = new ExtractionContext(a.published());
        int k = 0;
        for (Extractor x : extractors.values()) {
          long t0 = mx.getCurrentThreadCpuTime();
          sink += x.extract(t, c).size();
          ns[k++] += mx.getCurrentThreadCpuTime() - t0;
        }
      }
      if (r >= 0) {
        StringBuilder b = new StringBuilder("round " + r + " (" + articles.size() + " articles):");
        int k = 0;
        for (String name : extractors.keySet()) {
          b.append(String.format(java.util.Locale.ROOT, "  %s %.1f ms", name, ns[k++] / 1e6));
        }
        System.out.println(b);
      }
    }
    System.out.println("sink " + sink);
  }
}
