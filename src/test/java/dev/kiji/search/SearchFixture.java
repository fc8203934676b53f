package dev.kiji.search;

import dev.kiji.extract.Extractors;
import dev.kiji.index.TestIndex;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small index of made-up articles, analysed and extracted by the real pipeline; shared by the
 * search, CLI and web tests.
 */
public final class SearchFixture {

  private SearchFixture() {}

  /** id, title, date (or empty), source URL (or empty), body. */
  static final String[][] ARTICLES = {
    {"a", "補助金の拡充", "2025-01-01", "", "政府は中小企業向けの補助金を拡充する。"},
    {"b", "お金の話", "2025-01-01", "", "補助する金は多い。ｶﾞｿﾘﾝ価格も上がった。"},
    {"c", "資金調達", "2025-01-01", "", "クラウドファンディングサイトで資金を集めた。"},
    {"d", "米国が追加支援", "2024-02-10", "https://news.example.jp/d", "米国は日本に45億ドルの支援を決めた。岸田文雄首相は歓迎した。"},
    {"e", "為替の動き", "2024-07-01", "https://news.example.jp/e", "アメリカ経済の減速で円高が進んだ。政府は3億円の予算を計上した。"},
    {"f", "地方の話題", "2023-12-31", "https://other.example.org/f", "町は5000万円の補助を決めた。中国からの観光客が増えた。"},
    {"g", "<script>alert(1)</script>注意", "2024-02-20", "https://news.example.jp/g",
      "本文に<script>alert('x')</script>が含まれる。中国は反発した。"},
  };

  /**
   * Writes the fixture index into {@code dir} as {@code kiji analyze} would (each article the one
   * record of its file {@code in/ID.txt}); then a second run reads c's file again, which replaces
   * its article, never duplicates it.
   */
  public static void index(Path dir) throws IOException {
    Pipeline pipeline = new Pipeline(Extractors.defaults(), 1);
    List<ExtractedArticle> articles = new ArrayList<>();
    for (String[] a : ARTICLES) {
      Article article = new Article(a[0], "in/" + a[0] + ".txt", a[1],
          a[2].isEmpty() ? null : LocalDate.parse(a[2]),
          a[3].isEmpty() ? null : a[3], a[1] + "\n\n" + a[4], "jsonl", "UTF-8");
      articles.add(pipeline.extract(article, List.of()));
    }
    TestIndex.write(dir, articles);
    TestIndex.write(dir, articles.stream().filter(e -> e.article().id().equals("c")).toList());
  }
}
