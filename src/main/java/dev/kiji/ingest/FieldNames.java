package dev.kiji.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which record fields (JSON keys, CSV header names) hold an article's title, body, source URL and
 * publication date. The first field present and non-blank wins; JSON keys match exactly first,
 * then ignoring case; CSV headers ignore case. A dotted name reads a nested JSON object ({@code
 * meta.title}).
 *
 * <pre>{@code
 * FieldNames f = FieldNames.DEFAULTS.with("body=article_text").with("title=headline,name");
 * // body: article_text, then the defaults body, text, content, ...
 * }</pre>
 *
 * <p>Names a user gives come before the defaults, which stay as a fallback (a dump that mixes
 * layouts still reads). Weakness: a default name can then win for records that lack the user's
 * field; name every field explicitly when a dump holds unrelated columns such as {@code text}.
 *
 * @param title headline fields
 * @param body article body fields (a JSON array of strings is joined with newlines)
 * @param url source URL fields
 * @param published publication date fields, read by {@code Dates}
 */
public record FieldNames(List<String> title, List<String> body, List<String> url, List<String> published) {

  /** Defaults matching common scraper output (newspaper3k, trafilatura, Scrapy items, schema.org). */
  public static final FieldNames DEFAULTS =
      new FieldNames(
          List.of("title", "headline"),
          List.of("body", "text", "content", "article", "articleBody", "article_body", "maintext",
              "main_text", "body_text"),
          List.of("url", "link", "source_url", "sourceUrl", "canonical_url", "permalink"),
          List.of("published", "date", "published_at", "publishedAt", "datePublished", "pubDate",
              "publish_date", "date_published", "published_date"));

  /** The roles a {@code --field ROLE=NAME} option may name. */
  public static final List<String> ROLES = List.of("title", "body", "url", "published");

  public FieldNames {
    title = nonEmpty(title, "title");
    body = nonEmpty(body, "body");
    url = nonEmpty(url, "url");
    published = nonEmpty(published, "published");
  }

  /**
   * These names with {@code spec} ({@code ROLE=NAME[,NAME...]}, role one of {@link #ROLES}, also
   * {@code date} for published) put first for its role.
   *
   * @throws IllegalArgumentException for a malformed spec or an unknown role, with a message a
   *     command line can print
   */
  public FieldNames with(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new IllegalArgumentException("--field wants ROLE=NAME, e.g. body=article_text: '" + spec + "'");
    }
    String role = spec.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    List<String> names = new ArrayList<>();
    for (String n : spec.substring(eq + 1).split(",")) {
      if (!n.isBlank()) {
        names.add(n.strip());
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("--field " + spec + ": no field name");
    }
    return switch (role) {
      case "title" -> new FieldNames(first(names, title), body, url, published);
      case "body", "text" -> new FieldNames(title, first(names, body), url, published);
      case "url", "link" -> new FieldNames(title, body, first(names, url), published);
      case "published", "date" -> new FieldNames(title, body, url, first(names, published));
      default ->
          throw new IllegalArgumentException(
              "--field " + spec + ": unknown role '" + role + "' (one of " + String.join(", ", ROLES) + ")");
    };
  }

  /** The defaults with every spec of {@code specs} applied in order. */
  public static FieldNames of(List<String> specs) {
    FieldNames f = DEFAULTS;
    for (String s : specs) {
      f = f.with(s);
    }
    return f;
  }

  private static List<String> first(List<String> given, List<String> rest) {
    LinkedHashSet<String> all = new LinkedHashSet<>(given);
    all.addAll(rest);
    return List.copyOf(all);
  }

  private static List<String> nonEmpty(List<String> names, String role) {
    Objects.requireNonNull(names, role);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no field names for " + role);
    }
    return List.copyOf(names);
  }
}
