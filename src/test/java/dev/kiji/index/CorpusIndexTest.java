package dev.kiji.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.ingest.Article;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.report.BodySignature;
import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File-by-file writing, the change test of incremental runs, commits (what readers see meanwhile),
 * reading files back.
 */
class CorpusIndexTest {

  @TempDir Path dir;

  private static ExtractedArticle article(String path, String body) {
    return new ExtractedArticle(new Article(Article.stableId(null, path), path, "見出し", LocalDate.of(2025, 1, 2), null,
        "見出し\n" + body, "jsonl", "UTF-8"), List.of(), List.of("line 2: odd\tdate"));
  }

  private static void write(CorpusIndex index, String file, String hash, List<String> bodies, List<InputError> errors)
      throws IOException {
    List<ExtractedArticle> articles = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      articles.add(article(file + "#" + (i + 1), bodies.get(i)));
    }
    TestIndex.writeFile(index, file, hash, articles, errors);
  }

  private int committedArticles() throws IOException {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      int[] n = {0};
      StoredArticles.forEach(dir, a -> n[0]++);
      return n[0];
    }
  }

  @Test
  void testNewIndexIsCommittedEmptyAtOnce() throws IOException {
    try (CorpusIndex index = CorpusIndex.open(dir, "v1", 1000, 60_000)) {
      assertEquals(0, committedArticles());
      assertFalse(index.known("a.jsonl"));
    }
  }

  @Test
  void testUnchangedNeedsSamePathHashAndFingerprint() throws IOException {
    try (CorpusIndex index = CorpusIndex.open(dir, "v1", 1000, 60_000)) {
      write(index, "a.jsonl", "h1", List.of("政府は予算を決めた。"), List.of());
    }
    try (CorpusIndex index = CorpusIndex.open(dir, "v1", 1000, 60_000)) {
      assertTrue(index.unchanged("a.jsonl", "h1"));
      assertTrue(index.known("a.jsonl"));
      assertFalse(index.unchanged("a.jsonl", "h2"), "content changed");
      assertFalse(index.unchanged("b.jsonl", "h1"), "another path");
    }
    try (CorpusIndex index = CorpusIndex.open(dir, "v2", 1000, 60_000)) {
      assertFalse(index.unchanged("a.jsonl", "h1"), "another analysis fingerprint");
    }
  }

  @Test
  void testCommitsComeEveryNFiles() throws IOException {
    try (CorpusIndex index = CorpusIndex.open(dir, "v1", 2, 3_600_000)) {
      write(index, "a.jsonl", "h", List.of("一つ目。"), List.of());
      assertEquals(0, committedArticles(), "one file: not yet");
      write(index, "b.jsonl", "h", List.of("二つ目。", "三つ目。"), List.of());
      assertEquals(3, committedArticles(), "two files: committed");
      index.addArticle("c.jsonl", 0, article("c.jsonl#1", "四つ目。"), new byte[BodySignature.BYTES]);
      assertEquals(3, committedArticles(), "a file in progress waits for its file document");
      index.commit();
      assertEquals(4, committedArticles(), "a commit mid-file holds the articles added so far");
    }
    try (CorpusIndex index = CorpusIndex.open(dir, "v1", 2, 3_600_000)) {
      assertTrue(index.unchanged("b.jsonl", "h"));
      assertTrue(index.known("c.jsonl"), "c's article is in the index");
      assertFalse(index.unchanged("c.jsonl", "h"), "without its file document c is read again");
    }
  }

  @Test
  void testRewrittenFileReplacesItsRecordsAndReadsBackInOrder() throws IOException {
    try (CorpusIndex index = CorpusIndex.open(dir, "v1", 1000, 60_000)) {
      write(index, "a.jsonl", "h1", List.of("一。", "二。", "三。"), List.of());
    }
    try (CorpusIndex index = CorpusIndex.open(dir, "v1", 1000, 60_000)) {
      write(index, "a.jsonl", "h2", List.of("壱。", "弐。"), List.of(new InputError("a.jsonl#3", "malformed JSON\nat 1")));
      index.commit();
      try (DirectoryReader r = index.reader()) {
        IndexedFiles.StoredFile f = new IndexedFiles(r).read("a.jsonl");
        assertTrue(f.known());
        assertEquals(List.of(0, 1), f.articles().stream().map(IndexedFiles.StoredArticle::seq).toList());
        assertEquals("見出し\n弐。", f.articles().get(1).article().article().text());
        assertEquals(List.of("line 2: odd\tdate"), f.articles().get(1).article().warnings());
        assertEquals(List.of(new InputError("a.jsonl#3", "malformed JSON\nat 1")), f.errors());
        assertEquals(3, f.records());
        assertFalse(new IndexedFiles(r).read("b.jsonl").known());
      }
    }
    assertEquals(2, committedArticles());
  }

  private static List<String> paths(ArticleSearcher s, String q) throws Exception {
    return s.search(q, 10, 0).hits().stream().map(Hit::path).sorted().toList();
  }

  @Test
  void testOpenSearcherSeesTheLastCommitWhileARunWritesThenTheNewOne() throws Exception {
    try (CorpusIndex index = CorpusIndex.open(dir, "v1", 1000, 60_000)) {
      write(index, "a.jsonl", "h", List.of("政府は予算を決めた。"), List.of());
    }
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      assertEquals(List.of("a.jsonl#1"), paths(s, "政府"));
      try (CorpusIndex running = CorpusIndex.open(dir, "v1", 1000, 60_000)) {
        write(running, "b.jsonl", "h", List.of("政府は会見を開いた。"), List.of());
        assertEquals(1, running.prune(Set.of("b.jsonl")), "a.jsonl removed from the corpus");
        // mid-run (or killed here): readers still see the last commit
        assertEquals(List.of("a.jsonl#1"), paths(s, "政府"));
        try (ArticleSearcher fresh = ArticleSearcher.open(dir)) {
          assertEquals(List.of("a.jsonl#1"), paths(fresh, "政府"));
        }
      }
      // the open searcher picks up the commit at its next search
      assertEquals(List.of("b.jsonl#1"), paths(s, "政府"));
    }
  }
}
