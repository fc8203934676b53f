package dev.kiji.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * kiji's CSV conventions: RFC 4180 (CRLF, quotes doubled), UTF-8 with an optional byte order mark
 * (on by default: Excel in Japanese locales needs it to read UTF-8), a header row, and text cells
 * that could run as spreadsheet formulas ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR at
 * the start) prefixed with {@code '} so scraped text cannot inject formulas.
 */
public final class Csv {

  private Csv() {}

  /** Opens {@code file} for writing with {@code header}. */
  public static CSVPrinter open(Path file, boolean bom, String... header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    if (bom) {
      w.write('\uFEFF');
    }
    return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get());
  }

  /** A text cell made safe for spreadsheets; null becomes the empty cell. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char c = value.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + value;
    }
    return value;
  }
}
