package dev.kiji.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

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
}
