package dev.kiji.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines, one record per line, read line by line ({@link LineReader}): a line over {@link
 * IngestOptions#maxRecordBytes()} is skipped without being held in memory and reported as {@code
 * file#N: line N too long (B bytes; limit M)}; blank lines are skipped; errors per line: {@code
 * malformed JSON at line N: ...}, {@code line N: not a JSON object}, {@code line N: no title or
 * body}. Path of an entry: {@code file#N}, N the 1-based line.
 */
final class JsonLinesStream extends Lookahead {

  private final InputStream in;
  private final LineReader lines;
  private final Charset charset;
  private final String format;
  private final IngestOptions o;

  JsonLinesStream(String path, InputStream in, Charset charset, boolean gzip, String format, IngestOptions o) {
    super(path, gzip);
    this.in = in;
    this.lines = new LineReader(in, o.maxRecordBytes());
    this.charset = charset;
    this.format = format;
    this.o = o;
  }

  @Override
  public boolean perRecord() {
    return true;
  }

  @Override
  Ingested read() throws IOException {
    while (true) {
      LineReader.Line line = lines.next();
      if (line == null) {
        return null;
      }
      int n = lines.number();
      String at = path + "#" + n;
      if (line.tooLong()) {
        return Ingested.error(at, "line " + n + " too long (" + line.length() + " bytes; limit "
            + o.maxRecordBytes() + ")");
      }
      List<String> warnings = new ArrayList<>(1);
      LineDecoding.Line decoded = LineDecoding.decodeLine(line.bytes(), charset, n == 1, warnings, "line " + n);
      String text = decoded.text();
      if (text.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = Json.MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        return Ingested.error(at, "malformed JSON at line " + n + ": " + Json.message(e));
      }
      if (node == null || !node.isObject()) {
        return Ingested.error(at, "line " + n + ": not a JSON object");
      }
      return Records.toArticle(Records.json(node), at, "line " + n, decoded.charset(), format, o, warnings);
    }
  }

  @Override
  String position() {
    return "after line " + lines.number();
  }

  @Override
  void release() throws IOException {
    in.close();
  }
}
