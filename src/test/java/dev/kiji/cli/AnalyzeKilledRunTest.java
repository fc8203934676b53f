package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kiji analyze} in a child JVM, killed (SIGKILL) at seeded random points: before
 * its first commit and twice in the middle of indexing. After each kill the index opens and
 * {@code kiji search} answers; re-runs go on from the last commit; the final reports equal those
 * of an uninterrupted run byte for byte.
 */
class AnalyzeKilledRunTest {

  static final int COPIES = 8;

  @TempDir Path tmp;

  /** corpus/ copied {@code COPIES} times, each copy with a sentence of its own at the end. */
  private Path corpus() throws IOException {
    Path root = tmp.resolve("corpus");
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      files = s.filter(p -> !p.getFileName().toString().startsWith("README")).sorted().toList();
    }
    for (int c = 0; c < COPIES; c++) {
      Path dir = Files.createDirectories(root.resolve("copy" + c));
      for (Path f : files) {
        String name = f.getFileName().toString();
        String text = Files.readString(f);
        if (name.endsWith(".txt")) {
          text = text + "\n第" + c + "版の追記: 記事の内容は掲載時点のものです。\n";
        }
        Files.writeString(dir.resolve(name), text);
      }
    }
    return root;
  }

  private Process start(Path corpus, Path index, Path out, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.kiji.cli.Main",
        "analyze", "--corpus", corpus.toString(), "--index", index.toString(), "--out", out.toString(),
        "--threads", "2", "--commit-seconds", "0.2"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Files completely in the last commit (0 when there is no index yet). */
  private static int committedFiles(Path index) throws IOException {
    if (!indexExists(index)) {
      return 0;
    }
    try (FSDirectory dir = FSDirectory.open(index)) {
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return new IndexSearcher(r).count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.FILE_KIND)));
      }
    }
  }

  private static boolean indexExists(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (FSDirectory dir = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  @Test
  void testKilledRunsResumeToTheUninterruptedReports() throws Exception {
    Path corpus = corpus();
    int total = 18 * COPIES;
    Cli whole = AnalyzeIncrementalTest.analyze(corpus, tmp.resolve("ref-index"), tmp.resolve("ref"), "--threads", "2");
    assertTrue(whole.out().contains("files seen " + total + " "), whole.out());

    Path index = tmp.resolve("index");
    Random random = new Random(20261126);
    int midRunKills = 0;
    int before = 0;
    for (int run = 0; run < 3; run++) {
      Path log = tmp.resolve("run" + run + ".log");
      Process p = start(corpus, index, tmp.resolve("out" + run), log);
      if (run == 0) {
        // anywhere in the first second and a half: JVM start, dictionary load, hashing
        Thread.sleep(300 + random.nextInt(1200));
      } else {
        // wait for this run's first commit of new files, then a random time more
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && committedFiles(index) <= before && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        Thread.sleep(random.nextInt(800));
      }
      boolean alive = p.isAlive();
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      String printed = Files.readString(log);
      if (alive && !printed.contains("files seen")) {
        midRunKills++;
      }
      // the index is readable at its last commit and answers searches
      int committed = committedFiles(index);
      assertTrue(committed >= before && committed <= total, committed + " files committed");
      before = committed;
      Cli search = Cli.run("search", "--index", index.toString(), "政府");
      if (run == 0 && !indexExists(index)) {
        // killed before it created the index: there was no earlier commit to fall back to
        assertTrue(search.err().contains("no index here"), search.err());
      } else {
        assertEquals(Main.OK, search.code(), search.err());
      }
    }
    assertTrue(midRunKills >= 2, "at least two kills hit a running analysis: " + midRunKills);
    assertTrue(before > 0 && before < total, "some but not all files were committed: " + before);

    Cli resumed = AnalyzeIncrementalTest.analyze(corpus, index, tmp.resolve("final"), "--threads", "2");
    assertTrue(resumed.out().contains(before + " unchanged (skipped)"), resumed.out());
    AnalyzeIncrementalTest.assertSameReports(tmp.resolve("ref"), tmp.resolve("final"));
    assertEquals(whole.out().lines().filter(l -> l.contains("files seen")).toList(),
        resumed.out().lines().filter(l -> l.contains("files seen")).toList());
  }
}
