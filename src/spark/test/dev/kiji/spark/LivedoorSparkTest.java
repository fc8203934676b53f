package dev.kiji.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job over the livedoor corpus (6,086 real articles, read in place from ../shared next to the
 * project; skipped when absent) in local[2]: every report file byte-identical to {@code kiji
 * analyze} on the same folder, and the same mention rows.
 */
class LivedoorSparkTest {

  @TempDir Path tmp;

  @Test
  void testSameReportsAndMentionsAsKijiAnalyze() throws Exception {
    Path livedoor = LocalSpark.projectRoot().resolve("../shared/corpus/livedoor-ldcc").normalize();
    assumeTrue(Files.isDirectory(livedoor), "livedoor corpus not found at " + livedoor);
    String input = LocalSpark.relative(livedoor);
    Path kijiOut = tmp.resolve("kiji");
    Path sparkOut = tmp.resolve("spark");
    LocalSpark.Run k = LocalSpark.kiji("analyze", "--corpus", input, "--out", kijiOut.toString(),
        "--index", tmp.resolve("index").toString(), "--threads", "2");
    assertEquals(0, k.code(), k.err());
    LocalSpark.Run s = LocalSpark.spark("--input", input, "--output", sparkOut.toString());
    assertEquals(0, s.code(), s.err());
    System.out.println(k.out() + s.out());

    assertEquals(9, SameReports.assertIdenticalFiles(kijiOut, sparkOut));
    // livedoor holds a few re-posted stories: both find the same ones and count them once
    assertFalse(SameReports.csvRows(kijiOut.resolve("duplicates.csv")).isEmpty(), "duplicates on livedoor");
    List<String> expected = SameReports.csvRows(kijiOut.resolve("mentions.csv"));
    List<Row> rows = LocalSpark.session().read().parquet(sparkOut.resolve("mentions.parquet").toString()).collectAsList();
    assertTrue(expected.size() > 50_000, "livedoor mentions: " + expected.size());
    assertEquals(expected, SameReports.sparkRows(rows));
    assertEquals(6086, LocalSpark.session().read().parquet(sparkOut.resolve("articles.parquet").toString()).count());
  }
}
