package dev.kiji.index;

import java.util.Objects;

/**
 * One value of one field of an article's document, before any backend renders it: a {@code
 * String}, a {@link java.time.LocalDate} for {@link FieldKind#DATE}, a {@code Double} for {@link
 * FieldKind#NUMBER}. A field with several values has several FieldValues.
 */
public record FieldValue(String name, FieldKind kind, Object value) {
  public FieldValue {
    Objects.requireNonNull(name);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(value);
  }
}
