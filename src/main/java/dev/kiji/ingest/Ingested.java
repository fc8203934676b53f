package dev.kiji.ingest;

import java.util.List;

/**
 * One entry of an {@link ArticleStream}: an article (with the warnings met while reading it) or
 * the error that replaced it. Exactly one of {@code article} and {@code error} is non-null.
 *
 * @param article the article read, or null
 * @param error why an input (file, or record {@code path#N}) gave no article, or null
 * @param warnings non-fatal problems of the article, e.g. {@code malformed UTF-8 (...)}
 */
public record Ingested(Article article, InputError error, List<String> warnings) {

  public Ingested {
    if ((article == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of article and error");
    }
    warnings = List.copyOf(warnings);
  }

  static Ingested of(Article a, List<String> warnings) {
    return new Ingested(a, null, warnings);
  }

  static Ingested error(String path, String reason) {
    return new Ingested(null, new InputError(path, reason), List.of());
  }
}
