package dev.kiji.extract;

import java.math.BigDecimal;

/**
 * Reads a Japanese numeral into an exact decimal: Arabic, kanji and mixed forms with the
 * myriad units 万 (10^4), 億 (10^8), 兆 (10^12) and 京 (10^16).
 *
 * <p>Input is expected NFKC-normalised (ASCII digits). Examples:
 *
 * <ul>
 *   <li>{@code 45億} → 4500000000; {@code 1.5兆} → 1500000000000; {@code 3,000万} → 30000000
 *   <li>{@code 四十五億} → 4500000000; {@code 一兆二千億} → 1200000000000; {@code 一万} → 10000
 *   <li>{@code 12億3400万} → 1234000000; {@code 4万5千} → 45000; {@code 二〇二四} → 2024
 * </ul>
 *
 * <p>Returns null for what is not one well-formed number: a bare {@code 万}, {@code 十十},
 * {@code 百二三}, {@code 1,00}, units out of order ({@code 3万2億}).
 *
 * <p>Known weaknesses: no fractions written in kanji (一・五, 三分の一), no 壱/弐 (legal numerals).
 */
public final class JapaneseNumbers {

  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String BIG_UNITS = "万億兆京";

  private JapaneseNumbers() {}

  /** True when {@code c} can be part of a numeral (digits, kanji digits and units, , and .). */
  public static boolean isNumeralChar(char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.' || isKanjiNumeralChar(c);
  }

  /** True for 〇一二…九, 零, 十百千 and 万億兆京. */
  public static boolean isKanjiNumeralChar(char c) {
    if (c < '〇') {
      return false; // fast path: ASCII, kana punctuation
    }
    return switch (c) {
      case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '零', '十', '百', '千', '万', '億', '兆', '京' -> true;
      default -> false;
    };
  }

  /** The value of kanji digit {@code c} (〇=0 … 九=9), or -1. */
  public static int kanjiDigit(char c) {
    return c == '零' ? 0 : DIGITS.indexOf(c);
  }

  /** Parses {@code s}, or returns null when it is not exactly one well-formed numeral. */
  public static BigDecimal parse(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.length() <= 18 && allAsciiDigits(s)) {
      return BigDecimal.valueOf(Long.parseLong(s)); // the common case: same value and scale (0)
    }
    BigDecimal total = BigDecimal.ZERO;
    int lastBig = Integer.MAX_VALUE;
    int sectionStart = 0;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      int big = BIG_UNITS.indexOf(s.charAt(i));
      if (big < 0) {
        continue;
      }
      if (big >= lastBig) {
        return null; // units must decrease: 3万2億 is not a number
      }
      BigDecimal section = parseSection(s.substring(sectionStart, i), true);
      if (section == null) {
        return null;
      }
      total = total.add(section.scaleByPowerOfTen(4 * (big + 1)));
      lastBig = big;
      sectionStart = i + 1;
      any = true;
    }
    if (sectionStart < s.length()) {
      BigDecimal rest = parseSection(s.substring(sectionStart), !any);
      if (rest == null) {
        return null;
      }
      total = total.add(rest);
    } else if (!any) {
      return null;
    }
    return normalize(total);
  }

  private static boolean allAsciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Renders a value as a plain decimal: no exponent, no trailing zeros after the point. */
  public static String plain(BigDecimal value) {
    return normalize(value).toPlainString();
  }

  private static BigDecimal normalize(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * A number below 10^4 (or a decimal, when it stands before a big unit or alone): Arabic digits
   * with optional commas and point, kanji with 十百千, a kanji digit string, or Arabic digits
   * followed by 千/百/十 (5千).
   */
  private static BigDecimal parseSection(String s, boolean decimalAllowed) {
    if (s.isEmpty()) {
      return null;
    }
    char first = s.charAt(0);
    if (first >= '0' && first <= '9') {
      int j = 0;
      while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.')) {
        j++;
      }
      BigDecimal arabic = parseArabic(s.substring(0, j), decimalAllowed);
      if (arabic == null) {
        return null;
      }
      if (j == s.length()) {
        return arabic;
      }
      // 5千, 3千5百: Arabic digits used as coefficients of 千百十
      return parseKanjiPositional(s, true);
    }
    return parseKanjiPositional(s, false);
  }

  private static BigDecimal parseArabic(String s, boolean decimalAllowed) {
    int point = s.indexOf('.');
    if (point >= 0 && (!decimalAllowed || s.indexOf('.', point + 1) >= 0 || point == s.length() - 1)) {
      return null;
    }
    String intPart = point >= 0 ? s.substring(0, point) : s;
    String frac = point >= 0 ? s.substring(point + 1) : "";
    if (intPart.isEmpty() || frac.indexOf(',') >= 0) {
      return null;
    }
    if (intPart.indexOf(',') >= 0) {
      String[] groups = intPart.split(",", -1);
      if (groups[0].isEmpty() || groups[0].length() > 3) {
        return null;
      }
      for (int g = 1; g < groups.length; g++) {
        if (groups[g].length() != 3) {
          return null;
        }
      }
      intPart = intPart.replace(",", "");
    }
    return new BigDecimal(frac.isEmpty() ? intPart : intPart + "." + frac);
  }

  /** 三千二百, 二〇二四, 十, 5千3百: below 10^4. */
  private static BigDecimal parseKanjiPositional(String s, boolean arabicCoefficients) {
    boolean hasSmallUnit = false;
    for (int i = 0; i < s.length(); i++) {
      if ("十百千".indexOf(s.charAt(i)) >= 0) {
        hasSmallUnit = true;
      }
    }
    if (!hasSmallUnit) {
      // a digit string: 二〇二四, 五
      long v = 0;
      for (int i = 0; i < s.length(); i++) {
        int d = kanjiDigit(s.charAt(i));
        if (d < 0) {
          return null;
        }
        v = v * 10 + d;
        if (i > 5) {
          return null;
        }
      }
      return BigDecimal.valueOf(v);
    }
    long total = 0;
    int lastUnit = 10000;
    int i = 0;
    while (i < s.length()) {
      long coefficient = -1;
      int digitsStart = i;
      while (i < s.length() && (kanjiDigit(s.charAt(i)) >= 0 || (arabicCoefficients && Character.isDigit(s.charAt(i))))) {
        i++;
      }
      if (i - digitsStart > 1) {
        // several digits: only as the Arabic tail of 9千980 (9980), below the last unit
        String digits = s.substring(digitsStart, i);
        if (!arabicCoefficients || i != s.length() || lastUnit > 1000 || !digits.chars().allMatch(Character::isDigit)) {
          return null;
        }
        long tail = Long.parseLong(digits);
        if (tail >= lastUnit || digits.length() != Long.toString(lastUnit).length() - 1) {
          return null; // 千5 is fine, 千50 is not (98 after 千 would have to be 098)
        }
        return BigDecimal.valueOf(total + tail);
      }
      if (i > digitsStart) {
        char c = s.charAt(digitsStart);
        coefficient = Character.isDigit(c) ? c - '0' : kanjiDigit(c);
      }
      if (i == s.length()) {
        if (coefficient < 0) {
          return null;
        }
        total += coefficient; // the units digit
        lastUnit = 1;
        break;
      }
      char u = s.charAt(i);
      int unit = u == '十' ? 10 : u == '百' ? 100 : u == '千' ? 1000 : -1;
      if (unit < 0 || unit >= lastUnit || coefficient == 0) {
        return null; // 十十, 百千, 〇百
      }
      total += (coefficient < 0 ? 1 : coefficient) * unit;
      lastUnit = unit;
      i++;
    }
    return BigDecimal.valueOf(total);
  }
}
