package dev.kiji.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.List;

/**
 * A JSON document: an array of objects, read element by element with Jackson's streaming parser
 * (path {@code file#N}, N the 1-based element; an element over {@link
 * IngestOptions#maxRecordBytes()} stops the file with {@code record too long}), or one
 * (pretty-printed) object (path {@code file}).
 *
 * <p>Weakness: a syntax error inside the array ends the file there (the entries before it are
 * kept; the error names the element and line): unlike JSON Lines, a JSON array cannot be resynced
 * after damage.
 */
final class JsonDocumentStream extends Lookahead {

  private enum State { START, ARRAY, END }

  private final BudgetReader reader;
  private final JsonParser parser;
  private final String charset;
  private final String format;
  private final IngestOptions o;
  private State state = State.START;
  private int element;

  JsonDocumentStream(String path, InputStream in, Charset cs, boolean gzip, String format, IngestOptions o)
      throws IOException {
    super(path, gzip);
    this.reader = new BudgetReader(new InputStreamReader(in, cs), o.maxRecordBytes(), "record");
    this.parser = Json.STREAMING.createParser(reader);
    this.charset = LineDecoding.name(cs);
    this.format = format;
    this.o = o;
  }

  @Override
  public boolean perRecord() {
    return true;
  }

  @Override
  Ingested read() throws IOException {
    String at = state == State.ARRAY ? path + "#" + (element + 1) : path;
    try {
      return step();
    } catch (JsonProcessingException e) {
      state = State.END;
      return Ingested.error(at, "malformed JSON at line " + line() + ": " + Json.message(e)
          + (element > 0 ? "; rest of the file not read" : ""));
    } catch (LimitException e) {
      state = State.END;
      return Ingested.error(at, e.getMessage() + "; rest of the file not read");
    }
  }

  private Ingested step() throws IOException {
    switch (state) {
      case START -> {
        reader.reset();
        JsonToken t = parser.nextToken();
        if (t == JsonToken.START_ARRAY) {
          state = State.ARRAY;
          return step();
        }
        state = State.END;
        if (t != JsonToken.START_OBJECT) {
          return Ingested.error(path, "not a JSON object or array of objects");
        }
        JsonNode node = parser.readValueAsTree();
        if (parser.nextToken() != null) {
          return Ingested.error(path, "malformed JSON at line " + line() + ": trailing content after the object");
        }
        return Records.toArticle(Records.json(node), path, "file", charset, format, o, List.of());
      }
      case ARRAY -> {
        reader.reset();
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY || t == null) {
          state = State.END;
          if (t == null) {
            return Ingested.error(path, "malformed JSON: unexpected end of the array");
          }
          return element == 0 ? Ingested.error(path, "empty JSON array") : null;
        }
        element++;
        String at = path + "#" + element;
        String where = "element " + element;
        JsonNode node = parser.readValueAsTree();
        if (node == null || !node.isObject()) {
          return Ingested.error(at, where + ": not a JSON object");
        }
        return Records.toArticle(Records.json(node), at, where, charset, format, o, List.of());
      }
      default -> {
        return null;
      }
    }
  }

  private int line() {
    return parser.currentLocation().getLineNr();
  }

  @Override
  String position() {
    return element > 0 ? "after element " + element : "";
  }

  @Override
  void release() throws IOException {
    parser.close();
    reader.close();
  }
}
