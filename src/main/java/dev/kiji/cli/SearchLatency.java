package dev.kiji.cli;

import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.QuerySyntaxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code kiji bench --search}: latency of {@link ArticleSearcher#search} (parse, top 10 with
 * highlighted snippets, total count; facets for the faceted kind), as a user of {@code kiji search}
 * or {@code kiji serve} waits for it. Each kind cycles through a few queries; warm-up queries first,
 * then the measured ones; p50 and p99 of the single-query times.
 *
 * <pre>
 *   term             12 queries   p50   1.9 ms   p99   6.0 ms   hits 1,234 (first query)
 * </pre>
 *
 * <p>Weakness: the queries are fixed words that suit news text (政府, 映画, 日本代表...); on a corpus
 * without them the figures measure empty results.
 */
final class SearchLatency {

  /** A kind of query and the queries that stand for it. */
  record Kind(String name, boolean facets, List<String> queries) {}

  static final List<Kind> KINDS =
      List.of(
          new Kind("term", false, List.of("政府", "映画", "スマートフォン", "結婚", "試合", "発売")),
          new Kind("phrase", false, List.of("\"日本代表\"", "\"記者会見\"", "\"新製品\"", "\"東日本大震災\"")),
          new Kind("party-filtered", false,
              List.of("発表 party:米国", "試合 party:日本", "映画 party:中国", "published:2011 party:米国")),
          new Kind("faceted", true, List.of("政府", "映画", "女性", "アメリカ")));

  private SearchLatency() {}

  /** Measures every kind on the index in {@code folder} and prints one line per kind. */
  static int run(Path folder, int perKind, PrintWriter out) throws IOException {
    if (perKind < 1) {
      throw new IllegalArgumentException("--queries must be at least 1");
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(folder)) {
      out.printf(Locale.ROOT, "kiji bench --search: %s; %d warm-up + %d measured queries per kind%n",
          folder, perKind, perKind);
      for (Kind k : KINDS) {
        long first = searcher.search(k.queries().get(0), 10, 0, k.facets()).totalHits();
        for (int i = 0; i < perKind; i++) {
          searcher.search(k.queries().get(i % k.queries().size()), 10, 0, k.facets());
        }
        double[] ms = new double[perKind];
        for (int i = 0; i < perKind; i++) {
          long t0 = System.nanoTime();
          searcher.search(k.queries().get(i % k.queries().size()), 10, 0, k.facets());
          ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "  %-15s %2d queries  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  hits %,d (%s)%n",
            k.name(), k.queries().size(), percentile(ms, 50), percentile(ms, 99), ms[ms.length - 1], first,
            k.queries().get(0));
        out.flush();
      }
    } catch (QuerySyntaxException e) {
      throw new IllegalStateException("a built-in query does not parse: " + e.getMessage(), e);
    }
    return Main.OK;
  }

  /** The nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }
}
