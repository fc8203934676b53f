package dev.kiji.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
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

  /** The format of every kiji CSV (headers are written by {@link #open} and {@link #openBytes}). */
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private Csv() {}

  /**
   * Opens {@code file} for rows rendered ahead ({@link #record}, {@link #utf8}) and written as
   * bytes: the byte order mark and the header are written already, exactly as {@link #open}
   * writes them.
   */
  static OutputStream openBytes(Path file, boolean bom, String... header) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    StringBuilder b = new StringBuilder();
    if (bom) {
      b.append('\uFEFF');
    }
    record(b, (Object[]) header);
    endRecord(b);
    out.write(utf8(b));
    return out;
  }

  /**
   * A CSV file written row by row as {@link #open}'s printer writes it (same bytes, same refusal
   * of unencodable text), each row rendered into one reused buffer first: much cheaper per row
   * than {@link CSVPrinter#printRecord}.
   */
  static final class Rows implements java.io.Closeable {
    private final Writer out;
    private final StringBuilder row = new StringBuilder(256);

    Rows(Path file, boolean bom, String... header) throws IOException {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      if (bom) {
        out.write('\uFEFF');
      }
      add((Object[]) header);
    }

    /** Writes one row. */
    void add(Object... values) throws IOException {
      row.setLength(0);
      record(row, values);
      endRecord(row);
      out.append(row);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Appends the cells of one record, without its line end, as a {@link CSVPrinter} prints them. */
  static void record(StringBuilder b, Object... values) {
    for (int i = 0; i < values.length; i++) {
      print(b, values[i], i == 0);
    }
  }

  /** Appends one more cell (with the delimiter before it) to a record begun with {@link #record}. */
  static void next(StringBuilder b, Object value) {
    print(b, value, false);
  }

  /** Ends a record (CRLF). */
  static void endRecord(StringBuilder b) {
    try {
      FORMAT.println(b);
    } catch (IOException e) {
      throw new IllegalStateException("appending to a StringBuilder failed", e);
    }
  }

  private static void print(StringBuilder b, Object value, boolean first) {
    try {
      FORMAT.print(value, b, first);
    } catch (IOException e) {
      throw new IllegalStateException("appending to a StringBuilder failed", e);
    }
  }

  /**
   * {@code s} in UTF-8; like the writer of {@link #open}, refuses a lone surrogate (which has no
   * UTF-8 form) instead of writing a replacement.
   */
  static byte[] utf8(CharSequence s) throws CharacterCodingException {
    String t = s.toString();
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t.charAt(i + 1))) {
          i++;
        } else {
          throw new MalformedInputException(1);
        }
      }
    }
    return t.getBytes(StandardCharsets.UTF_8);
  }

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
