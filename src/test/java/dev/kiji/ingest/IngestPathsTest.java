package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths with spaces and Japanese names, symbolic links and loops, unreadable files. */
class IngestPathsTest {

  private static void write(Path p, String s) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, s, StandardCharsets.UTF_8);
  }

  private static List<String> rel(Path root, List<Path> files) {
    return files.stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
  }

  @Test
  void testSpacesAndJapaneseNames(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("ニュース 2024/記事 一.txt");
    write(f, "見出し\n本文。\n");
    write(dir.resolve("ニュース 2024/データ 一覧.jsonl.gz"), "");
    Files.write(dir.resolve("ニュース 2024/データ 一覧.jsonl.gz"),
        IngestRecordFormatsTest.gzip("{\"title\":\"圧縮\"}\n".getBytes(StandardCharsets.UTF_8)));
    IngestResult r = Ingest.readAll(List.of(dir));
    assertEquals(List.of(), r.errors());
    assertEquals(List.of(dir + "/ニュース 2024/データ 一覧.jsonl.gz#1", dir + "/ニュース 2024/記事 一.txt"),
        r.articles().stream().map(Article::path).toList());
  }

  @Test
  void testSymlinkLoopDoesNotHangAndEachFileOnce(@TempDir Path dir) throws IOException {
    write(dir.resolve("a/one.txt"), "一\n本文\n");
    write(dir.resolve("b/two.txt"), "二\n本文\n");
    Files.createSymbolicLink(dir.resolve("a/loop"), dir);             // back to the root
    Files.createSymbolicLink(dir.resolve("a/b-again"), dir.resolve("b")); // a folder twice
    Files.createSymbolicLink(dir.resolve("c.txt"), dir.resolve("a/one.txt")); // a file twice
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
    List<Path> files = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Ingest.walk(List.of(dir)));
    assertEquals(List.of("a/b-again/two.txt", "a/one.txt", "dangling.txt"), rel(dir, files));
    IngestResult r = Ingest.readAll(List.of(dir));
    assertEquals(List.of(new InputError(dir + "/dangling.txt", "broken symbolic link")), r.errors());
    assertEquals(2, r.articles().size());
  }

  @Test
  void testUnreadableFileListedWithReason(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("secret.txt");
    write(f, "見出し\n本文\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(f), "running as a user who can read anything (root)");
    assertEquals(List.of(new InputError(f.toString(), "cannot read: permission denied")), Ingest.read(f).errors());
  }

  @Test
  void testGzExtensionsPickedUpByWalk(@TempDir Path dir) throws IOException {
    for (String n : List.of("a.jsonl.gz", "b.csv.gz", "c.gz", "d.tar.gz", "e.csv", "f.tsv", "g.png.gz")) {
      write(dir.resolve(n), "x");
    }
    assertEquals(List.of("a.jsonl.gz", "b.csv.gz", "c.gz", "e.csv", "f.tsv"), rel(dir, Ingest.walk(List.of(dir))));
  }
}
