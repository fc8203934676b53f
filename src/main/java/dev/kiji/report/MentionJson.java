package dev.kiji.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One mention as a line of the {@code kiji extract} contract (DESIGN.md):
 *
 * <pre>{@code
 * {"doc":"a.txt","type":"AMOUNT","subtype":"MONEY","start":12,"end":18,"surface":"45億ドル",
 *  "value":"4500000000","unit":"USD"}
 * }</pre>
 *
 * Offsets are code points; absent fields are left out; further values (a range's upper end...)
 * go in an {@code extra} object so they never clash with the contract's own keys.
 */
public final class MentionJson {

  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

  private MentionJson() {}

  /** The JSON line (without line end) of {@code m} found in document {@code doc}. */
  public static String line(String doc, Mention m, CodePoints cp) {
    StringWriter w = new StringWriter(160);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("doc", doc);
      g.writeStringField("type", m.type().name());
      optional(g, "subtype", m.subtype());
      g.writeNumberField("start", cp.index(m.start()));
      g.writeNumberField("end", cp.index(m.end()));
      g.writeStringField("surface", m.surface());
      optional(g, "value", m.value());
      optional(g, "unit", m.unit());
      optional(g, "canonical", m.canonical());
      optional(g, "mod", m.mod());
      optional(g, "role", m.role());
      if (!m.extra().isEmpty()) {
        g.writeObjectFieldStart("extra");
        for (Map.Entry<String, String> e : m.extra().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string failed", e);
    }
    return w.toString();
  }

  private static void optional(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  /**
   * The mention of a line written by {@link #line} for an article whose text is {@code text}:
   * code point offsets become UTF-16 indexes again, so {@code parse(line(d, m, cp), text)}
   * equals {@code m}.
   *
   * @throws IllegalArgumentException when the line is not such a mention or does not fit the text
   */
  public static Mention parse(String line, String text) {
    try {
      JsonNode n = MAPPER.readTree(line);
      int start = text.offsetByCodePoints(0, n.get("start").asInt());
      int end = text.offsetByCodePoints(start, n.get("end").asInt() - n.get("start").asInt());
      Map<String, String> extra = new TreeMap<>();
      JsonNode x = n.get("extra");
      if (x != null) {
        x.fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue().asText()));
      }
      return new Mention(
          dev.kiji.extract.MentionType.valueOf(n.get("type").asText()),
          text(n, "subtype"),
          start,
          end,
          text.substring(start, end),
          text(n, "value"),
          text(n, "unit"),
          text(n, "canonical"),
          text(n, "mod"),
          text(n, "role"),
          extra);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a mention of this text: " + line, e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
