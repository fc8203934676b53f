package dev.kiji.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiji.index.IndexSchema;
import dev.kiji.index.SearchFields;
import dev.kiji.search.QueryNode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Translates a {@link QueryNode} into OpenSearch query DSL over an index made with {@link
 * OpenSearchMapping}, matching what {@code LuceneQueries} does on the embedded index.
 *
 * <pre>
 * 補助金           {"bool":{"should":[{"match_phrase":{"title":{"query":"補助金","boost":2.0}}},
 *                                    {"match_phrase":{"body":{"query":"補助金"}}}],"minimum_should_match":1}}
 * party:米国       {"constant_score":{"filter":{"term":{"party":"米国"}}}}
 * published:2024   {"constant_score":{"filter":{"range":{"published":{"gte":"2024-01-01","lte":"2024-12-31"}}}}}
 * </pre>
 *
 * <p>A word is a {@code match_phrase}: like the embedded parser's automatic phrases, a word the
 * analyzer splits must match as a whole (補助金 never matches a text with only 金). A word that
 * analyses to nothing (a stop word) is neutral: it matches all where it is required and nothing
 * where it is optional or excluded, the way the embedded parser drops it.
 */
public final class OpenSearchQueries {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Title matches weigh double, as in the embedded index. */
  static final float TITLE_BOOST = 2f;

  private OpenSearchQueries() {}

  /** The query DSL of {@code node}. */
  public static ObjectNode toDsl(QueryNode node) {
    return translate(node, true);
  }

  /** {@code required}: the clause must match (so a word with no tokens should match everything). */
  private static ObjectNode translate(QueryNode node, boolean required) {
    return switch (node) {
      case QueryNode.Text t -> text(t, required);
      case QueryNode.Prefix p -> prefix(p);
      case QueryNode.Party p -> party(p);
      case QueryNode.MentionTypeIs t -> term(SearchFields.MENTION_TYPE, t.type());
      case QueryNode.Published p -> published(p);
      case QueryNode.Amount a -> amount(a);
      case QueryNode.Reading r -> term(SearchFields.READING, r.katakana());
      case QueryNode.All a -> wrap("match_all", JSON.objectNode());
      case QueryNode.Filter f -> {
        ObjectNode c = JSON.objectNode();
        c.set("filter", translate(f.node(), required));
        yield wrap("constant_score", c);
      }
      case QueryNode.Boost b -> {
        ObjectNode bool = JSON.objectNode();
        bool.putArray("must").add(translate(b.node(), required));
        bool.put("boost", b.boost());
        yield wrap("bool", bool);
      }
      case QueryNode.Bool b -> bool(b, required);
    };
  }

  private static ObjectNode bool(QueryNode.Bool b, boolean required) {
    ObjectNode bool = JSON.objectNode();
    boolean hasRequired = b.clauses().stream()
        .anyMatch(c -> c.occur() == QueryNode.Occur.MUST || c.occur() == QueryNode.Occur.FILTER);
    for (QueryNode.Clause c : b.clauses()) {
      String key = switch (c.occur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case MUST_NOT -> "must_not";
        case FILTER -> "filter";
      };
      boolean clauseRequired = required && (c.occur() == QueryNode.Occur.MUST || c.occur() == QueryNode.Occur.FILTER);
      ArrayNode list = bool.has(key) ? (ArrayNode) bool.get(key) : bool.putArray(key);
      list.add(translate(c.node(), clauseRequired));
    }
    if (!hasRequired && bool.has("should")) {
      bool.put("minimum_should_match", 1);
    }
    return wrap("bool", bool);
  }

  private static ObjectNode text(QueryNode.Text t, boolean required) {
    if (t.field() != null) {
      return phrase(t.field(), t, 1f, required);
    }
    ObjectNode bool = JSON.objectNode();
    ArrayNode should = bool.putArray("should");
    should.add(phrase(IndexSchema.TITLE, t, TITLE_BOOST, required));
    should.add(phrase(IndexSchema.BODY, t, 1f, required));
    bool.put("minimum_should_match", 1);
    return wrap("bool", bool);
  }

  private static ObjectNode phrase(String field, QueryNode.Text t, float boost, boolean required) {
    ObjectNode p = JSON.objectNode();
    p.put("query", t.text());
    if (t.slop() > 0) {
      p.put("slop", t.slop());
    }
    if (boost != 1f) {
      p.put("boost", boost);
    }
    p.put("zero_terms_query", required ? "all" : "none");
    ObjectNode f = JSON.objectNode();
    f.set(field, p);
    return wrap("match_phrase", f);
  }

  private static ObjectNode prefix(QueryNode.Prefix p) {
    String value = p.prefix().toLowerCase(Locale.ROOT);
    if (p.field() != null) {
      return prefixOn(p.field(), value, 1f);
    }
    ObjectNode bool = JSON.objectNode();
    bool.putArray("should").add(prefixOn(IndexSchema.TITLE, value, TITLE_BOOST)).add(prefixOn(IndexSchema.BODY, value, 1f));
    bool.put("minimum_should_match", 1);
    return wrap("bool", bool);
  }

  private static ObjectNode prefixOn(String field, String value, float boost) {
    ObjectNode v = JSON.objectNode().put("value", value);
    if (boost != 1f) {
      v.put("boost", boost);
    }
    ObjectNode f = JSON.objectNode();
    f.set(field, v);
    return wrap("prefix", f);
  }

  private static ObjectNode party(QueryNode.Party p) {
    ObjectNode exact = term(IndexSchema.PARTY, p.name());
    if (!p.orPrefix()) {
      return exact;
    }
    ObjectNode bool = JSON.objectNode();
    ObjectNode prefix = JSON.objectNode();
    prefix.put(IndexSchema.PARTY, p.name());
    bool.putArray("should").add(exact).add(wrap("prefix", prefix));
    bool.put("minimum_should_match", 1);
    return wrap("bool", bool);
  }

  private static ObjectNode published(QueryNode.Published p) {
    ObjectNode range = JSON.objectNode();
    if (p.fromDay() != Long.MIN_VALUE) {
      range.put("gte", LocalDate.ofEpochDay(p.fromDay()).toString());
    }
    if (p.toDay() != Long.MAX_VALUE) {
      range.put("lte", LocalDate.ofEpochDay(p.toDay()).toString());
    }
    range.put("format", "strict_date");
    ObjectNode f = JSON.objectNode();
    f.set(IndexSchema.PUBLISHED, range);
    return wrap("range", f);
  }

  private static ObjectNode amount(QueryNode.Amount a) {
    ObjectNode range = JSON.objectNode();
    if (a.min() != Double.NEGATIVE_INFINITY) {
      range.put("gte", a.min());
    }
    if (a.max() != Double.POSITIVE_INFINITY) {
      range.put("lte", a.max());
    }
    ObjectNode f = JSON.objectNode();
    f.set(SearchFields.amountField(a.unit()), range);
    return wrap("range", f);
  }

  private static ObjectNode term(String field, String value) {
    ObjectNode f = JSON.objectNode();
    f.put(field, value);
    return wrap("term", f);
  }

  private static ObjectNode wrap(String kind, ObjectNode body) {
    ObjectNode q = JSON.objectNode();
    q.set(kind, body);
    return q;
  }
}
