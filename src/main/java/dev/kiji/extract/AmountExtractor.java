package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Finds money, percentages and counted quantities: a numeral (see {@link AmountNumerals}) plus a
 * unit, with the qualifying words around it.
 *
 * <ul>
 *   <li>MONEY: {@code 45億ドル} → 4500000000 USD; {@code ¥1,000} → 1000 JPY; {@code 一万円} → 10000
 *       JPY; currency words from {@code currencies.tsv}.
 *   <li>PERCENT (unit {@code %}): {@code 5%}, {@code 5パーセント}, {@code 3割} → 30, {@code 3割5分} → 35.
 *   <li>QUANTITY (unit = the counter as written): {@code 4万5千人} → 45000 人, {@code 3台}, {@code
 *       5.5インチ}, {@code 3GB}. 10ポイント is a QUANTITY with unit ポイント (it may be percentage
 *       points, a score or loyalty points: the text does not say).
 *   <li>mod: {@code 約45億ドル} APPROX, {@code 5000億ドル超} MORE_THAN, {@code 3兆円以上} EQUAL_OR_MORE,
 *       {@code 100人程度} APPROX (see {@link AmountModifiers}); the span covers the modifier.
 *   <li>ranges: {@code 3〜5億円}, {@code 3億〜5億円}, {@code 3億円〜5億円}, {@code 3から5億円} are one
 *       mention, value = low end, {@code extra.max} = high end; the scale of the high end applies to
 *       a bare low end (3〜5億 → 3億).
 *   <li>vague: {@code 数十億円} → value 1000000000, extra max 9000000000, mod APPROX (数 = 1..9).
 * </ul>
 *
 * <p>Never an amount: numbers of dates, times and durations (2024年, 6月, 10年間, 5時), ordinals
 * (第3, 3位, 16か国目, 2度目), 一円 after a place (関東一円: the whole area), ドル inside a word
 * (アイドル), 円高, numbers glued to ASCII words (ABC123) or inside URLs.
 *
 * <p>Known weaknesses: negative amounts (▲5億円, -3%) lose their sign; "3億円から5億円" (a change)
 * gives two amounts; fractions (3分の1) are not read; counters Kuromoji does not tag as 助数詞 and
 * that are not in {@link CounterWords} are missed; 一つ (one token) is not read.
 */
public final class AmountExtractor implements Extractor {

  private static final BigDecimal TEN = BigDecimal.TEN;

  /** A unit after a number. */
  private record Unit(String subtype, String code, int end, BigDecimal percentFactor, BigDecimal add) {}

  @Override
  public List<Mention> extract(AnalyzedText text, ExtractionContext context) {
    return AmountNumerals.readEach(text, this::read);
  }


  private AmountNumerals.Read read(AnalyzedText text, List<AmountNumerals.Numeral> numerals, AmountNumerals.Numeral num) {
    String s = text.normalized();
    int start = num.start();
    if (start > 0 && s.charAt(start - 1) == '第') {
      return null;
    }
    BigDecimal low = num.low();
    BigDecimal high = num.high();
    String mod = num.vague() ? "APPROX" : null;
    String subtype;
    String code;
    int end;

    Currencies.Entry symbol = symbolBefore(s, start);
    if (symbol != null) {
      subtype = "MONEY";
      code = symbol.code();
      int symEnd = start;
      while (symEnd > 0 && s.charAt(symEnd - 1) == ' ') {
        symEnd--;
      }
      start = symEnd - symbol.word().length();
      end = num.end();
      AmountNumerals.Numeral hi = rangeHigh(s, numerals, end, false);
      if (hi != null && Currencies.symbolBefore(s, hi.start()) == null) {
        high = hi.low();
        end = hi.end();
      }
    } else {
      int pos = num.end();
      if (pos < s.length() && s.charAt(pos) == '余') {
        mod = "MORE_THAN";
        pos++;
      }
      Unit unit = unitAt(text, pos);
      if (unit == null) {
        // a range whose low end has no unit: 3〜5億円, 3から5億円
        AmountNumerals.Numeral hi = rangeHigh(s, numerals, pos, true);
        if (hi == null || pos != num.end()) {
          return null;
        }
        unit = unitAt(text, hi.end());
        if (unit == null || hi.vague()) {
          return null;
        }
        if (num.unitless() && !hi.unitless()) {
          BigDecimal scaled = JapaneseNumbers.parse(num.text() + hi.scaleSuffix());
          if (scaled != null) {
            low = scaled;
          }
        }
        high = scale(hi.low(), unit);
      } else {
        // a range with the unit on both ends: 3億円〜5億円
        AmountNumerals.Numeral hi = rangeHigh(s, numerals, unit.end(), false);
        Unit u2 = hi == null || high != null || hi.vague() ? null : unitAt(text, hi.end());
        if (u2 != null && u2.code().equals(unit.code())) {
          high = scale(hi.low(), u2);
          unit = new Unit(unit.subtype(), unit.code(), u2.end(), unit.percentFactor(), unit.add());
        }
      }
      if (isOrdinal(s, unit.end()) || isWholeArea(text, num, unit)) {
        return null;
      }
      subtype = unit.subtype();
      code = unit.code();
      end = unit.end();
      low = scale(low, unit);
      if (num.vague()) {
        high = scale(high, unit);
      }
    }

    AmountModifiers.Found after = AmountModifiers.after(text, end);
    if (after != null) {
      end = after.edge();
      mod = after.mod();
    }
    AmountModifiers.Found before = AmountModifiers.before(text, start);
    if (before != null) {
      start = before.edge();
      if (mod == null || "APPROX".equals(mod)) {
        mod = before.mod();
      }
    }
    int os = text.originalStart(start);
    int oe = text.originalEnd(end);
    Map<String, String> extra = high == null ? Map.of() : Map.of("max", JapaneseNumbers.plain(high));
    Mention m =
        new Mention(
            MentionType.AMOUNT, subtype, os, oe, text.original().substring(os, oe),
            JapaneseNumbers.plain(low), code, null, mod, null, extra);
    return new AmountNumerals.Read(m, end);
  }

  /** A number read with its unit: 3 with 割 is 30. */
  private static BigDecimal scale(BigDecimal v, Unit unit) {
    return unit.percentFactor() == null ? v : v.multiply(unit.percentFactor()).add(unit.add());
  }

  private static Currencies.Entry symbolBefore(String s, int start) {
    int e = start;
    if (e > 0 && s.charAt(e - 1) == ' ') {
      e--;
    }
    Currencies.Entry sym = Currencies.symbolBefore(s, e);
    if (sym == null) {
      return null;
    }
    int b = e - sym.word().length();
    if (b > 0 && AmountNumerals.isAsciiWordChar(s.charAt(b - 1)) && sym.word().length() == 1) {
      return null;
    }
    return sym;
  }

  /** The high end of a range whose marker starts at {@code pos}: 〜5億, ~5, -5, から5. */
  private static AmountNumerals.Numeral rangeHigh(
      String s, List<AmountNumerals.Numeral> numerals, int pos, boolean karaAllowed) {
    int next;
    if (pos < s.length() && (s.charAt(pos) == '〜' || s.charAt(pos) == '~' || s.charAt(pos) == '-'
        || s.charAt(pos) == '－' || s.charAt(pos) == '–')) {
      next = pos + 1;
    } else if (karaAllowed && s.startsWith("から", pos)) {
      next = pos + 2;
    } else {
      return null;
    }
    AmountNumerals.Numeral hi = AmountNumerals.startingAt(numerals, next);
    if (hi == null) {
      return null;
    }
    if (s.charAt(pos) == '-' && !(AmountNumerals.isDigit(s.charAt(pos - 1)) && AmountNumerals.isDigit(s.charAt(next)))) {
      return null;
    }
    return hi;
  }

  /** The unit starting at {@code pos}, or null. */
  private static Unit unitAt(AnalyzedText text, int pos) {
    String s = text.normalized();
    if (pos >= s.length()) {
      return null;
    }
    int p = pos;
    if (s.charAt(p) == ' ' && p + 1 < s.length() && (s.charAt(p + 1) == '%' || Character.isLetter(s.charAt(p + 1)) && s.charAt(p + 1) < 0x80)) {
      p++; // 5 %, 3 GB
    }
    if (s.charAt(p) == '%') {
      return new Unit("PERCENT", "%", p + 1, BigDecimal.ONE, BigDecimal.ZERO);
    }
    if (s.startsWith("パーセント", p)) {
      return new Unit("PERCENT", "%", p + 5, BigDecimal.ONE, BigDecimal.ZERO);
    }
    if (s.charAt(p) == '割' && text.isTokenStart(p)) {
      return wari(text, p);
    }
    Currencies.Entry cur = Currencies.wordAt(s, p);
    if (cur != null && text.isTokenStart(p) && text.isTokenEnd(p + cur.word().length())) {
      return new Unit("MONEY", cur.code(), p + cur.word().length(), null, null);
    }
    String ascii = CounterWords.asciiAt(s, p);
    if (ascii != null) {
      return new Unit("QUANTITY", ascii, p + ascii.length(), null, null);
    }
    if (p != pos) {
      return null;
    }
    Token t = AmountNumerals.tokenAt(text, p);
    if (t == null || t.start() != p) {
      return null;
    }
    String extra = CounterWords.extraAt(s, p);
    if (extra != null && text.isTokenEnd(p + extra.length())) {
      return new Unit("QUANTITY", extra, p + extra.length(), null, null);
    }
    if (t.is("名詞-接尾-助数詞") && !CounterWords.excluded(t.surface())) {
      return new Unit("QUANTITY", t.surface(), t.end(), null, null);
    }
    return null;
  }

  /** 3割 → ×10; 3割5分 → ×10 + 5; 3割5分2厘 → ×10 + 5.2. */
  private static Unit wari(AnalyzedText text, int p) {
    String s = text.normalized();
    int end = p + 1;
    BigDecimal add = BigDecimal.ZERO;
    int d = end;
    if (d + 1 < s.length() && digitValue(s.charAt(d)) >= 0 && s.charAt(d + 1) == '分') {
      add = add.add(BigDecimal.valueOf(digitValue(s.charAt(d))));
      end = d + 2;
      d = end;
      if (d + 1 < s.length() && digitValue(s.charAt(d)) >= 0 && s.charAt(d + 1) == '厘') {
        add = add.add(BigDecimal.valueOf(digitValue(s.charAt(d))).movePointLeft(1));
        end = d + 2;
      }
    }
    return new Unit("PERCENT", "%", end, TEN, add);
  }

  private static int digitValue(char c) {
    return AmountNumerals.isDigit(c) ? c - '0' : JapaneseNumbers.kanjiDigit(c);
  }

  /** 16か国目, 3回目: 目 right after the counter makes an ordinal. */
  private static boolean isOrdinal(String s, int unitEnd) {
    return unitEnd < s.length() && s.charAt(unitEnd) == '目';
  }

  /** 関東一円 (the whole Kanto area): kanji 一 + 円 right after a noun. */
  private static boolean isWholeArea(AnalyzedText text, AmountNumerals.Numeral num, Unit unit) {
    if (!"JPY".equals(unit.code()) || !num.text().equals("一") || num.start() == 0) {
      return false;
    }
    Token prev = AmountNumerals.tokenAt(text, num.start() - 1);
    return prev != null && prev.is("名詞") && !prev.is("名詞-数");
  }
}
