package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds lengths of time and writes them as ISO 8601 durations (subtype null).
 *
 * <ul>
 *   <li>always durations: N年間 → PnY, Nか月 / ヶ月 / カ月 / ヵ月 / ケ月 / 箇月 (+間) → PnM, N週間 / N週 →
 *       PnW, N日間 → PnD, N時間 → PTnH, N分間 → PTnM, N秒(間) → PTnS, N年来 → PnY, 半年 → P6M,
 *       半世紀 → P50Y, 四半世紀 → P25Y.
 *   <li>半 after the unit adds half of it: 1年半 → P1Y6M, 1時間半 → PT1H30M, 1か月半 → P1M15D.
 *   <li>compounds: 2年3か月 → P2Y3M, 1時間30分 → PT1H30M, 1分30秒 → PT1M30S.
 *   <li>bare N年, N日, N分 are dates or clock times unless something marks a length: a modifier
 *       (約2年, 10年以上, 3日以内, 30分ほど), a following ぶり / 連続 / 越し / にわたり / かけて / がかり,
 *       半 or a compound, or a vague numeral (数年). N年 also needs N &lt; 100 and no era before it
 *       (平成23年以上 is no duration); N分 right after 時 or 割 is a clock time or a percentage.
 *   <li>ぶり, 連続, 越し, 来 are part of the span but set no mod: 10年ぶり → P10Y.
 *   <li>vague: X for the digits 数 leaves open, mod APPROX, extra min / max: 数年(間) → PXY
 *       {min=P1Y, max=P9Y}, 十数年 → P1XY, 数十年 → PX0Y, 数か月 → PXM, 数時間 → PTXH.
 *   <li>ranges: 2〜3年間 → P2Y, extra max P3Y.
 *   <li>anniversaries are lengths since an event: 創業50年, 生誕100年, 戦後70年 → P50Y ...,
 *       N周年 → PnY, with extra {anniversary=true}; the 100-year limit of bare N年 does not apply.
 *   <li>mods from {@link AmountModifiers}: 約 / およそ / ほど / 近く / 前後 / 程度 → APPROX, 超 / 余 →
 *       MORE_THAN, 以上 → EQUAL_OR_MORE (inclusive), 以内 / 以下 → EQUAL_OR_LESS, 未満 / 弱 → LESS_THAN.
 * </ul>
 *
 * <p>Not durations: ordinals (3年目, 2週目, 第2週), frequencies (1日1回, 1ヶ月に1度), N世紀 (a
 * century is a date), points in time (10年前, 3日後, 数年前, 2週間後: the date extractor reads
 * the ones with a number), fractions (3分の1), clock times (15時30分, 午後3時), the 1日 of a
 * daily rate (1日4時間 → PT4H only).
 *
 * <p>Known weaknesses: 半日, 半月 and kanji-only fractions are not read; 10年 alone (P10Y in
 * "10年で倍増") is missed, by design, because it is as often the year 2010; a rate such as
 * 1ヵ月に20万円 still yields P1M.
 */
public final class DurationExtractor implements NumeralExtractor {

  /** Fields of a duration, in ISO order. */
  private enum Field {
    Y, MO, W, D, H, MI, S
  }

  /** A unit word: the field it fills and whether it marks a length by itself. */
  private record Unit(String word, Field field, boolean alwaysDuration) {}

  private static final List<Unit> UNITS =
      List.of(
          new Unit("ヶ月間", Field.MO, true), new Unit("か月間", Field.MO, true),
          new Unit("カ月間", Field.MO, true), new Unit("ヵ月間", Field.MO, true),
          new Unit("ケ月間", Field.MO, true), new Unit("箇月間", Field.MO, true),
          new Unit("ヶ月", Field.MO, true), new Unit("か月", Field.MO, true),
          new Unit("カ月", Field.MO, true), new Unit("ヵ月", Field.MO, true),
          new Unit("ケ月", Field.MO, true), new Unit("箇月", Field.MO, true),
          new Unit("年間", Field.Y, true), new Unit("年来", Field.Y, true),
          new Unit("週間", Field.W, true), new Unit("日間", Field.D, true),
          new Unit("時間", Field.H, true), new Unit("分間", Field.MI, true),
          new Unit("秒間", Field.S, true), new Unit("周年", Field.Y, true), new Unit("年", Field.Y, false),
          new Unit("週", Field.W, true), new Unit("日", Field.D, false),
          new Unit("分", Field.MI, false), new Unit("秒", Field.S, true));

  /** Words after a bare N年 / N日 / N分 that make it a length; included in the span. */
  private static final List<String> BOUND_MARKERS = List.of("ぶり", "振り", "連続", "越し");

  /** Words after a bare unit that make it a length; not part of the span. */
  private static final List<String> FREE_MARKERS =
      List.of("にわたり", "にわたって", "にわたる", "に渡り", "に渡って", "かけて", "がかり", "も続", "が経", "が過ぎ");

  /** Events whose anniversary N年 counts the years since (創業50年, 生誕100年): a length. */
  private static final List<String> ANNIVERSARY_EVENTS =
      List.of("生誕", "創業", "創立", "設立", "結成", "開業", "開園", "開館", "開校", "創刊", "誕生", "没後",
          "戦後", "建国", "結婚", "デビュー", "発売", "放送開始", "発足", "開局", "開港", "入社", "独立");

  private static final List<String> ERAS = List.of("平成", "昭和", "令和", "大正", "明治", "西暦", "同");

  /** Fixed words: 四半世紀 before 半世紀 so the longer wins. */
  private static final String[][] WORDS = {
    {"四半世紀", "P25Y"}, {"半世紀", "P50Y"}, {"半年間", "P6M"}, {"半年", "P6M"},
  };

  @Override
  public List<Mention> extract(AnalyzedText text, ExtractionContext context) {
    return extract(text, context, AmountNumerals.find(text));
  }

  @Override
  public List<Mention> extract(
      AnalyzedText text, ExtractionContext context, List<AmountNumerals.Numeral> numerals) {
    List<Mention> out = new ArrayList<>(AmountNumerals.readEach(text, numerals, this::read));
    words(text, out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** One component read: number × unit (+ 半). */
  private record Part(Field field, BigDecimal value, BigDecimal high, int end, boolean marked, boolean more) {}

  private AmountNumerals.Read read(AnalyzedText text, List<AmountNumerals.Numeral> numerals, AmountNumerals.Numeral num) {
    String s = text.normalized();
    if (num.start() > 0 && s.charAt(num.start() - 1) == '第') {
      return null;
    }
    BigDecimal[] low = new BigDecimal[Field.values().length];
    BigDecimal[] high = null;
    Part first = part(text, numerals, num, num.end());
    BigDecimal rangeHigh = null;
    if (first == null) {
      AmountNumerals.Numeral hi = rangeHigh(s, numerals, num.end());
      if (hi == null || hi.vague()) {
        return null;
      }
      first = part(text, numerals, hi, hi.end());
      if (first == null) {
        return null;
      }
      rangeHigh = first.value();
      BigDecimal lowValue = num.low();
      if (num.unitless() && !hi.unitless()) {
        BigDecimal scaled = JapaneseNumbers.parse(num.text() + hi.scaleSuffix());
        lowValue = scaled == null ? lowValue : scaled;
      }
      first = new Part(first.field(), lowValue, null, first.end(), first.marked(), first.more());
    }
    boolean anniversary = rangeHigh == null && !num.vague() && first.field() == Field.Y
        && (s.startsWith("周年", num.end()) || anniversaryBefore(s, num.start()));
    if (!anniversary && !plausible(text, num, first)) {
      return null;
    }
    add(low, first.field(), first.value());
    boolean marked = first.marked() || num.vague() || rangeHigh != null && first.field() != Field.D || anniversary;
    String mod = num.vague() ? "APPROX" : first.more() ? "MORE_THAN" : null;
    int end = first.end();
    Field last = first.field();
    if (num.vague()) {
      high = new BigDecimal[Field.values().length];
      add(high, first.field(), first.high());
    } else if (rangeHigh != null) {
      high = new BigDecimal[Field.values().length];
      add(high, first.field(), rangeHigh);
    }
    if (first.field() == Field.MI && first.end() == num.end() + 1 && first.end() < s.length()
        && s.charAt(first.end()) == 'の') {
      return null; // 3分の1, 数億分の一: a fraction
    }
    if (first.field() == Field.D && !first.marked() && num.low().compareTo(BigDecimal.ONE) == 0
        && AmountNumerals.startingAt(numerals, first.end()) != null) {
      return null; // 1日4時間: a daily rate; the hours are read on their own
    }
    // compounds: 2年3か月, 1時間30分
    while (high == null) {
      AmountNumerals.Numeral next = AmountNumerals.startingAt(numerals, end);
      if (next == null || next.vague()) {
        break;
      }
      Part p = part(text, numerals, next, next.end());
      if (p == null || p.field().ordinal() <= last.ordinal()) {
        break;
      }
      add(low, p.field(), p.value());
      end = p.end();
      last = p.field();
      marked = true;
    }
    if (end < s.length() && s.charAt(end) == '目') {
      return null; // 3年目: an ordinal
    }
    if (end < s.length() && (s.charAt(end) == '前' || s.charAt(end) == '後')
        && !s.startsWith("前後", end) && !s.startsWith("後半", end) && !s.startsWith("前半", end)) {
      return null; // 数年前, 3日後: a point in time, not a length
    }
    AmountNumerals.Numeral per =
        AmountNumerals.startingAt(numerals, end < s.length() && s.charAt(end) == 'に' ? end + 1 : end);
    if (per != null && (s.startsWith("回", per.end()) || s.startsWith("度", per.end()))) {
      return null; // 1日1回: a frequency
    }
    AmountModifiers.Found after = AmountModifiers.after(text, end);
    if (after != null) {
      end = after.edge();
      mod = after.mod();
      marked = true;
    }
    for (String w : BOUND_MARKERS) {
      if (s.startsWith(w, end)) {
        end += w.length();
        marked = true;
        break;
      }
    }
    for (String w : FREE_MARKERS) {
      if (s.startsWith(w, end)) {
        marked = true;
      }
    }
    int start = num.start();
    AmountModifiers.Found before = AmountModifiers.before(text, start);
    if (before != null) {
      start = before.edge();
      marked = true;
      if (mod == null || "APPROX".equals(mod)) {
        mod = before.mod();
      }
    }
    if (!marked) {
      return null;
    }
    int os = text.originalStart(start);
    int oe = text.originalEnd(end);
    Map<String, String> extra =
        high == null
            ? anniversary ? Map.of("anniversary", "true") : Map.of()
            : num.vague() ? Map.of("min", iso(low), "max", iso(high)) : Map.of("max", iso(high));
    String value = num.vague() ? vagueIso(low, high) : iso(low);
    Mention m =
        new Mention(
            MentionType.DURATION, null, os, oe, text.original().substring(os, oe), value, null,
            null, mod, null, extra);
    return new AmountNumerals.Read(m, end);
  }

  /** 創業50年, 生誕 100年: an event word right before the numeral. */
  private static boolean anniversaryBefore(String s, int start) {
    int p = start > 0 && (s.charAt(start - 1) == ' ' || s.charAt(start - 1) == '\u3000') ? start - 1 : start;
    for (String w : ANNIVERSARY_EVENTS) {
      if (p >= w.length() && s.startsWith(w, p - w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A vague duration with X for the digits 数 leaves open: 数年 (P1Y..P9Y) → PXY, 十数年 → P1XY,
   * 数十年 → PX0Y, 数か月 → PXM.
   */
  static String vagueIso(BigDecimal[] low, BigDecimal[] high) {
    String lo = iso(low);
    String hi = iso(high);
    if (lo.length() != hi.length()) {
      return lo;
    }
    StringBuilder sb = new StringBuilder(lo.length());
    for (int k = 0; k < lo.length(); k++) {
      sb.append(lo.charAt(k) == hi.charAt(k) ? lo.charAt(k) : 'X');
    }
    return sb.toString();
  }

  /** The unit (and 半) after a numeral, or null. */
  private static Part part(
      AnalyzedText text, List<AmountNumerals.Numeral> numerals, AmountNumerals.Numeral num, int pos) {
    String s = text.normalized();
    boolean more = false;
    if (pos < s.length() && s.charAt(pos) == '余') {
      more = true;
      pos++;
    }
    for (Unit u : UNITS) {
      if (!s.startsWith(u.word(), pos) || !text.isTokenStart(pos)) {
        continue;
      }
      int end = pos + u.word().length();
      BigDecimal v = num.low();
      BigDecimal h = num.high();
      boolean marked = u.alwaysDuration() || more;
      if (u.word().endsWith("間") && end < s.length() && s.charAt(end) == '隔') {
        end--; // 15分間隔: the 間 belongs to 間隔
        marked = true;
      }
      if (end < s.length() && s.charAt(end) == '半' && text.isTokenEnd(end + 1)) {
        end++;
        marked = true;
        v = v.add(new BigDecimal("0.5"));
        h = h == null ? null : h.add(new BigDecimal("0.5"));
      }
      return new Part(u.field(), v, h, end, marked, more);
    }
    return null;
  }

  /** Bare 年 needs N &lt; 100 and no era before it; bare 分 not after 時 or 割. */
  private static boolean plausible(AnalyzedText text, AmountNumerals.Numeral num, Part p) {
    String s = text.normalized();
    if (p.field() == Field.Y) {
      if (num.low().compareTo(BigDecimal.valueOf(100)) >= 0 && !num.vague()) {
        return false;
      }
      for (String era : ERAS) {
        if (s.startsWith(era, num.start() - era.length()) && num.start() >= era.length()) {
          return false;
        }
      }
    }
    if (p.field() == Field.S && num.start() > 0 && s.charAt(num.start() - 1) == '分') {
      int m = num.start() - 1;
      while (m > 0 && AmountNumerals.isDigit(s.charAt(m - 1))) {
        m--;
      }
      if (m > 0 && s.charAt(m - 1) == '時') {
        return false; // 23時59分59秒: a clock time
      }
    }
    if (p.field() == Field.MI && !p.marked() && num.start() > 0) {
      char c = s.charAt(num.start() - 1);
      return c != '時' && c != '割';
    }
    return true;
  }

  private static AmountNumerals.Numeral rangeHigh(String s, List<AmountNumerals.Numeral> numerals, int pos) {
    if (pos < s.length() && (s.charAt(pos) == '〜' || s.charAt(pos) == '~')) {
      return AmountNumerals.startingAt(numerals, pos + 1);
    }
    return null;
  }

  private static void add(BigDecimal[] fields, Field f, BigDecimal v) {
    if (v == null) {
      return;
    }
    // a half unit spills into the next field: 1.5年 stays P1.5Y, 1年半 is P1Y6M
    fields[f.ordinal()] = fields[f.ordinal()] == null ? v : fields[f.ordinal()].add(v);
  }

  /** ISO 8601: P1Y6M, PT1H30M; a trailing .5 of 年/月/日/時間/分 written as the next unit. */
  static String iso(BigDecimal[] in) {
    BigDecimal[] f = in.clone();
    spill(f, Field.Y, Field.MO, 12);
    spill(f, Field.MO, Field.D, 30);
    spill(f, Field.D, Field.H, 24);
    spill(f, Field.H, Field.MI, 60);
    spill(f, Field.MI, Field.S, 60);
    boolean weeksAlone = true;
    for (Field x : Field.values()) {
      if (x != Field.W && f[x.ordinal()] != null) {
        weeksAlone = false;
      }
    }
    if (!weeksAlone && f[Field.W.ordinal()] != null) {
      BigDecimal days = f[Field.W.ordinal()].multiply(BigDecimal.valueOf(7));
      f[Field.D.ordinal()] = f[Field.D.ordinal()] == null ? days : f[Field.D.ordinal()].add(days);
      f[Field.W.ordinal()] = null;
    }
    StringBuilder sb = new StringBuilder("P");
    append(sb, f[Field.Y.ordinal()], 'Y');
    append(sb, f[Field.MO.ordinal()], 'M');
    append(sb, f[Field.W.ordinal()], 'W');
    append(sb, f[Field.D.ordinal()], 'D');
    if (f[Field.H.ordinal()] != null || f[Field.MI.ordinal()] != null || f[Field.S.ordinal()] != null) {
      sb.append('T');
      append(sb, f[Field.H.ordinal()], 'H');
      append(sb, f[Field.MI.ordinal()], 'M');
      append(sb, f[Field.S.ordinal()], 'S');
    }
    return sb.length() == 1 ? "P0D" : sb.toString();
  }

  /** Moves an exact half of {@code from} into {@code to}: 1.5 years → 1 year 6 months. */
  private static void spill(BigDecimal[] f, Field from, Field to, int per) {
    BigDecimal v = f[from.ordinal()];
    if (v == null || v.stripTrailingZeros().scale() != 1 || v.remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.5")) != 0) {
      return;
    }
    BigDecimal whole = v.subtract(new BigDecimal("0.5"));
    f[from.ordinal()] = whole.signum() == 0 ? null : whole;
    BigDecimal half = BigDecimal.valueOf(per / 2);
    f[to.ordinal()] = f[to.ordinal()] == null ? half : f[to.ordinal()].add(half);
  }

  private static void append(StringBuilder sb, BigDecimal v, char unit) {
    if (v != null) {
      sb.append(JapaneseNumbers.plain(v)).append(unit);
    }
  }

  /** 半年, 半世紀, 四半世紀 (no numeral). */
  private static void words(AnalyzedText text, List<Mention> out) {
    String s = text.normalized();
    for (int i = s.indexOf('半'); i >= 0; i = s.indexOf('半', i + 1)) {
      int b = i > 0 && s.charAt(i - 1) == '四' ? i - 1 : i;
      for (String[] w : WORDS) {
        if (!s.startsWith(w[0], b) || !text.isTokenStart(b)) {
          continue;
        }
        if (b > 0 && (AmountNumerals.isDigit(s.charAt(b - 1)) || JapaneseNumbers.isKanjiNumeralChar(s.charAt(b - 1)))) {
          break; // 1年半: read with its numeral
        }
        Token prev = b > 0 ? AmountNumerals.tokenAt(text, b - 1) : null;
        if (prev != null && (prev.surface().endsWith("上") || prev.surface().endsWith("下"))) {
          break; // 上半年
        }
        int start = b;
        int end = b + w[0].length();
        String mod = null;
        AmountModifiers.Found after = AmountModifiers.after(text, end);
        if (after != null) {
          end = after.edge();
          mod = after.mod();
        } else {
          for (String m : BOUND_MARKERS) {
            if (s.startsWith(m, end)) {
              end += m.length();
              break;
            }
          }
        }
        AmountModifiers.Found before = AmountModifiers.before(text, start);
        if (before != null) {
          start = before.edge();
          mod = mod == null || "APPROX".equals(mod) ? before.mod() : mod;
        }
        int os = text.originalStart(start);
        int oe = text.originalEnd(end);
        out.add(new Mention(MentionType.DURATION, null, os, oe, text.original().substring(os, oe),
            w[1], null, null, mod, null));
        i = end - 1;
        break;
      }
    }
  }
}
