package dev.kiji.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one record (a JSON object, a CSV row) into an {@link Article}, the same way for every
 * record format: fields by {@link FieldNames}, text = title + "\n\n" + body (just one of them when
 * the other is missing), each field cleaned ({@link TextCleaner}); errors {@code <where>: no title
 * or body}, {@code <where>: article too long (N characters; limit M)}; warning {@code <where>:
 * unrecognised date '...'} (the article is kept with no date).
 */
final class Records {

  /** Reads a field by the first of several names. */
  interface Fields {
    /** The cleaned value of the first of {@code names} present and non-blank, else "". */
    String get(List<String> names);
  }

  private Records() {}

  static Ingested toArticle(
      Fields f, String at, String where, String charset, String format, IngestOptions o,
      List<String> warnings) {
    FieldNames names = o.fields();
    String title = f.get(names.title()).replace('\n', ' ').strip();
    String body = f.get(names.body()).strip();
    if (title.isEmpty() && body.isEmpty()) {
      return Ingested.error(at, where + ": no title or body");
    }
    String url = f.get(names.url()).strip();
    String date = f.get(names.published()).strip();
    List<String> w = new ArrayList<>(warnings);
    LocalDate published = Dates.parse(date);
    if (published == null && !date.isEmpty()) {
      w.add(where + ": unrecognised date '" + (date.length() > 80 ? date.substring(0, 80) + "…" : date) + "'");
    }
    String text = title.isEmpty() ? body : body.isEmpty() ? title : title + "\n\n" + body;
    if (text.length() > o.maxArticleChars()) {
      return Ingested.error(at, where + ": " + tooLong(text.length(), o));
    }
    String sourceUrl = url.isEmpty() ? null : url;
    return Ingested.of(
        new Article(Article.stableId(sourceUrl, at), at, title, published, sourceUrl, text, format, charset), w);
  }

  static String tooLong(int chars, IngestOptions o) {
    return "article too long (" + chars + " characters; limit " + o.maxArticleChars() + ")";
  }

  /** Fields of a JSON object: exact key, else the key ignoring case; dotted names go into objects. */
  static Fields json(JsonNode node) {
    return names -> {
      for (String name : names) {
        String s = TextCleaner.clean(text(lookup(node, name)));
        if (!s.isBlank()) {
          return s;
        }
      }
      return "";
    };
  }

  /** Fields of a CSV row, given the header's column index per lower-cased name. */
  static Fields csv(List<String> row, Map<String, Integer> columns) {
    return names -> {
      for (String name : names) {
        Integer i = columns.get(name.toLowerCase(Locale.ROOT));
        if (i != null && i < row.size() && row.get(i) != null) {
          String s = TextCleaner.clean(row.get(i));
          if (!s.isBlank()) {
            return s;
          }
        }
      }
      return "";
    };
  }

  private static JsonNode lookup(JsonNode node, String name) {
    JsonNode v = key(node, name);
    if (v == null && name.indexOf('.') > 0) {
      v = node;
      for (String part : name.split("\\.")) {
        v = v == null || !v.isObject() ? null : key(v, part);
      }
    }
    return v;
  }

  private static JsonNode key(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v != null) {
      return v;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(p -> {
        if (p.isValueNode() && !p.isNull()) {
          parts.add(p.asText());
        }
      });
      return String.join("\n", parts);
    }
    return "";
  }
}
