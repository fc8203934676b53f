package dev.kiji.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What the ingest stage gives: the articles read, in input order, and one {@link InputError} per
 * rejected file (or JSON line).
 *
 * <p>{@code warnings} hold inputs that were read but with a caveat the user should see, e.g.
 * {@code "malformed UTF-8 (2 bytes replaced by U+FFFD)"} or {@code "line 4: unrecognised date
 * 'yesterday'"}. Every path in {@code warnings} also has its article(s) in {@code articles}.
 *
 * @param articles articles in input order (file order, then line order)
 * @param errors rejected inputs, in input order
 * @param warnings non-fatal problems of accepted inputs, in input order
 */
public record IngestResult(List<Article> articles, List<InputError> errors, List<InputError> warnings) {

  public IngestResult {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** True when no input was rejected. */
  public boolean ok() {
    return errors.isEmpty();
  }

  /** Collects the results of several files in order; not thread-safe. */
  static final class Builder {
    private final List<Article> articles = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final List<InputError> warnings = new ArrayList<>();

    Builder article(Article a) {
      articles.add(a);
      return this;
    }

    Builder error(String path, String reason) {
      errors.add(new InputError(path, reason));
      return this;
    }

    Builder warning(String path, String reason) {
      warnings.add(new InputError(path, reason));
      return this;
    }

    Builder addAll(IngestResult r) {
      articles.addAll(r.articles());
      errors.addAll(r.errors());
      warnings.addAll(r.warnings());
      return this;
    }

    IngestResult build() {
      return new IngestResult(articles, errors, warnings);
    }
  }
}
