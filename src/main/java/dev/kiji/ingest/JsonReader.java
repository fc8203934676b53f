package dev.kiji.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines ({@code jsonl}): one JSON object per line, one article per object.
 *
 * <ul>
 *   <li>fields (first present, non-blank wins): title {@code title|headline}; body {@code
 *       body|text|content|article|articleBody} (an array of strings is joined with newlines); url
 *       {@code url|link|source_url|sourceUrl}; date {@code
 *       published|date|published_at|publishedAt|datePublished|pubDate} read by {@link Dates};
 *   <li>text = title + "\n\n" + body (just one of them when the other is missing); control
 *       characters removed, CR/CRLF to LF;
 *   <li>path = {@code file#N}, N the 1-based line; blank lines are skipped;
 *   <li>errors, one per bad line, the rest go on: {@code malformed JSON at line N: ...}, {@code
 *       line N: not a JSON object}, {@code line N: no title or body};
 *   <li>warning for an unreadable date (the article is kept with no date).
 * </ul>
 *
 * <p>Also accepted: a file that is one JSON array of objects (path {@code file#N}, N the 1-based
 * element), and a single pretty-printed object spread over several lines (path {@code file}).
 */
final class JsonReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final List<String> TITLE = List.of("title", "headline");
  private static final List<String> BODY =
      List.of("body", "text", "content", "article", "articleBody");
  private static final List<String> URL = List.of("url", "link", "source_url", "sourceUrl");
  private static final List<String> DATE =
      List.of("published", "date", "published_at", "publishedAt", "datePublished", "pubDate");

  private JsonReader() {}

  static void read(String path, String text, String charset, IngestResult.Builder out) {
    if (text.stripLeading().startsWith("[")) {
      readArray(path, text, charset, out);
      return;
    }
    IngestResult.Builder lines = new IngestResult.Builder();
    String[] all = text.split("\n", -1);
    int nonBlank = 0;
    int parsed = 0;
    for (int i = 0; i < all.length; i++) {
      String line = all[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      nonBlank++;
      String at = path + "#" + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        lines.error(at, "malformed JSON at line " + (i + 1) + ": " + message(e));
        continue;
      }
      parsed++;
      toArticle(node, at, "line " + (i + 1), charset, lines);
    }
    if (parsed == 0 && nonBlank > 1) {
      try {
        JsonNode node = JSON.readTree(text);
        toArticle(node, path, "file", charset, out);
        return;
      } catch (JsonProcessingException e) {
        // not one pretty-printed object either: report the lines
      }
    }
    out.addAll(lines.build());
  }

  /** One JSON object as one article whose path is {@code path} as given (no {@code #N}). */
  static void readRecord(String path, String json, IngestResult.Builder out) {
    try {
      toArticle(JSON.readTree(json), path, "record", "UTF-8", out);
    } catch (JsonProcessingException e) {
      out.error(path, "malformed JSON record: " + message(e));
    }
  }

  private static void readArray(String path, String text, String charset, IngestResult.Builder out) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 0 : loc.getLineNr();
      out.error(path, "malformed JSON at line " + line + ": " + message(e));
      return;
    }
    if (node.isEmpty()) {
      out.error(path, "empty JSON array");
    }
    for (int i = 0; i < node.size(); i++) {
      toArticle(node.get(i), path + "#" + (i + 1), "element " + (i + 1), charset, out);
    }
  }

  private static void toArticle(
      JsonNode node, String at, String where, String charset, IngestResult.Builder out) {
    if (node == null || !node.isObject()) {
      out.error(at, where + ": not a JSON object");
      return;
    }
    String title = field(node, TITLE).replace('\n', ' ').strip();
    String body = field(node, BODY).strip();
    if (title.isEmpty() && body.isEmpty()) {
      out.error(at, where + ": no title or body");
      return;
    }
    String url = field(node, URL).strip();
    String date = field(node, DATE).strip();
    LocalDate published = Dates.parse(date);
    if (published == null && !date.isEmpty()) {
      out.warning(at, where + ": unrecognised date '" + date + "'");
    }
    String text = title.isEmpty() ? body : body.isEmpty() ? title : title + "\n\n" + body;
    String sourceUrl = url.isEmpty() ? null : url;
    out.article(
        new Article(
            Article.stableId(sourceUrl, at), at, title, published, sourceUrl, text,
            Format.JSONL.id(), charset));
  }

  private static String field(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      String s = "";
      if (v != null && v.isValueNode() && !v.isNull()) {
        s = v.asText();
      } else if (v != null && v.isArray()) {
        List<String> parts = new ArrayList<>();
        v.forEach(p -> {
          if (p.isValueNode() && !p.isNull()) {
            parts.add(p.asText());
          }
        });
        s = String.join("\n", parts);
      }
      s = TextCleaner.clean(s);
      if (!s.isBlank()) {
        return s;
      }
    }
    return "";
  }

  private static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    m = m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }
}
