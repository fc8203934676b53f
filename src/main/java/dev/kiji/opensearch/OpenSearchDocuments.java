package dev.kiji.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiji.index.FieldValue;
import dev.kiji.index.IndexSchema;
import dev.kiji.pipeline.ExtractedArticle;
import java.time.LocalDate;

/**
 * The OpenSearch JSON document of an analysed article: {@link IndexSchema#values} rendered as
 * JSON, so it holds exactly the fields of the embedded index's document. A field with one value
 * is a scalar, with several an array; dates are ISO strings; {@code amount.JPY} stays a dotted
 * key (OpenSearch reads it as the path amount → JPY).
 *
 * <pre>
 * {"id":"3f2a…","title":"…","body":"…","published":"2024-02-10","party":["米国","岸田文雄"],
 *  "mention_type":["PARTY","COUNTRY"],"amount.USD":[4.5E9],"reading":["キシダ"],…}
 * </pre>
 */
public final class OpenSearchDocuments {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenSearchDocuments() {}

  /** The document of {@code article}. */
  public static ObjectNode of(ExtractedArticle article) {
    ObjectNode doc = JSON.objectNode();
    for (FieldValue v : IndexSchema.values(article)) {
      JsonNode value = switch (v.value()) {
        case Double d -> JSON.numberNode(d);
        case LocalDate d -> JSON.textNode(d.toString());
        default -> JSON.textNode(v.value().toString());
      };
      JsonNode old = doc.get(v.name());
      if (old == null) {
        doc.set(v.name(), value);
      } else if (old instanceof ArrayNode a) {
        a.add(value);
      } else {
        doc.putArray(v.name()).add(old).add(value);
      }
    }
    return doc;
  }
}
