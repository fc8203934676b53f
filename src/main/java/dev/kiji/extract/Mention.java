package dev.kiji.extract;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One extracted span with its normalised value: a view into the text it came from.
 *
 * <p>{@code start}/{@code end} are UTF-16 indexes into the <em>original</em> text (end exclusive);
 * writers convert them to code points for the {@code kiji extract} contract. Fields that do not
 * apply are null, never placeholders.
 *
 * <pre>{@code
 * new Mention(MentionType.AMOUNT, "MONEY", 3, 9, "45億ドル", "4500000000", "USD", null, null, null, Map.of())
 * }</pre>
 *
 * @param type AMOUNT, DATE, DURATION or PARTY
 * @param subtype e.g. MONEY, QUANTITY, PERCENT, PERSON, ORGANIZATION, COUNTRY, LOCATION; or null
 * @param start first char in the original text
 * @param end char after the last one
 * @param surface the original text between start and end
 * @param value normalised value: plain decimal (AMOUNT), ISO 8601 date (DATE) or duration
 *     (DURATION); null for PARTY
 * @param unit ISO 4217 code, counter word or {@code %} (AMOUNT only)
 * @param canonical one name per real-world party (PARTY only)
 * @param mod APPROX, MORE_THAN, LESS_THAN, START, MID, END...; or null
 * @param role title or honorific next to a person (大統領, 氏); or null
 * @param extra further named values (e.g. {@code end} of a range); sorted, never null
 */
public record Mention(
    MentionType type,
    String subtype,
    int start,
    int end,
    String surface,
    String value,
    String unit,
    String canonical,
    String mod,
    String role,
    Map<String, String> extra) {

  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(surface, "surface");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (end - start != surface.length()) {
      throw new IllegalArgumentException(
          "surface '" + surface + "' does not fit span [" + start + ", " + end + ")");
    }
    extra = extra == null || extra.isEmpty() ? Map.of() : new TreeMap<>(extra);
  }

  /** A mention with no extra values. */
  public Mention(
      MentionType type,
      String subtype,
      int start,
      int end,
      String surface,
      String value,
      String unit,
      String canonical,
      String mod,
      String role) {
    this(type, subtype, start, end, surface, value, unit, canonical, mod, role, Map.of());
  }

  /** Length of the span in chars. */
  public int length() {
    return end - start;
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }
}
