package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestWalkTest {

  private static final Path WALK = IngestFormatsTest.FIXTURES.resolve("walk");

  private static List<String> names(List<Path> paths) {
    return paths.stream().map(p -> WALK.relativize(p).toString().replace('\\', '/')).toList();
  }

  @Test
  void testSortedSkipsHiddenLicenseReadmeAndUnknownExtensions() {
    // skipped: .hidden.txt, .hidden-dir/, LICENSE.txt, README.md, notes.md, image.png
    assertEquals(
        List.of("Z-upper.jsonl", "a.txt", "sub/b.txt", "sub/page.HTML"),
        names(Ingest.walk(List.of(WALK))));
  }

  @Test
  void testExplicitFilesKeptWhateverTheNameAndDuplicatesDropped() {
    List<Path> roots = List.of(WALK.resolve("notes.md"), WALK.resolve("sub"), WALK.resolve("sub/b.txt"));
    assertEquals(List.of("notes.md", "sub/b.txt", "sub/page.HTML"), names(Ingest.walk(roots)));
  }

  @Test
  void testMissingRootIsKeptSoReadReportsIt() {
    Path missing = WALK.resolve("missing");
    IngestResult r = Ingest.readAll(List.of(missing));
    assertEquals(List.of(new InputError(missing.toString().replace('\\', '/'), "no such file")), r.errors());
  }

  @Test
  void testReadAllOfWalkFixture() {
    IngestResult r = Ingest.readAll(List.of(WALK));
    assertEquals(List.of("jsonl", "scraped-text", "scraped-text", "html"),
        r.articles().stream().map(Article::format).toList());
    assertEquals(List.of(), r.errors());
  }

  @Test
  void testRelativeRootGivesRelativePaths() {
    List<Path> files = Ingest.walk(List.of(WALK));
    assertEquals(false, files.get(0).isAbsolute());
    assertEquals(
        "src/test/resources/dev/kiji/ingest/walk/a.txt",
        Ingest.read(files.get(1)).articles().get(0).path());
  }
}
