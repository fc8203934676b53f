package dev.kiji.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.report.ReportFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;

/** Compares the output folder of the Spark job with the one of {@code kiji analyze}. */
final class SameReports {

  private SameReports() {}

  /** Every report file of {@link ReportFiles#ALL}, errors.csv and duplicates.csv, byte for byte; returns their count. */
  static int assertIdenticalFiles(Path kiji, Path spark) throws IOException {
    List<String> names = new ArrayList<>(ReportFiles.ALL);
    names.add("errors.csv");
    names.add("duplicates.csv");
    for (String name : names) {
      byte[] expected = Files.readAllBytes(kiji.resolve(name));
      byte[] actual = Files.readAllBytes(spark.resolve(name));
      assertTrue(expected.length > 0, name);
      assertEquals(new String(expected, java.nio.charset.StandardCharsets.UTF_8),
          new String(actual, java.nio.charset.StandardCharsets.UTF_8), name + " differs");
    }
    return names.size();
  }

  /** The rows of one of kiji's CSV files (BOM and header dropped), each joined with tabs, sorted. */
  static List<String> csvRows(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file)) {
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        out.add(String.join("\t", rec.toList()));
      }
    }
    out.sort(null);
    return out;
  }

  /** Spark rows as kiji writes them (null as the empty cell, text cells made spreadsheet-safe), sorted. */
  static List<String> sparkRows(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) {
        Object v = r.get(i);
        cells.add(v == null ? "" : v instanceof String s ? dev.kiji.report.Csv.cell(s) : v.toString());
      }
      out.add(String.join("\t", cells));
    }
    out.sort(null);
    return out;
  }
}
