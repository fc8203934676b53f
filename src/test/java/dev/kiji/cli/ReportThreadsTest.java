package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.index.StoredArticles;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kiji report --threads N} reads the stored articles on N threads and still writes the
 * same files, byte for byte, as on one thread; {@link StoredArticles#forEach(Path, boolean, int,
 * StoredArticles.Consumer)} hands every article over exactly once, whatever the thread count.
 */
class ReportThreadsTest {

  @TempDir static Path tmp;

  private static Path index;

  @BeforeAll
  static void analyse() {
    index = tmp.resolve("index");
    Cli r = Cli.run("analyze", "--corpus", "corpus", "--out", tmp.resolve("analyzed").toString(),
        "--index", index.toString(), "--threads", "2");
    assertEquals(Main.OK, r.code(), r.err());
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3, 8})
  void testReportsAreTheSameOnAnyNumberOfThreads(int threads) throws IOException {
    Path one = report(1);
    Path many = report(threads);
    List<String> names = names(one);
    assertTrue(names.contains("entities.csv") && names.contains("report.html"), names.toString());
    assertEquals(names, names(many));
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(many.resolve(name)), name);
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 5})
  void testEveryStoredArticleComesOnce(int threads) throws IOException {
    List<String> serial = ids(1);
    List<String> parallel = ids(threads);
    assertTrue(serial.size() > 10, serial.toString());
    assertEquals(serial, parallel);
  }

  @Test
  void testAFailureInOneThreadIsThrown() {
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> StoredArticles.forEach(index, false, 3, a -> {
          throw new IllegalStateException("broken consumer");
        }));
    assertEquals("broken consumer", e.getMessage());
  }

  @Test
  void testZeroThreadsIsAUsageError() {
    Cli r = Cli.run("report", "--index", index.toString(), "--out", tmp.resolve("zero").toString(), "--threads", "0");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("--threads must be at least 1"), r.err());
  }

  private static Path report(int threads) {
    Path out = tmp.resolve("report-" + threads + "-" + System.nanoTime());
    Cli r = Cli.run("report", "--index", index.toString(), "--out", out.toString(), "--threads", String.valueOf(threads));
    assertEquals(Main.OK, r.code(), r.err());
    return out;
  }

  private static List<String> ids(int threads) throws IOException {
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    int n = StoredArticles.forEach(index, true, threads, (ExtractedArticle a) -> ids.add(a.article().id()));
    assertEquals(n, ids.size());
    List<String> sorted = new ArrayList<>(ids);
    Collections.sort(sorted);
    return sorted;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
