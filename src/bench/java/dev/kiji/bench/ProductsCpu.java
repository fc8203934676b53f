package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.IndexToken;
import dev.kiji.analyze.IndexTokens;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ContentTerms;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.TokenReadings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPU seconds (this thread's) of each per-article product of the analysis stage over the same
 * analysed texts, round after round: {@link IndexTokens#of}, {@link ContentTerms#count}, {@link
 * TokenReadings#of} and the {@link ExtractedArticle} made of them. Arguments: rounds, articles.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.ProductsCpu -Dbench.args="8 1500"
 * </pre>
 */
public final class ProductsCpu {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  private ProductsCpu() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
    List<Article> articles = LivedoorTexts.articles(limit);
    List<AnalyzedText> texts = new ArrayList<>();
    for (Article a : articles) {
      texts.add(Analysis.analyze(a.text()));
    }
    System.out.println("round  index  terms  readings  article (ms)");
    long sink = 0;
    for (int r = 1; r <= rounds; r++) {
      long index = 0;
      long terms = 0;
      long readings = 0;
      long article = 0;
      for (int i = 0; i < texts.size(); i++) {
        AnalyzedText t = texts.get(i);
        long c0 = MX.getCurrentThreadCpuTime();
        List<IndexToken> it = IndexTokens.of(t);
        long c1 = MX.getCurrentThreadCpuTime();
        Map<String, Integer> tc = ContentTerms.count(t);
        long c2 = MX.getCurrentThreadCpuTime();
        Set<String> rd = TokenReadings.of(t.tokens());
        long c3 = MX.getCurrentThreadCpuTime();
        ExtractedArticle e = new ExtractedArticle(articles.get(i), List.of(), List.of(), tc, rd, it);
        long c4 = MX.getCurrentThreadCpuTime();
        sink += e.indexTokens().size() + e.terms().size() + e.readings().size();
        index += c1 - c0;
        terms += c2 - c1;
        readings += c3 - c2;
        article += c4 - c3;
      }
      System.out.printf("%5d %6.0f %6.0f %9.0f %8.0f%n", r, index / 1e6, terms / 1e6, readings / 1e6, article / 1e6);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
