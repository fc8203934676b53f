package dev.kiji.extract;

/**
 * Converts UTF-16 char indexes of one text into Unicode code point indexes, the unit of the
 * {@code kiji extract} contract. 💡 (U+1F4A1) is two chars but one code point.
 *
 * <pre>{@code
 * CodePoints cp = CodePoints.of("💡日本");
 * cp.index(2);  // 1
 * }</pre>
 */
public final class CodePoints {

  private final int[] prefix; // null when the text has no surrogate pairs

  private CodePoints(int[] prefix) {
    this.prefix = prefix;
  }

  /** Prepares the conversion for {@code text} (linear time, once per text). */
  public static CodePoints of(String text) {
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    if (!surrogates) {
      return new CodePoints(null);
    }
    int[] prefix = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      prefix[i] = cp;
      if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
        cp++;
      }
    }
    prefix[text.length()] = cp;
    return new CodePoints(prefix);
  }

  /** The code point index of char index {@code charIndex}. */
  public int index(int charIndex) {
    return prefix == null ? charIndex : prefix[charIndex];
  }
}
