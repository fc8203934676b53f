package dev.kiji.index;

/**
 * One declared field of kiji's index: a name and a {@link FieldKind}. A name ending in {@code *}
 * declares a family of fields sharing a prefix ({@code amount.*}: amount.JPY, amount.USD).
 */
public record IndexField(String name, FieldKind kind) {

  /** True when {@code field} is this field, or belongs to this family. */
  public boolean covers(String field) {
    return isFamily() ? field.startsWith(prefix()) && field.length() > prefix().length() : name.equals(field);
  }

  /** True for a family of fields ({@code amount.*}). */
  public boolean isFamily() {
    return name.endsWith("*");
  }

  /** The name without the family's {@code *}. */
  public String prefix() {
    return isFamily() ? name.substring(0, name.length() - 1) : name;
  }
}
