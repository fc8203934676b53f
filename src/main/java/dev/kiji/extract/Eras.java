package dev.kiji.extract;

/**
 * The modern Japanese eras (明治 to 令和) and their first Gregorian year: year {@code n} of an era
 * is {@code first + n - 1}, and 元年 is year 1.
 *
 * <pre>{@code
 * Eras.byName("令和").toGregorian(6);   // 2024
 * Eras.byLetter('H').toGregorian(31);   // 2019
 * }</pre>
 *
 * <p>The era's end is not checked: 平成32年 (written in early 2019 schedules) reads as 2020, the
 * way its writer meant it.
 */
enum Eras {
  MEIJI("明治", 'M', 1868),
  TAISHO("大正", 'T', 1912),
  SHOWA("昭和", 'S', 1926),
  HEISEI("平成", 'H', 1989),
  REIWA("令和", 'R', 2019);

  private final String kanji;
  private final char letter;
  private final int firstYear;

  Eras(String kanji, char letter, int firstYear) {
    this.kanji = kanji;
    this.letter = letter;
    this.firstYear = firstYear;
  }

  /** The era's name in kanji (令和). */
  String kanji() {
    return kanji;
  }

  /** The Gregorian year of era year {@code n} (1 = 元年). */
  int toGregorian(int n) {
    return firstYear + n - 1;
  }

  /** The era whose name starts {@code s} at {@code i}, or null. */
  static Eras nameAt(String s, int i) {
    for (Eras e : values()) {
      if (i >= 0 && i < s.length() && s.charAt(i) == e.kanji.charAt(0) && s.startsWith(e.kanji, i)) {
        return e;
      }
    }
    return null;
  }

  /** The era of the one-letter abbreviation (R, H, S, T, M), or null. */
  static Eras byLetter(char c) {
    for (Eras e : values()) {
      if (e.letter == c) {
        return e;
      }
    }
    return null;
  }
}
