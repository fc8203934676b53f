package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numerals of an analysed text, for the amount and duration extractors.
 *
 * <p>A numeral is a maximal run of Arabic digits (with {@code ,} and {@code .} between digits),
 * kanji numerals (〇一二…九十百千万億兆京) and the vague digit 数, where every kanji char lies in a
 * token tagged 名詞-数 (so 京一 in 田中京一, tagged 人名, and 一 in 一部 are not numerals). The run
 * starts on a token start, ends on a token end, is not glued to an ASCII word or number (ABC123,
 * v1.2.3, 2024/06) and lies outside URLs. Examples: {@code 45億}, {@code 12億3400万},
 * {@code 4万5千}, {@code 1,000}, {@code 0.5}, {@code 数十億} (low 10億, high 90億).
 *
 * <p>Rule for 数: it stands for any digit 1..9, so {@code low} reads it as 1 and {@code high} as 9
 * (数十億 → 10億..90億, 十数 → 11..19, 千数百万 → 1100万..1900万, 数 → 1..9); 何 before 十百千万
 * is read the same way (何十枚 → 10..90).
 *
 * <p>Known weaknesses: kanji fractions (三分の一) and legal numerals (壱, 弐) are not read.
 */
final class AmountNumerals {

  /**
   * One numeral.
   *
   * @param start first char (normalised text)
   * @param end char after the last (normalised text)
   * @param low the value (数 read as 1)
   * @param high the value with 数 read as 9, or null when the numeral is exact
   * @param text the numeral as written (normalised)
   */
  record Numeral(int start, int end, BigDecimal low, BigDecimal high, String text) {

    boolean vague() {
      return high != null;
    }

    /** True when the numeral has no 十百千万億兆 unit (a plain digit string: 3, 45, 二). */
    boolean unitless() {
      for (int i = 0; i < text.length(); i++) {
        if ("十百千万億兆京".indexOf(text.charAt(i)) >= 0) {
          return false;
        }
      }
      return true;
    }

    /** The scale suffix of this numeral after its leading coefficient: 億 for 5億, 千万 for 5千万. */
    String scaleSuffix() {
      int i = 0;
      while (i < text.length()
          && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == ','
              || JapaneseNumbers.kanjiDigit(text.charAt(i)) >= 0)) {
        i++;
      }
      String rest = text.substring(i);
      for (int k = 0; k < rest.length(); k++) {
        if ("十百千万億兆京".indexOf(rest.charAt(k)) < 0) {
          return "";
        }
      }
      return rest;
    }
  }

  private AmountNumerals() {}

  /** All numerals of {@code text}, in text order. */
  static List<Numeral> find(AnalyzedText text) {
    String s = text.normalized();
    int n = s.length();
    boolean[] inUrl = urlMask(s);
    List<Numeral> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!RUN_STARTS.get(c) || !isRunChar(text, s, i, i)) { // the table: a cheap anchor test
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isRunChar(text, s, i, j)) {
        j++;
      }
      int end = j;
      while (end > i && (s.charAt(end - 1) == ',' || s.charAt(end - 1) == '.')) {
        end--;
      }
      Numeral num = accept(text, s, i, end, inUrl);
      if (num != null) {
        out.add(num);
      }
      i = j;
    }
    return out;
  }

  /**
   * Chars that can start a numeral: ASCII digits, the kanji numerals and 数 ({@code ,} and
   * {@code .} only continue one). The scan of {@link #find} tests this table first at every char.
   */
  private static final java.util.BitSet RUN_STARTS = new java.util.BitSet(Character.MAX_VALUE + 1);

  static {
    for (char c = '0'; c <= '9'; c++) {
      RUN_STARTS.set(c);
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (JapaneseNumbers.isKanjiNumeralChar((char) c) || c == '数') {
        RUN_STARTS.set(c);
      }
    }
  }

  /** The numeral starting exactly at {@code start} in {@code numerals}, or null. */
  static Numeral startingAt(List<Numeral> numerals, int start) {
    for (Numeral n : numerals) {
      if (n.start() == start) {
        return n;
      }
      if (n.start() > start) {
        break;
      }
    }
    return null;
  }

  private static boolean isRunChar(AnalyzedText text, String s, int runStart, int i) {
    char c = s.charAt(i);
    if (c >= '0' && c <= '9') {
      return true;
    }
    if (c == ',' || c == '.') {
      return i > runStart && i + 1 < s.length() && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1));
    }
    if (JapaneseNumbers.isKanjiNumeralChar(c) || c == '数') {
      int t = text.tokenIndexAt(i);
      return t >= 0 && text.tokens().get(t).is("名詞-数");
    }
    return false;
  }

  private static Numeral accept(AnalyzedText text, String s, int start, int end, boolean[] inUrl) {
    if (end <= start || (inUrl != null && inUrl[start]) || !text.isTokenStart(start) || !text.isTokenEnd(end)) {
      return null;
    }
    if (start > 0) {
      char p = s.charAt(start - 1);
      if (isAsciiWordChar(p) || p == '/' || ((p == '.' || p == ',') && start > 1 && isDigit(s.charAt(start - 2)))) {
        return null;
      }
    }
    if (end < s.length()) {
      char f = s.charAt(end);
      if (f == '/' || ((f == '.' || f == ',') && end + 1 < s.length() && isDigit(s.charAt(end + 1)))) {
        return null; // 2024/06/13, 1.2.3
      }
    }
    String raw = s.substring(start, end);
    if (start > 0 && s.charAt(start - 1) == '何' && "十百千万".indexOf(raw.charAt(0)) >= 0) {
      raw = "数" + raw; // 何十枚 reads like 数十枚
      start--;
    }
    if (raw.indexOf('数') >= 0) {
      BigDecimal low = JapaneseNumbers.parse(raw.replace('数', '一'));
      BigDecimal high = JapaneseNumbers.parse(raw.replace('数', '九'));
      if (low == null || high == null || raw.chars().anyMatch(AmountNumerals::isDigit)) {
        return null;
      }
      return new Numeral(start, end, low, high, raw);
    }
    BigDecimal v = JapaneseNumbers.parse(raw);
    return v == null ? null : new Numeral(start, end, v, null, raw);
  }

  /**
   * Marks URLs (http://…, https://…, www.…: up to the first non-printable-ASCII char); null when
   * the text has none.
   */
  private static boolean[] urlMask(String s) {
    if (s.indexOf("://") < 0 && s.indexOf("www.") < 0) {
      return null; // no URL: no mask
    }
    boolean[] mask = new boolean[s.length() + 1];
    markUrls(s, "://", mask);
    markUrls(s, "www.", mask);
    return mask;
  }

  private static void markUrls(String s, String marker, boolean[] mask) {
    int i = s.indexOf(marker);
    while (i >= 0) {
      int start = i;
      if (marker.equals("://")) {
        start = s.startsWith("https", i - 5) ? i - 5 : s.startsWith("http", i - 4) ? i - 4 : -1;
      }
      int end = i + marker.length();
      if (start >= 0) {
        while (end < s.length() && s.charAt(end) >= 0x21 && s.charAt(end) <= 0x7E) {
          end++;
        }
        for (int k = start; k < end; k++) {
          mask[k] = true;
        }
      }
      i = s.indexOf(marker, Math.max(end, i + 1));
    }
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** The token covering normalised char {@code i}, or null. */
  static Token tokenAt(AnalyzedText text, int i) {
    int t = text.tokenIndexAt(i);
    return t < 0 ? null : text.tokens().get(t);
  }

  /** True when {@code s} has {@code word} at {@code i}. */
  static boolean at(String s, int i, String word) {
    return s.startsWith(word, i);
  }

  /** A mention read from the numeral at hand, and where it ends in the normalised text. */
  record Read(Mention mention, int normalizedEnd) {}

  /** Reads a mention that starts at {@code num} (null when there is none). */
  @FunctionalInterface
  interface Reader {
    Read read(AnalyzedText text, List<Numeral> numerals, Numeral num);
  }

  /**
   * Applies {@code reader} to every numeral of {@code text} in order, skipping numerals inside a
   * mention already read (the high end of a range, the minutes of 1時間30分).
   */
  static List<Mention> readEach(AnalyzedText text, Reader reader) {
    return readEach(text, find(text), reader);
  }

  /** {@link #readEach(AnalyzedText, Reader)} over numerals already {@link #find found}. */
  static List<Mention> readEach(AnalyzedText text, List<Numeral> numerals, Reader reader) {
    List<Mention> out = new ArrayList<>();
    int consumed = 0;
    for (Numeral num : numerals) {
      if (num.start() < consumed) {
        continue;
      }
      Read r = reader.read(text, numerals, num);
      if (r != null) {
        out.add(r.mention());
        consumed = r.normalizedEnd();
      }
    }
    return out;
  }
}
