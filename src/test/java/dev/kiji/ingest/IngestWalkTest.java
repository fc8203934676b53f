package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
  void testIsInputPathAgreesWithWalkOnFixture() throws java.io.IOException {
    List<String> all;
    try (var files = java.nio.file.Files.walk(WALK)) {
      all = files.filter(java.nio.file.Files::isRegularFile).map(p -> WALK.relativize(p).toString().replace('\\', '/'))
          .filter(Ingest::isInputPath).sorted().toList();
    }
    assertEquals(names(Ingest.walk(List.of(WALK))), all);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "a.txt, true",
    "news/2025/a.jsonl, true",
    "sub/page.HTML, true",
    "it-life-hack/LICENSE.txt, false",
    "README.md, false",
    "upstream/CHANGES.txt, false",
    ".git/a.txt, false",
    "sub/.hidden.txt, false",
    "image.png, false",
    "sub/, false",
  })
  void testIsInputPath(String path, boolean expected) {
    assertEquals(expected, Ingest.isInputPath(path));
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
