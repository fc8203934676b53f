package dev.kiji.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The job over the bundled corpus/ in local[2] gives what {@code kiji analyze} gives. */
class SparkAnalyzeTest {

  @TempDir static Path tmp;
  static String corpus;
  static Path kijiOut;
  static Path sparkOut;
  static LocalSpark.Run sparkRun;

  @BeforeAll
  static void runBoth() {
    corpus = LocalSpark.relative(LocalSpark.projectRoot().resolve("corpus"));
    kijiOut = tmp.resolve("kiji");
    sparkOut = tmp.resolve("spark");
    LocalSpark.Run k = LocalSpark.kiji("analyze", "--corpus", corpus, "--out", kijiOut.toString(),
        "--index", tmp.resolve("index").toString(), "--threads", "2");
    assertEquals(0, k.code(), k.err());
    sparkRun = LocalSpark.spark("--input", corpus + "/", "--output", sparkOut.toString(), "--partitions", "3");
    assertEquals(0, sparkRun.code(), sparkRun.err());
  }

  @Test
  void testReportFilesAreByteIdentical() throws Exception {
    assertEquals(9, SameReports.assertIdenticalFiles(kijiOut, sparkOut));
  }

  @Test
  void testMentionsAreTheSameRows() throws Exception {
    List<String> expected = SameReports.csvRows(kijiOut.resolve("mentions.csv"));
    List<Row> parquet = LocalSpark.session().read().parquet(sparkOut.resolve("mentions.parquet").toString()).collectAsList();
    assertTrue(expected.size() > 100, "bundled corpus has mentions: " + expected.size());
    assertEquals(expected, SameReports.sparkRows(parquet));
    SparkSession s = LocalSpark.session();
    long csvRows = s.read().option("header", "true").option("escape", "\"")
        .csv(sparkOut.resolve("mentions.csv").toString()).count();
    assertEquals(expected.size(), csvRows);
  }

  @Test
  void testArticlesAreTheSameRows() throws Exception {
    List<String> expected = SameReports.csvRows(kijiOut.resolve("articles.csv"));
    List<Row> parquet = LocalSpark.session().read().parquet(sparkOut.resolve("articles.parquet").toString()).collectAsList();
    assertEquals(expected, SameReports.sparkRows(parquet));
    assertTrue(expected.get(0).contains(corpus + "/"), "paths shown as given: " + expected.get(0));
  }

  @Test
  void testPrintsThroughput() {
    assertTrue(sparkRun.out().matches("(?s)kiji-spark: extracted \\d+ inputs in [0-9.]+ s on 2 cores .*"), sparkRun.out());
  }

  @ParameterizedTest(name = "{0} -> exit {1}")
  @CsvSource(delimiter = '|', value = {
    "--input no-such-folder --output OUT| 3| no-such-folder: no such file or folder",
    "--input CORPUS --output OUT --format xml| 2| --format must be files, parquet, csv or json",
    "--input CORPUS --output OUT --period fortnight| 2| --period must be day, week, month or year",
    "--output OUT| 2| Missing required option: '--input=PATH'",
  })
  void testUsageAndInputErrors(String args, int code, String message) {
    String[] a = args.replace("CORPUS", corpus).replace("OUT", tmp.resolve("bad").toString()).split(" ");
    LocalSpark.Run r = LocalSpark.spark(a);
    assertEquals(code, r.code(), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertTrue(!Files.exists(tmp.resolve("bad").resolve("entities.csv")));
  }
}
