package dev.kiji.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.Hit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyse into an existing index: replace changed articles, prune removed ones, readers unharmed. */
class ArticleIndexerUpdateTest {

  @TempDir Path dir;

  private static ExtractedArticle article(String id, String body) {
    return new ExtractedArticle(
        new Article(id, id + ".txt", id, LocalDate.of(2024, 5, 1), null, body, "scraped-text", "UTF-8"), List.of());
  }

  private static List<String> ids(ArticleSearcher s, String q) throws Exception {
    return s.search(q, 10, 0).hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void testSecondRunReplacesChangedArticlesAndKeepsOthers() throws Exception {
    try (ArticleIndexer w = new ArticleIndexer(dir)) {
      w.accept(article("a", "政府は予算を決めた。"));
      w.accept(article("b", "政府は会見を開いた。"));
    }
    try (ArticleIndexer w = new ArticleIndexer(dir)) {
      w.accept(article("b", "首相は会見を開いた。"));
      w.accept(article("c", "政府は法案を出した。"));
      assertEquals(0, w.pruned());
    }
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      assertEquals(List.of("a", "c"), ids(s, "政府"));
      assertEquals(List.of("b"), ids(s, "会見"));
    }
  }

  @Test
  void testPruneDeletesArticlesNotReadInThisRun() throws Exception {
    try (ArticleIndexer w = new ArticleIndexer(dir)) {
      w.accept(article("a", "政府は予算を決めた。"));
      w.accept(article("b", "政府は会見を開いた。"));
    }
    ArticleIndexer w = new ArticleIndexer(dir, true);
    w.accept(article("b", "政府は会見を開いた。"));
    w.close();
    assertEquals(1, w.pruned());
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      assertEquals(List.of("b"), ids(s, "政府"));
    }
  }

  @Test
  void testSearchSeesTheLastCommitWhileAnUpdateRunsThenTheNewOne() throws Exception {
    try (ArticleIndexer w = new ArticleIndexer(dir)) {
      w.accept(article("a", "政府は予算を決めた。"));
    }
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      ArticleIndexer running = new ArticleIndexer(dir, true);
      running.accept(article("b", "政府は会見を開いた。"));
      // mid-run (or killed here): readers still see the last good index
      assertEquals(List.of("a"), ids(s, "政府"));
      try (ArticleSearcher fresh = ArticleSearcher.open(dir)) {
        assertEquals(List.of("a"), ids(fresh, "政府"));
      }
      running.close();
      // the open searcher picks up the commit at its next search
      assertEquals(List.of("b"), ids(s, "政府"));
    }
  }
}
