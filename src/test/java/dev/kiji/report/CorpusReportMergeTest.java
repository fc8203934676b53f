package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.pipeline.ExtractedArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partial reports over disjoint article sets, merged in any order (and shipped through Java
 * serialization, as Spark does), write the same report files as one report over every article.
 */
class CorpusReportMergeTest {

  private static List<ExtractedArticle> corpus;

  @TempDir Path tmp;

  @BeforeAll
  static void extractBundledCorpus() {
    corpus = BundledCorpus.extracted(List.of());
  }

  private static ReportOptions options(int minCount, int top) {
    return new ReportOptions(null, null, Set.of(), minCount, top, Period.MONTH, false, Stopwords.bundled());
  }

  private Map<String, String> files(CorpusReport report, ReportOptions options, String name) throws IOException {
    Path dir = tmp.resolve(name);
    ReportFiles.write(dir, report.tables(), options);
    Map<String, String> out = new LinkedHashMap<>();
    for (String f : ReportFiles.ALL) {
      out.put(f, Files.readString(dir.resolve(f)));
    }
    return out;
  }

  private static CorpusReport roundTrip(CorpusReport r) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (CorpusReport) in.readObject();
    }
  }

  @ParameterizedTest(name = "seed {0}, {1} parts, min-count {2}, top {3}")
  @CsvSource({
    "1, 2, 1, 0",
    "2, 3, 1, 0",
    "3, 5, 2, 0",
    "4, 4, 1, 3",
  })
  void testShuffledPartsMergedInAnyOrderWriteTheSameFiles(long seed, int parts, int minCount, int top)
      throws Exception {
    ReportOptions options = options(minCount, top);
    CorpusReport whole = new CorpusReport(options);
    corpus.forEach(whole::accept);

    Random random = new Random(seed);
    List<ExtractedArticle> shuffled = new ArrayList<>(corpus);
    Collections.shuffle(shuffled, random);
    List<CorpusReport> partial = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      partial.add(new CorpusReport(options));
    }
    for (ExtractedArticle a : shuffled) {
      partial.get(random.nextInt(parts)).accept(a);
    }
    Collections.shuffle(partial, random);
    // a tree of merges, not a left fold: ((p0 + p1) + (p2 + ...))
    while (partial.size() > 1) {
      CorpusReport right = roundTrip(partial.remove(partial.size() - 1));
      partial.set(partial.size() - 1, roundTrip(partial.get(partial.size() - 1)).merge(right));
    }
    assertEquals(files(whole, options, "whole"), files(partial.get(0), options, "merged"));
  }

  @Test
  void testMergeAddsCountsNotJustKeys() throws IOException {
    ReportOptions options = options(1, 0);
    CorpusReport half = new CorpusReport(options);
    corpus.subList(0, corpus.size() / 2).forEach(half::accept);
    CorpusReport whole = new CorpusReport(options);
    corpus.forEach(whole::accept);
    CorpusReport merged = new CorpusReport(options);
    corpus.subList(0, corpus.size() / 2).forEach(merged::accept);
    CorpusReport rest = new CorpusReport(options);
    corpus.subList(corpus.size() / 2, corpus.size()).forEach(rest::accept);
    merged.merge(rest);
    assertNotEquals(files(half, options, "half"), files(whole, options, "whole"));
    assertEquals(whole.tables().summary(), merged.tables().summary());
    assertEquals(files(whole, options, "whole2"), files(merged, options, "merged"));
  }

  @Test
  void testMergeRefusesOtherOptions() {
    CorpusReport a = new CorpusReport(options(1, 0));
    CorpusReport b = new CorpusReport(options(2, 0));
    assertThrows(IllegalArgumentException.class, () -> a.merge(b));
  }

  @ParameterizedTest(name = "min-count {0}")
  @CsvSource({"1", "2"})
  void packedSortKeysGiveTheOrderOfTheComparators(int minCount) {
    // co-occurrence and timeline sort one long per row when the values fit, comparators otherwise
    CorpusReport whole = new CorpusReport(options(minCount, 0));
    corpus.forEach(whole::accept);
    List<CorpusReport.PairRow> packed = whole.pairRows(minCount, true);
    assertTrue(packed.size() > 10, packed.toString());
    assertEquals(whole.pairRows(minCount, false), packed);
    List<CorpusReport.PairRow> sorted = new ArrayList<>(packed);
    sorted.sort(CorpusReport::byStrength);
    assertEquals(sorted, packed);
    List<CorpusReport.TimelineRow> timeline = whole.timelineRows(minCount, true);
    assertTrue(timeline.size() > 10, timeline.toString());
    assertEquals(whole.timelineRows(minCount, false), timeline);
  }
}
