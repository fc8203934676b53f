package dev.kiji.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV (or TSV) with a header row, read row by row with commons-csv (RFC 4180: quoted fields may
 * hold commas, quotes and line breaks). Columns are found by {@link FieldNames}, ignoring case; a
 * header with neither a title nor a body column rejects the file. Path of an entry: {@code
 * file#N}, N the 1-based data row (the header not counted). A row over {@link
 * IngestOptions#maxRecordBytes()} characters (an unclosed quote swallowing the file) or broken
 * quoting stops the file with an error naming the row; the rows before it are kept.
 */
final class CsvStream extends Lookahead {

  private final BudgetReader reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private final Map<String, Integer> columns = new HashMap<>();
  private final String charset;
  private final String format;
  private final IngestOptions o;
  private final String headerError;
  private int row;
  private boolean done;

  CsvStream(String path, InputStream in, Charset cs, char delimiter, boolean gzip, String format, IngestOptions o)
      throws IOException {
    super(path, gzip);
    InputStreamReader r = new InputStreamReader(in, cs);
    this.reader = new BudgetReader(r, o.maxRecordBytes(), "CSV record");
    CSVFormat f =
        CSVFormat.RFC4180.builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();
    this.parser = CSVParser.builder().setReader(reader).setFormat(f).get();
    List<String> header = parser.getHeaderNames();
    for (int i = header.size() - 1; i >= 0; i--) {
      String name = header.get(i).strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      columns.put(name.toLowerCase(Locale.ROOT), i);
    }
    this.rows = parser.iterator();
    this.charset = LineDecoding.name(cs);
    this.format = format;
    this.o = o;
    this.headerError = hasAny(o.fields().title()) || hasAny(o.fields().body()) ? null
        : "CSV header has no title or body column (header: " + abbreviate(String.join(",", header))
            + "; use --field body=NAME)";
  }

  private boolean hasAny(List<String> names) {
    return names.stream().anyMatch(n -> columns.containsKey(n.toLowerCase(Locale.ROOT)));
  }

  @Override
  public boolean perRecord() {
    return true;
  }

  @Override
  Ingested read() throws IOException {
    if (done) {
      return null;
    }
    if (headerError != null) {
      done = true;
      return Ingested.error(path, headerError);
    }
    reader.reset();
    try {
      if (!rows.hasNext()) {
        done = true;
        return null;
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      done = true;
      Throwable c = e.getCause() != null ? e.getCause() : e;
      String reason = c instanceof LimitException ? c.getMessage()
          : "malformed CSV: " + abbreviate(String.valueOf(c.getMessage()));
      int n = row + 1;
      return Ingested.error(path + "#" + n, "row " + n + ": " + reason + "; rest of the file not read");
    }
    CSVRecord r = rows.next();
    row++;
    String at = path + "#" + row;
    return Records.toArticle(Records.csv(r.toList(), columns), at, "row " + row, charset, format, o, List.of());
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }

  @Override
  String noRecords() {
    return "CSV file has a header but no rows";
  }

  @Override
  void release() throws IOException {
    parser.close();
  }
}
