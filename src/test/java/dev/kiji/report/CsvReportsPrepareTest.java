package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CsvReports#prepare} made on other threads, then {@link CsvReports#accept(CsvReports.Prepared,
 * CsvReports.DuplicateOf)} in order, writes the same files as accepting the articles one by one.
 */
class CsvReportsPrepareTest {

  private static List<ExtractedArticle> corpus;

  @TempDir Path tmp;

  @BeforeAll
  static void extractBundledCorpus() {
    // a warning with a comma and a quote: the status cell needs quoting
    corpus = BundledCorpus.extracted(List.of("odd \"date\", ignored"));
  }

  /** Every third article after the first is marked a duplicate of the first. */
  private static CsvReports.DuplicateOf duplicateOf(int i) {
    ExtractedArticle first = corpus.get(0);
    return i > 0 && i % 3 == 0
        ? new CsvReports.DuplicateOf(first.article().path(), first.article().id(),
            i % 2 == 0 ? Deduplicator.Kind.EXACT : Deduplicator.Kind.NEAR, 0.8125)
        : null;
  }

  private Map<String, String> files(Path dir) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (var list = Files.list(dir)) {
      for (Path f : list.sorted().toList()) {
        out.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "keep duplicates {0}")
  @CsvSource({"false", "true"})
  void preparedOnOtherThreadsWritesTheSameFiles(boolean keepDuplicates) throws Exception {
    ReportOptions options = ReportOptions.defaults(true);
    try (CsvReports one = new CsvReports(tmp.resolve("one"), options, keepDuplicates)) {
      for (int i = 0; i < corpus.size(); i++) {
        one.accept(corpus.get(i), duplicateOf(i));
      }
    }
    List<CsvReports.Prepared> prepared = corpus.parallelStream().map(CsvReports::prepare).toList();
    try (CsvReports two = new CsvReports(tmp.resolve("two"), options, keepDuplicates)) {
      for (int i = 0; i < prepared.size(); i++) {
        assertEquals(corpus.get(i).article().id(), prepared.get(i).id());
        two.accept(prepared.get(i), duplicateOf(i));
      }
    }
    Map<String, String> expected = files(tmp.resolve("one"));
    assertEquals(expected, files(tmp.resolve("two")));
    assertTrue(expected.get(CsvReports.ARTICLES).contains("\"ok; odd \"\"date\"\", ignored; duplicate of "),
        "a duplicate's status cell is quoted as a whole");
  }
}
