package dev.kiji.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple2;

/** Listing and showing input files the way {@code kiji analyze} does. */
class InputRootsTest {

  @TempDir Path tmp;
  Path news;

  @BeforeEach
  void files() throws IOException {
    news = tmp.resolve("news");
    for (String f : List.of("b.txt", "a/z.jsonl", "a/LICENSE.txt", ".git/x.txt", "_tmp.txt", "notes.md", "c.html")) {
      Path p = news.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
  }

  private List<String> shown(String... roots) throws IOException {
    InputRoots r = InputRoots.resolve(List.of(roots), new Configuration());
    return r.list(new Configuration()).stream().map(Tuple2::_1).map(r::display).toList();
  }

  @Test
  void testFolderListedSortedFilteredAndShownAsGiven() throws IOException {
    String given = news + "/";
    assertEquals(List.of(news + "/_tmp.txt", news + "/a/z.jsonl", news + "/b.txt", news + "/c.html"), shown(given));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "news/b.txt, news/b.txt",
    "news/notes.md, news/notes.md",
  })
  void testFileRootKeptWhateverItsName(String root, String expected) throws IOException {
    assertEquals(List.of(tmp.resolve(expected).toString()), shown(tmp.resolve(root).toString()));
  }

  @Test
  void testDuplicatesDroppedRootsInOrder() throws IOException {
    assertEquals(List.of(news + "/c.html", news + "/_tmp.txt", news + "/a/z.jsonl", news + "/b.txt"),
        shown(news + "/c.html", news.toString()));
  }

  @Test
  void testMissingRootNamed() {
    IOException e = assertThrows(IOException.class, () -> shown(tmp.resolve("missing").toString()));
    assertEquals(tmp.resolve("missing") + ": no such file or folder", e.getMessage());
  }
}
