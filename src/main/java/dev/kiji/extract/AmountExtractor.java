package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds money, percentages and counted quantities: a numeral (see {@link AmountNumerals}) plus a
 * unit, with the qualifying words around it.
 *
 * <ul>
 *   <li>MONEY: {@code 45億ドル} → 4500000000 USD; {@code ¥1,000} → 1000 JPY; {@code 一万円} → 10000
 *       JPY; currency words from {@code currencies.tsv} (ISO 4217), symbols before the number ($,
 *       US$, ¥, €, £, ₩...). ペソ / クローネ / クローナ take the code of the country named within 60
 *       chars before them (フィリピンで2万ペソ → PHP), else MXN / NOK / SEK.
 *   <li>PERCENT (unit {@code %}): {@code 5%}, {@code 5パーセント}, {@code 3割} → 30, {@code 3割5分} → 35,
 *       {@code 16・6%} → 16.6 (newspaper decimal point).
 *   <li>QUANTITY (unit = the counter as written): {@code 4万5千人} → 45000 人, {@code 3台}, {@code
 *       5.5インチ}, {@code 3GB}, {@code 40℃} (°C). 10ポイント is a QUANTITY with unit ポイント.
 *   <li>mod: {@code 約45億ドル} APPROX, {@code 5000億ドル超} MORE_THAN, {@code 3兆円以上} EQUAL_OR_MORE,
 *       {@code 150円台} APPROX (see {@link AmountModifiers}); the span covers these words. Comparing
 *       predicates ({@code 3%を上回る} MORE_THAN, {@code 5%を下回った} LESS_THAN) set the mod but the
 *       verb phrase stays out of the span.
 *   <li>ranges: {@code 3〜5億円}, {@code 3億〜5億円}, {@code 3億円〜5億円}, {@code 3から5億円},
 *       {@code 3万円から5万円} are one mention, value = low end, {@code extra.max} = high end, both
 *       fully scaled (the scale of the high end applies to a bare low end: 3〜5億 → 3億). Not a
 *       range: {@code 3億円から5億円に増えた} (a change: two amounts; but ...に上る / 達する is a
 *       range), a high end not above the low end (2013-14シーズン). A minus sign belongs to the low
 *       end (-10℃〜55℃).
 *   <li>vague: {@code 数十億円} → value 1000000000, extra.max 9000000000, mod APPROX (数 = 1..9).
 *   <li>negative: {@code ▲5億円}, {@code △2億円}, {@code マイナス3%}, {@code -3%} → a negative value;
 *       the sign is in the span.
 *   <li>rates: the "per" part goes to {@code extra.per} and stays out of the span: {@code
 *       1人あたり10万円} → 100000 JPY per 人 (the 1人 is no mention); {@code 10万人当たり3人} → per
 *       100000人; {@code 月額3万円} / {@code 月8万円} → per 月; {@code 時速100キロ} → per 時間.
 *       After a slash too: {@code 3980円/月} → per 月, {@code 5000円/人} → per 人.
 *   <li>{@code 12セント} → 0.12 USD.
 * </ul>
 *
 * <p>Never an amount: numbers of dates, times and durations (2024年, 6月, 10年間, 5時), ordinals
 * and ranks (第3, 3位, 1等, 2号機, 16か国目, 2度目), model sizes (55V型, 42型), 一円 after a place
 * (関東一円: the whole area), ドル inside a word (アイドル), 円高 / 円安 / 円滑 (one token), numbers
 * glued to ASCII words (iPhone5, SH-01D) or inside URLs, phone numbers and codes (03-1234-5678,
 * 0120), kanji idioms (今一度, 一歩, 十人十色, 一人一人) and kanji numerals inside names (三橋玲子).
 *
 * <p>Known weaknesses: fractions (3分の1) are not read; counters Kuromoji does not tag as 助数詞
 * and that are not in {@link CounterWords} are missed; 一つ (one token) is not read; a rate
 * with no marker (1泊2万円) has no per; 1ドル50セント is two amounts; a bare
 * ペソ far from a country name is MXN; STUDIO 4℃ (a name) reads as 4 °C.
 */
public final class AmountExtractor implements NumeralExtractor {

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal CENT = new BigDecimal("0.01");

  /** A unit after a number. */
  private record Unit(String subtype, String code, int end, BigDecimal percentFactor, BigDecimal add) {}

  /** True for 1.000 .. 999.999: the shape {@code [1-9][0-9]{0,2}\\.[0-9]{3}}. */
  private static boolean thousandsWithPoint(String t) {
    int dot = t.indexOf('.');
    if (dot < 1 || dot > 3 || t.length() != dot + 4 || t.charAt(0) == '0') {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (k != dot && !AmountNumerals.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<Mention> extract(AnalyzedText text, ExtractionContext context) {
    return extract(text, context, AmountNumerals.find(text));
  }

  @Override
  public List<Mention> extract(
      AnalyzedText text, ExtractionContext context, List<AmountNumerals.Numeral> numerals) {
    return AmountNumerals.readEach(text, numerals, this::read);
  }


  private AmountNumerals.Read read(AnalyzedText text, List<AmountNumerals.Numeral> numerals, AmountNumerals.Numeral num) {
    String s = text.normalized();
    int start = num.start();
    if (start > 0 && s.charAt(start - 1) == '第' || isCodeOrPhone(s, num)) {
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
        if (high.compareTo(scale(low, unit)) <= 0) {
          return null; // 2013-14シーズン: a high end below the low end is no range
        }
      } else {
        // a range with the unit on both ends: 3億円〜5億円, 3万円から5万円 (but 3億円から5億円に: a change)
        AmountNumerals.Numeral hi = rangeHigh(s, numerals, unit.end(), true);
        Unit u2 = hi == null || high != null || hi.vague() ? null : unitAt(text, hi.end());
        if (u2 != null && u2.code().equals(unit.code()) && !isChange(s, unit.end(), u2.end())
            && hi.low().compareTo(low) > 0) {
          high = scale(hi.low(), u2);
          unit = new Unit(unit.subtype(), unit.code(), u2.end(), unit.percentFactor(), unit.add());
        }
      }
      if (isOrdinal(s, unit.end()) || isWholeArea(text, num, unit) || perMarkerAt(s, unit.end()) > 0
          || IDIOMS.contains(s.substring(num.start(), unit.end())) || isInName(text, num, unit.end())
          || isYuanCompound(text, num, unit)) {
        return null; // 16か国目; 関東一円; the 1人 of 1人あたり
      }
      if (num.text().equals("一") && s.startsWith("一人", num.start())
          && (s.startsWith("一人一人", num.start()) || s.startsWith("一人ひとり", num.start())
              || s.startsWith("一人", num.start() - 2))
          || startsWithAny(s, num.start(), IDIOM_PHRASES)) {
        return null; // 一人一人 (each one), 一人でも多く (as many as possible)
      }
      int point = nakaguroPoint(s, num, unit);
      if (point >= 0) {
        low = new BigDecimal(s.substring(point, num.start() - 1) + "." + num.text());
        start = point; // 16・6%: a newspaper's decimal point
      }
      if ("JPY".equals(unit.code()) && thousandsWithPoint(num.text())) {
        low = new BigDecimal(num.text().replace(".", "")); // 7.980円: a price with a European separator
      }
      subtype = unit.subtype();
      code = unit.code();
      end = unit.end();
      low = scale(low, unit);
      if (num.vague()) {
        high = scale(high, unit);
      }
    }

    if ("MONEY".equals(subtype) && end < s.length() && s.charAt(end) == '台' && text.isTokenStart(end)
        && text.isTokenEnd(end + 1)) {
      end++; // 150円台, 1万円台: somewhere in that band
      mod = mod == null ? "APPROX" : mod;
    }
    AmountModifiers.Found after = AmountModifiers.after(text, end);
    if (after == null && end < s.length() && s.charAt(end) == '位' && text.isTokenEnd(end + 1)) {
      after = new AmountModifiers.Found(end + 1, "APPROX"); // 3人位 (くらい); 3位 alone is a rank
    }
    if (after == null) {
      after = AmountModifiers.predicate(text, end);
    }
    if (after != null) {
      end = after.edge();
      mod = after.mod();
    }
    int sign = signBefore(text, start);
    if (sign >= 0) {
      start = sign;
      if (num.vague()) {
        BigDecimal negLow = high.negate(); // マイナス数十%: -90..-10
        high = low.negate();
        low = negLow;
      } else {
        low = low.negate(); // the sign is the low end's: -10℃〜55℃
      }
    }
    AmountModifiers.Found before = AmountModifiers.before(text, start);
    if (before != null) {
      start = before.edge();
      if (mod == null || "APPROX".equals(mod)) {
        mod = before.mod();
      }
    }
    String per = perBefore(text, numerals, start);
    if (per == null) {
      per = perAfter(s, end);
    }
    int os = text.originalStart(start);
    int oe = text.originalEnd(end);
    Map<String, String> extra = new TreeMap<>();
    if (high != null) {
      extra.put("max", JapaneseNumbers.plain(high));
    }
    if (per != null) {
      extra.put("per", per);
    }
    Mention m =
        new Mention(
            MentionType.AMOUNT, subtype, os, oe, text.original().substring(os, oe),
            JapaneseNumbers.plain(low), code, null, mod, null, extra);
    return new AmountNumerals.Read(m, end);
  }

  /**
   * Phone numbers, part numbers and codes: a numeral with a leading zero (03, 0120), one glued
   * by a hyphen to a letter or digit before it (SH-01D, the 5678 of 1234-5678), or one followed by
   * two hyphenated digit groups (03-1234-5678, 2024-06-13).
   */
  private static boolean isCodeOrPhone(String s, AmountNumerals.Numeral num) {
    String t = num.text();
    if (t.length() > 1 && t.charAt(0) == '0' && AmountNumerals.isDigit(t.charAt(1))) {
      return true;
    }
    int b = num.start();
    if (b > 1 && s.charAt(b - 1) == '-' && AmountNumerals.isAsciiWordChar(s.charAt(b - 2))) {
      return true;
    }
    int e = num.end();
    int hyphens = 0;
    while (e < s.length() && s.charAt(e) == '-' && e + 1 < s.length() && AmountNumerals.isDigit(s.charAt(e + 1))) {
      hyphens++;
      e++;
      while (e < s.length() && AmountNumerals.isDigit(s.charAt(e))) {
        e++;
      }
    }
    return hyphens >= 2;
  }

  /**
   * 16・6% (newspaper style for 16.6%): where the integer digits before the ・ start, or -1. Only
   * for percentages, since 1・2号機 and 3・4月 are lists.
   */
  private static int nakaguroPoint(String s, AmountNumerals.Numeral num, Unit unit) {
    int b = num.start();
    if (!"%".equals(unit.code()) || num.high() != null || b < 2 || s.charAt(b - 1) != '・'
        || !num.text().chars().allMatch(AmountNumerals::isDigit)) {
      return -1;
    }
    int i = b - 1;
    while (i > 0 && AmountNumerals.isDigit(s.charAt(i - 1))) {
      i--;
    }
    boolean glued = i > 0 && (AmountNumerals.isAsciiWordChar(s.charAt(i - 1)) || s.charAt(i - 1) == '・');
    return i == b - 1 || glued ? -1 : i;
  }

  /** X円からY円に / へ: a change from one amount to another, not a range. */
  private static boolean isChange(String s, int lowUnitEnd, int highEnd) {
    if (!s.startsWith("から", lowUnitEnd)) {
      return false;
    }
    if (highEnd >= s.length() || (s.charAt(highEnd) != 'に' && s.charAt(highEnd) != 'へ')) {
      return false;
    }
    for (String reach : REACH) {
      if (s.startsWith(reach, highEnd + 1)) {
        return false; // 3億円から5億円に上る: the range reaches that far
      }
    }
    return true;
  }

  /** Verbs after X円からY円に that keep it a range (amounting to), not a change. */
  private static final String[] REACH = {"上る", "上っ", "上り", "のぼ", "達す", "達し", "及ぶ", "及ん", "及び"};

  /** Where a minus sign before {@code start} begins (▲5億円, △3%, マイナス3%, -3%), or -1. */
  private static int signBefore(AnalyzedText text, int start) {
    String s = text.normalized();
    if (start >= 4 && s.startsWith("マイナス", start - 4) && text.isTokenStart(start - 4)) {
      return start - 4;
    }
    if (start == 0) {
      return -1;
    }
    char c = s.charAt(start - 1);
    if (c == '▲' || c == '△') {
      return start - 1;
    }
    if (c == '-' || c == '\u2212') {
      char p = start >= 2 ? s.charAt(start - 2) : ' ';
      boolean glued = AmountNumerals.isAsciiWordChar(p) || p == '-' || p == '/' || p == '〜' || p == '~'
          || p == '.' || JapaneseNumbers.isKanjiNumeralChar(p);
      return glued ? -1 : start - 1;
    }
    return -1;
  }

  private static final String[] PER_MARKERS = {"あたり", "当たり", "当り", "につき"};

  /** The length of the per marker (あたり, 当たり, につき) at {@code pos}, or 0. */
  private static int perMarkerAt(String s, int pos) {
    for (String w : PER_MARKERS) {
      if (s.startsWith(w, pos)) {
        return w.length();
      }
    }
    return 0;
  }

  /** Words before an amount that make it a rate: 月額3万円 is per 月, 時速100キロ per 時間. */
  private static final String[][] PER_PREFIXES = {
    {"月額", "月"}, {"年額", "年"}, {"日額", "日"}, {"月給", "月"}, {"月収", "月"}, {"年収", "年"},
    {"年俸", "年"}, {"時給", "時間"}, {"日給", "日"}, {"週給", "週"}, {"時速", "時間"}, {"秒速", "秒"},
    {"分速", "分"}, {"毎時", "時間"}, {"毎秒", "秒"}, {"毎分", "分"}, {"月々", "月"}, {"年率", "年"},
    {"月間", "月"}, {"年間", "年"}, {"毎月", "月"}, {"毎年", "年"}, {"毎日", "日"}, {"毎週", "週"},
    {"月", "月"}, {"年", "年"}, {"週", "週"},
  };

  /**
   * The "per" part before an amount starting at {@code start}: 月額 → 月, 時速 → 時間, 1人あたり →
   * 人, 10万人当たり → 100000人, 1ドル当たり → USD; null when there is none.
   */
  private static String perBefore(AnalyzedText text, List<AmountNumerals.Numeral> numerals, int start) {
    String s = text.normalized();
    for (String[] p : PER_PREFIXES) {
      int b = start - p[0].length();
      if (b >= 0 && s.startsWith(p[0], b) && text.isTokenStart(b) && (b == 0 || !AmountNumerals.isDigit(s.charAt(b - 1))
          && !JapaneseNumbers.isKanjiNumeralChar(s.charAt(b - 1)))) {
        return p[1];
      }
    }
    int q = start;
    if (q > 0 && (s.charAt(q - 1) == '、' || s.charAt(q - 1) == ' ')) {
      q--;
    }
    for (String w : PER_MARKERS) {
      int mb = q - w.length();
      if (mb > 0 && s.startsWith(w, mb)) {
        return denominator(text, numerals, mb);
      }
    }
    return null;
  }

  /** 3万円/月, 5000円/人: the unit after a slash (kept out of the span), or null. */
  private static String perAfter(String s, int end) {
    if (end + 1 >= s.length() || s.charAt(end) != '/') {
      return null;
    }
    for (String w : new String[] {"時間", "月", "年", "日", "週", "人", "回", "台", "個", "本", "枚", "泊", "件"}) {
      int e = end + 1 + w.length();
      if (!s.startsWith(w, end + 1)) {
        continue;
      }
      char c = e < s.length() ? s.charAt(e) : ' ';
      boolean wordGoesOn = Character.isIdeographic(c) || (c >= 'ァ' && c <= 'ヺ') || AmountNumerals.isAsciiWordChar(c);
      if (!wordGoesOn || c == '々' || c == '額') {
        return w; // 3万円/月, /月々, /月額; not /月曜
      }
    }
    return null;
  }

  /** 1人 → 人, 10万人 → 100000人, 1日 → 日, 1ドル → USD: the counted thing ending at {@code end}. */
  private static String denominator(AnalyzedText text, List<AmountNumerals.Numeral> numerals, int end) {
    String s = text.normalized();
    AmountNumerals.Numeral num = null;
    for (AmountNumerals.Numeral n : numerals) {
      if (n.end() >= end) {
        break;
      }
      num = n;
    }
    if (num == null || num.vague() || end - num.end() > 6) {
      return null;
    }
    String counter = s.substring(num.end(), end);
    Currencies.Entry cur = Currencies.wordAt(s, num.end());
    if (cur != null && cur.word().length() == counter.length()) {
      counter = Currencies.code(cur, s, num.end());
    } else {
      Token t = AmountNumerals.tokenAt(text, num.end());
      boolean counterToken = t != null && t.start() == num.end() && t.end() == end && t.is("名詞-接尾");
      if (!counterToken && !counter.equals(CounterWords.extraAt(s, num.end()))
          && !counter.equals(CounterWords.asciiAt(s, num.end()))) {
        return null;
      }
    }
    return num.low().compareTo(BigDecimal.ONE) == 0 ? counter : JapaneseNumbers.plain(num.low()) + counter;
  }

  /**
   * Kanji numeral + counter words that are idioms, not counts: 今一度 / 一度に (once more, at
   * once), 一歩 (a step forward), 十人十色, 一面, 一色...
   */
  private static final Set<String> IDIOMS =
      Set.of("一度", "一歩", "十色", "一面", "一色", "一杯", "一段", "一層", "一手", "一線", "一口", "一言",
          "一役", "一環", "一員", "一筋", "一丸", "一家", "一重", "二重", "一通り", "一人前", "一列", "一発",
          "一区", "百合", "一振り", "一回り", "二転", "三転", "一辺", "四柱", "二子", "一脚", "一行", "三役",
          "一倍", "二乗", "三乗", "二言");

  /** Longer idioms starting with a kanji numeral + counter: 一人でも多く, 一本勝ち, 一本化. */
  private static final String[] IDIOM_PHRASES = {"一人でも多く", "一本負け", "一本勝ち", "一本化", "一人っ子"};

  private static boolean startsWithAny(String s, int at, String[] words) {
    for (String w : words) {
      if (s.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /** 三元豚, 二元論: a kanji numeral + 元 glued to a following noun is a word, not yuan. */
  private static boolean isYuanCompound(AnalyzedText text, AmountNumerals.Numeral num, Unit unit) {
    if (!"CNY".equals(unit.code()) || num.text().chars().anyMatch(AmountNumerals::isDigit)
        || !text.normalized().startsWith("元", unit.end() - 1)) {
      return false;
    }
    Token next = AmountNumerals.tokenAt(text, unit.end());
    return next != null && next.start() == unit.end() && next.is("名詞") && !next.is("名詞-接尾")
        && !next.is("名詞-数");
  }

  /** 三橋玲子, 小堺一機: a kanji numeral + counter glued to a person's name is part of the name. */
  private static boolean isInName(AnalyzedText text, AmountNumerals.Numeral num, int unitEnd) {
    for (int i = 0; i < num.text().length(); i++) {
      if (AmountNumerals.isDigit(num.text().charAt(i))) {
        return false;
      }
    }
    Token prev = num.start() > 0 ? AmountNumerals.tokenAt(text, num.start() - 1) : null;
    Token next = AmountNumerals.tokenAt(text, unitEnd);
    return prev != null && prev.is("名詞-固有名詞-人名") || next != null && next.start() == unitEnd && (next.is("名詞-固有名詞-人名") || next.is("名詞-接尾-人名"));
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
    if (pos + 1 < s.length() && s.charAt(pos) == ' ' && (s.charAt(pos + 1) == '〜' || s.charAt(pos + 1) == '~')) {
      next = pos + 2; // -10℃ 〜 55℃: spaces around a wave dash
      if (next < s.length() && s.charAt(next) == ' ') {
        next++;
      }
      pos++;
    } else if (pos < s.length() && (s.charAt(pos) == '〜' || s.charAt(pos) == '~' || s.charAt(pos) == '-'
        || s.charAt(pos) == '－' || s.charAt(pos) == '–')) {
      next = pos + 1;
      if (s.charAt(pos) != '-' && next < s.length() && s.charAt(next) == ' ') {
        next++;
      }
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
    if (s.startsWith("セント", p) && text.isTokenStart(p) && text.isTokenEnd(p + 3)) {
      return new Unit("MONEY", "USD", p + 3, CENT, BigDecimal.ZERO); // 12セント = 0.12 USD
    }
    Currencies.Entry cur = Currencies.wordAt(s, p);
    if (cur != null && text.isTokenStart(p) && text.isTokenEnd(p + cur.word().length())) {
      return new Unit("MONEY", Currencies.code(cur, s, p), p + cur.word().length(), null, null);
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
