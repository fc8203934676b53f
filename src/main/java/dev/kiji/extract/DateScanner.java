package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one date expression starting at a given char of a normalised text: a small hand-written
 * recursive-descent parser (no backtracking regexes), one instance per text.
 *
 * <p>Grammar, roughly (NUM = Arabic or kanji numeral, CONN = 〜 ~ - – — or から):
 *
 * <pre>
 * numeric   = YYYY SEP M SEP D [T time [zone]] [weekday]      SEP one of / . -, the same twice
 * eraShort  = (R|H|S|T|M) NUM . NUM . NUM
 * offset    = NUM (年|か月|週間|週|日) (前|後)                   3日前, 2年後
 * calendar  = [year] [month] [day] [weekday] [CONN calendar [まで]]
 * year      = (era (NUM|元) | YYYY | YY (only before a month) | 今年 | 昨年 | ... | 同年) 年
 *             [度 | 代 | 末 | 初め | 前半 | 後半 | 前後 ...]
 * month     = (NUM 月 | 今月 | 先月 | 来月 | 同月) [上旬 | 中旬 | 下旬 | 末 | 初め ...]
 * day       = NUM 日;  component ranges: YYYY CONN YY 年, M CONN M 月, D CONN D 日
 * words     = 今日 本日 昨日 明日 一昨日 明後日 同日 | 今週 先週 来週 | 年末 年初 月末 ...
 * </pre>
 *
 * <p>Missing parts are resolved against the reference date (see {@link DateExtractor}).
 */
final class DateScanner {

  /** One date expression: span in normalised chars, values and annotations. */
  record Found(
      int start,
      int end,
      DateValue value,
      DateValue endValue,
      String subtype,
      String mod,
      Map<String, String> extra,
      String time,
      boolean explicitYear) {

    Found(int start, int end, DateValue value, DateValue endValue, String subtype, String mod,
        Map<String, String> extra) {
      this(start, end, value, endValue, subtype, mod, extra, null, false);
    }
  }

  private static final String KANJI_NUMERALS = "〇一二三四五六七八九十百千";
  private static final java.util.BitSet KANJI_NUMERAL_SET = charSet(KANJI_NUMERALS);

  /** The chars of {@code chars} as a table, for tests at every char of a text. */
  static java.util.BitSet charSet(String chars) {
    java.util.BitSet b = new java.util.BitSet();
    chars.chars().forEach(b::set);
    return b;
  }

  private static boolean isKanjiNumeral(char c) {
    return KANJI_NUMERAL_SET.get(c);
  }
  private static final String CONNECTORS = "〜~-–—";
  private static final String WEEKDAYS = "月火水木金土日";

  /** Relative words: text, offset ("S" = the same as the previous date). */
  private static final String[][] YEAR_WORDS = {
    {"一昨年", "-2"}, {"再来年", "2"}, {"今年", "0"}, {"本年", "0"}, {"昨年", "-1"},
    {"去年", "-1"}, {"来年", "1"}, {"同年", "S"}, {"前年", "P-1"}, {"翌年", "P1"}, {"翌々年", "P2"}
  };
  private static final String[][] MONTH_WORDS = {
    {"先々月", "-2"}, {"再来月", "2"}, {"今月", "0"}, {"先月", "-1"}, {"来月", "1"}, {"同月", "S"},
    {"前月", "P-1"}, {"翌月", "P1"}
  };
  private static final String[][] DAY_WORDS = {
    {"一昨日", "-2"}, {"明後日", "2"}, {"今日", "0"}, {"本日", "0"}, {"昨日", "-1"},
    {"明日", "1"}, {"今朝", "0"}, {"昨夜", "-1"}, {"今夜", "0"}, {"今晩", "0"}, {"昨晩", "-1"},
    {"同日", "S"}, {"翌々日", "P2"}, {"前日", "P-1"}, {"翌日", "P1"}, {"当日", "P0"}
  };
  /** Seasons after a year (2024年春, 今年の夏) and 今春 / 昨秋 / 来冬...: spring = 1. */
  private static final String SEASON_CHARS = "春夏秋冬";
  /** Half years: text, half. */
  private static final String[][] HALVES = {{"上半期", "1"}, {"下半期", "2"}, {"上期", "1"}, {"下期", "2"}};
  /** Words before a time of day; the hours they add to 1..11 o'clock. */
  private static final String[][] TIME_PREFIXES = {
    {"午前", "0"}, {"午後", "12"}, {"夕方", "12"}, {"夜", "12"}, {"朝", "0"}, {"深夜", "N"}, {"未明", "0"}
  };
  /** What may not follow N時: 3時間, 2時限, 1時点, 4時代... */
  private static final String NOT_AFTER_HOUR = "間限点代差期給速半";
  private static final String[][] WEEK_WORDS = {
    {"先々週", "-2"}, {"再来週", "2"}, {"今週", "0"}, {"先週", "-1"}, {"来週", "1"}
  };
  /** Part-of-period suffixes after 年 or 月, longest first, and their mod. */
  private static final String[][] PERIOD_SUFFIXES = {
    {"上旬", "START"}, {"初旬", "START"}, {"中旬", "MID"}, {"下旬", "END"}, {"初め", "START"},
    {"始め", "START"}, {"初頭", "START"}, {"明け", "START"}, {"前半", "START"}, {"後半", "END"},
    {"半ば", "MID"}, {"末", "END"}, {"初", "START"}, {"始", "START"}, {"頭", "START"}
  };
  /** What may not follow a day written alone (13日間, 3日ぶり, 1日あたり...). */
  private static final String[] DAY_ALONE_STOPS = {
    "間", "前", "後", "ぶり", "振り", "目", "以内", "以上", "以下", "未満", "連", "おき", "置き", "ごと", "毎",
    "当", "あたり", "程", "ほど", "余", "弱", "強", "平均", "中", "分", "限", "足", "半", "くらい", "ぐらい",
    "位", "超", "近く", "遅", "早", "がかり", "掛かり", "かけ", "続", "たら", "で"
  };

  /** The dates mentioned last, for 同日 / 同月 / 同年. */
  static final class Memory {
    private DateValue year;
    private DateValue month;
    private DateValue day;
    private DateValue anchor;
    private int anchorEnd = -1;
    private int lastEnd = -10;

    /** Where the last date mention ended (normalised index). */
    void ended(int end) {
      lastEnd = end;
    }

    /** A date whose year was written out (2023年, 令和5年, 2023/6/13), ending at {@code end}. */
    void anchor(DateValue v, int end) {
      if (v.year() >= 0) {
        anchor = v;
        anchorEnd = end;
      }
    }

    void remember(DateValue v) {
      if (v.precision() == DateValue.Precision.WEEK || v.precision() == DateValue.Precision.DECADE
          || v.year() < 0) {
        return;
      }
      year = v;
      if (v.month() > 0) {
        month = v;
      }
      if (v.precision() == DateValue.Precision.DAY && v.day() > 0) {
        day = v;
      }
    }
  }

  private static final String[] DAY_ALONE_PREFIXES = {
    "週", "約", "計", "全", "各", "第", "数", "丸", "残り", "あと", "最", "うち", "毎", "・", "&", "＆"
  };
  private static final String[] ONE_DAY_FOLLOWERS = {
    "(", "、", ",", "付", "から", "より", "まで", "午", "夜", "朝", "未明", "夕", "深夜", "昼", "正午"
  };

  private final AnalyzedText text;
  private final String s;
  private final int n;
  private final LocalDate ref;
  private Memory memory = new Memory();

  DateScanner(AnalyzedText text, LocalDate referenceDate) {
    this.text = text;
    this.s = text.normalized();
    this.n = s.length();
    this.ref = referenceDate;
  }

  /** The date expression starting at normalised index {@code i}, or null. */
  Found scan(int i, Memory previous) {
    memory = previous;
    char c = s.charAt(i);
    if (s.startsWith("毎", Math.max(0, i - 1)) || s.startsWith("毎年", Math.max(0, i - 2))
        || s.startsWith("毎月", Math.max(0, i - 2)) || s.startsWith("毎週", Math.max(0, i - 2))) {
      return null; // recurring: 毎年6月, 毎月1日
    }
    if (isAsciiDigit(c)) {
      if (!asciiBoundaryBefore(i)) {
        return null;
      }
      Found f = numericDate(i);
      if (f == null) {
        f = slashMonthDay(i);
      }
      if (f == null) {
        f = offset(i);
      }
      if (f == null) {
        f = calendar(i, previous);
      }
      return f != null ? f : timeAlone(i);
    }
    if (c == 'R' || c == 'H' || c == 'S' || c == 'T' || c == 'M') {
      return asciiBoundaryBefore(i) ? eraShort(i) : null;
    }
    if (isKanjiNumeral(c) && !kanjiBoundaryBefore(i)) {
      return null;
    }
    Found f = isKanjiNumeral(c) ? offset(i) : null;
    if (f == null) {
      f = dayWord(i, previous);
    }
    if (f == null) {
      f = weekWord(i);
    }
    if (f == null) {
      f = barePeriodWord(i);
    }
    if (f == null) {
      f = seasonWord(i);
    }
    if (f == null) {
      f = weekend(i);
    }
    if (f == null) {
      f = calendar(i, previous);
    }
    return f != null ? f : timeAlone(i);
  }

  // ---------------------------------------------------------------- numeric forms

  /** 2024/06/13, 2024-06-13, 2024.6.13, 2012-03-09T09:00:00+0900. */
  private Found numericDate(int i) {
    int q = digitsEnd(i);
    if (q - i != 4 || q >= n || "/.-".indexOf(s.charAt(q)) < 0) {
      return null;
    }
    char sep = s.charAt(q);
    int year = Integer.parseInt(s.substring(i, q));
    int mEnd = digitsEnd(q + 1);
    if (mEnd - q - 1 < 1 || mEnd - q - 1 > 2 || mEnd >= n || s.charAt(mEnd) != sep) {
      return null;
    }
    int dEnd = digitsEnd(mEnd + 1);
    if (dEnd - mEnd - 1 < 1 || dEnd - mEnd - 1 > 2) {
      return null;
    }
    int month = Integer.parseInt(s.substring(q + 1, mEnd));
    int day = Integer.parseInt(s.substring(mEnd + 1, dEnd));
    if (year < 1900 || year > 2099 || !validDay(year, month, day)) {
      return null;
    }
    int end = dEnd;
    if (sep == '-' && end < n && s.charAt(end) == 'T') {
      end = timeEnd(end + 1);
      if (end < 0) {
        return null;
      }
    }
    if (!asciiBoundaryAfter(end)) {
      return null;
    }
    return explicit(withTime(withWeekday(i, end, DateValue.ofDay(year, month, day))));
  }

  /** 6/13(木): month/day without a year, only when a weekday confirms it. */
  private Found slashMonthDay(int i) {
    int q = digitsEnd(i);
    if (q - i > 2 || q >= n || s.charAt(q) != '/') {
      return null;
    }
    int dEnd = digitsEnd(q + 1);
    if (dEnd - q - 1 < 1 || dEnd - q - 1 > 2) {
      return null;
    }
    int[] wd = weekdayAt(dEnd);
    if (wd == null) {
      return null;
    }
    int month = Integer.parseInt(s.substring(i, q));
    int day = Integer.parseInt(s.substring(q + 1, dEnd));
    if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
      return null;
    }
    Cal c = new Cal(i);
    c.hasMonth = c.hasDay = true;
    c.month = month;
    c.day = day;
    c.weekday = wd[0];
    c.end = wd[1];
    DateValue v = resolve(c, null);
    return v == null ? null : found(c, v, null);
  }

  /** R6.6.13, H31.4.30. */
  private Found eraShort(int i) {
    Eras era = Eras.byLetter(s.charAt(i));
    int yEnd = digitsEnd(i + 1);
    if (era == null || yEnd - i - 1 < 1 || yEnd - i - 1 > 2 || !at(yEnd, '.')) {
      return null;
    }
    int mEnd = digitsEnd(yEnd + 1);
    if (mEnd - yEnd - 1 < 1 || mEnd - yEnd - 1 > 2 || !at(mEnd, '.')) {
      return null;
    }
    int dEnd = digitsEnd(mEnd + 1);
    if (dEnd - mEnd - 1 < 1 || dEnd - mEnd - 1 > 2 || !asciiBoundaryAfter(dEnd)) {
      return null;
    }
    int n0 = Integer.parseInt(s.substring(i + 1, yEnd));
    int month = Integer.parseInt(s.substring(yEnd + 1, mEnd));
    int day = Integer.parseInt(s.substring(mEnd + 1, dEnd));
    int year = era.toGregorian(n0);
    if (n0 < 1 || !validDay(year, month, day)) {
      return null;
    }
    return explicit(withTime(withWeekday(i, dEnd, DateValue.ofDay(year, month, day))));
  }

  private static Found explicit(Found f) {
    return new Found(f.start(), f.end(), f.value(), f.endValue(), f.subtype(), f.mod(), f.extra(), f.time(), true);
  }

  private Found withWeekday(int start, int end, DateValue v) {
    int[] wd = weekdayAt(end);
    Map<String, String> extra = new HashMap<>();
    if (wd != null) {
      end = wd[1];
      LocalDate d = v.toLocalDate();
      if (d != null && d.getDayOfWeek().getValue() != wd[0]) {
        extra.put("weekday_mismatch", "true");
      }
    }
    return new Found(start, end, v, null, null, null, extra);
  }

  // ---------------------------------------------------------------- relative words

  /** 3日前, 2年後, 三か月前, 1週間後. */
  private Found offset(int i) {
    Num num = number(i);
    if (num == null || num.value < 1 || num.value > 999) {
      return null;
    }
    if (i > 0 && Scripts.isHan(s.charAt(i - 1))
        && s.charAt(i - 1) != '約') {
      return null; // 入社3年後: counted from an event, not from the reference date
    }
    int q = num.end;
    ChronoUnit unit;
    int amount = num.value;
    if (at(q, '年')) {
      unit = ChronoUnit.YEARS;
      q += 1;
    } else if (at(q, '日')) {
      unit = ChronoUnit.DAYS;
      q += 1;
    } else if (s.startsWith("週間", q)) {
      unit = ChronoUnit.DAYS;
      amount *= 7;
      q += 2;
    } else if (at(q, '週')) {
      unit = ChronoUnit.DAYS;
      amount *= 7;
      q += 1;
    } else if (q + 1 < n && "かカヶケヵ箇".indexOf(s.charAt(q)) >= 0 && s.charAt(q + 1) == '月') {
      unit = ChronoUnit.MONTHS;
      q += 2;
    } else {
      return null;
    }
    int sign;
    if (at(q, '前') && !at(q + 1, '後') && !at(q + 1, '半') && !at(q + 1, '倒')) {
      sign = -1;
    } else if (at(q, '後') && !at(q + 1, '半')) {
      sign = 1;
    } else {
      return null;
    }
    int end = q + 1;
    LocalDate base = ref;
    if (i >= 2 && s.startsWith("その", i - 2)) { // その3日前: counted from the date mentioned last
      DateValue prev =
          unit == ChronoUnit.YEARS ? memory.year : unit == ChronoUnit.MONTHS ? memory.month : memory.day;
      if (prev != null) {
        base = LocalDate.of(prev.year(), Math.max(prev.month(), 1), Math.max(prev.day(), 1));
      }
    }
    boolean fromEvent = i >= 1 && at(i - 1, 'の') && !(i >= 2 && s.startsWith("その", i - 2));
    if (fromEvent) {
      base = null; // 日本戦の4日後: counted from an event that is not a date
    }
    DateValue v;
    if (base == null) {
      v =
          switch (unit) {
            case YEARS -> DateValue.ofYear(-1);
            case MONTHS -> DateValue.ofMonth(-1, -1);
            default -> DateValue.ofDay(-1, -1, -1);
          };
    } else {
      LocalDate d = base.plus((long) sign * amount, unit);
      v =
          switch (unit) {
            case YEARS -> DateValue.ofYear(d.getYear());
            case MONTHS -> DateValue.ofMonth(d.getYear(), d.getMonthValue());
            default -> DateValue.of(d);
          };
    }
    return new Found(i, end, v, null, null, null, Map.of());
  }

  /** 今日, 本日, 昨日, 明日, 一昨日, 同日 ... */
  private Found dayWord(int i, Memory previous) {
    String[] w = wordAt(i, DAY_WORDS);
    if (w == null) {
      return null;
    }
    int end = i + w[0].length();
    if (!text.isTokenStart(i) || !text.isTokenEnd(end) || at(end, '的')
        || (w[0].equals("明日") && at(end, 'へ'))) {
      return null; // 今日的, 明日への希望: not a day
    }
    DateValue v;
    if (w[1].equals("S")) {
      v = previous.day != null ? DateValue.of(previous.day.toLocalDate()) : DateValue.ofDay(-1, -1, -1);
    } else if (w[1].startsWith("P")) { // 翌日, 前日, 当日: from the day mentioned last, else the reference
      LocalDate base = previous.day != null ? previous.day.toLocalDate() : ref;
      char b = i > 0 ? s.charAt(i - 1) : ' ';
      boolean afterNoun = Scripts.isHan(b) || Scripts.isKatakana(b) || b == 'ー';
      boolean afterDate = previous.lastEnd >= i - 2 && previous.lastEnd <= i;
      if (!afterDate && (afterNoun || w[0].equals("当日"))) {
        base = null; // 試合翌日, 誕生日前日, 当日: the day of an event that is no date
      }
      v = base == null ? DateValue.ofDay(-1, -1, -1) : DateValue.of(base.plusDays(Integer.parseInt(w[1].substring(1))));
    } else {
      v = ref == null ? DateValue.ofDay(-1, -1, -1) : DateValue.of(ref.plusDays(Integer.parseInt(w[1])));
    }
    return withTime(withWeekday(i, end, v));
  }

  /** The date followed by a time of day (13日午後3時, 今日正午): one mention with a time part. */
  private Found withTime(Found f) {
    int p = skipSpaces(f.end());
    int[] t = timeOfDay(at(p, 'の') ? p + 1 : p, false); // 12日19時52分, 12日の19時52分
    if (t == null) {
      return f;
    }
    return new Found(f.start(), t[2], f.value(), null, "TIME", f.mod(), f.extra(), hhmm(t), f.explicitYear());
  }

  /** 午後3時, 15時30分, 正午 with no date before it: the date is unknown (XXXX-XX-XXT15:00). */
  private Found timeAlone(int i) {
    if (!isAsciiDigit(s.charAt(i)) && "午正朝夕夜深未".indexOf(s.charAt(i)) < 0) {
      return null;
    }
    if (isAsciiDigit(s.charAt(i)) ? !asciiBoundaryBefore(i) : !text.isTokenStart(i)) {
      return null;
    }
    int[] t = timeOfDay(i, true);
    return t == null
        ? null
        : new Found(i, t[2], DateValue.ofDay(-1, -1, -1), null, "TIME", null, Map.of(), hhmm(t), false);
  }

  private static String hhmm(int[] t) {
    return DateValue.padded(t[0], 2) + ":" + DateValue.padded(t[1], 2);
  }

  /**
   * A time of day at {@code p}: {hour 0..24, minute, end}, or null. 正午; [午前|午後|朝|夕方|夜|深夜|未明]
   * NUM時 [NUM分 | 半]; hh:mm only right after a date. Kanji hours need a prefix (一時 is "for a
   * while"); alone, a bare hour needs Arabic digits.
   */
  private int[] timeOfDay(int p, boolean alone) {
    if (s.startsWith("正午", p)) {
      return new int[] {12, 0, p + 2};
    }
    int q = p;
    String add = null;
    for (String[] w : TIME_PREFIXES) {
      if (s.startsWith(w[0], q)) {
        add = w[1];
        q += w[0].length();
        break;
      }
    }
    if (add == null && !alone && twoDigitsOrOne(q) && q < n) {
      int hEnd = digitsEnd(q);
      if (at(hEnd, ':') && twoDigits(hEnd + 1) && !isAsciiDigit(charAt(hEnd + 3))) {
        int h = Integer.parseInt(s.substring(q, hEnd));
        int m = Integer.parseInt(s.substring(hEnd + 1, hEnd + 3));
        return h <= 24 && m < 60 ? new int[] {h, m, hEnd + 3} : null;
      }
    }
    if (q >= n) {
      return null;
    }
    if (add == null && !isAsciiDigit(s.charAt(q))) {
      return null;
    }
    int hour;
    int hEnd;
    if (add != null && s.startsWith("零時", q)) {
      hour = 0;
      hEnd = q + 1;
    } else {
      Num h = number(q);
      if (h == null || h.value > 24 || (!h.kanji && h.digits > 2)) {
        return null;
      }
      hour = h.value;
      hEnd = h.end;
    }
    if (!at(hEnd, '時') || (hEnd + 1 < n && NOT_AFTER_HOUR.indexOf(s.charAt(hEnd + 1)) >= 0
        && !s.startsWith("半", hEnd + 1))) {
      return null;
    }
    int end = hEnd + 1;
    int minute = 0;
    if (at(end, '半')) {
      minute = 30;
      end++;
    } else {
      Num m = number(end);
      if (m != null && m.value < 60 && at(m.end, '分') && !at(m.end + 1, '間')) {
        minute = m.value;
        end = m.end + 1;
      }
    }
    if (add != null) {
      if (add.equals("N")) {
        hour = hour >= 6 && hour < 12 ? hour + 12 : hour; // 深夜11時 = 23:00, 深夜2時 = 02:00
      } else if (hour < 12) {
        hour += Integer.parseInt(add);
      }
    }
    return new int[] {hour, minute, end};
  }

  private boolean twoDigitsOrOne(int p) {
    return p < n && isAsciiDigit(s.charAt(p));
  }

  private char charAt(int p) {
    return p >= 0 && p < n ? s.charAt(p) : '\0';
  }

  /** 今春, 昨夏, 来秋, 今冬 (the winter that spans the new year is the previous year's). */
  private Found seasonWord(int i) {
    int off = "今昨去来".indexOf(s.charAt(i));
    if (off < 0 || i + 1 >= n || !text.isTokenStart(i)) {
      return null;
    }
    int season = SEASON_CHARS.indexOf(s.charAt(i + 1));
    if (season < 0 || !seasonEnds(i + 2)) {
      return null;
    }
    int shift = off == 0 ? 0 : off <= 2 ? -1 : 1;
    int year = -1;
    if (ref != null) {
      year = ref.getYear() + shift - (season == 3 && ref.getMonthValue() <= 3 ? 1 : 0);
    }
    int end = at(i + 2, '季') ? i + 3 : i + 2;
    return new Found(i, end, new DateValue(DateValue.Precision.SEASON, year, -1, -1, -1, season + 1),
        null, "SEASON", null, Map.of());
  }

  /** A season char ends its word here: not 春闘, 夏休み, 秋冬 (季 頃 以 are fine). */
  private boolean seasonEnds(int p) {
    if (p >= n) {
      return true;
    }
    char c = s.charAt(p);
    return "季頃".indexOf(c) >= 0
        || (text.isTokenStart(p) && SEASON_CHARS.indexOf(c) < 0 && !s.startsWith("休み", p)
            && !s.startsWith("場", p) && !s.startsWith("闘", p));
  }

  /** 週末 alone: the reference week, mod END. */
  private Found weekend(int i) {
    if (!s.startsWith("週末", i) || !text.isTokenStart(i)
        || (i > 0 && "今先来毎同".indexOf(s.charAt(i - 1)) >= 0) || !text.isTokenEnd(i + 2)) {
      return null;
    }
    DateValue v = ref == null
        ? new DateValue(DateValue.Precision.WEEK, -1, -1, -1, -1, -1)
        : new DateValue(DateValue.Precision.WEEK, ref.get(IsoFields.WEEK_BASED_YEAR), -1, -1, -1,
            ref.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new Found(i, i + 2, v, null, null, "END", Map.of());
  }

  /** 今週, 先週, 来週 as ISO weeks (2025-W09); 今週末 with mod END. */
  private Found weekWord(int i) {
    String[] w = wordAt(i, WEEK_WORDS);
    if (w == null || !text.isTokenStart(i)) {
      return null;
    }
    int end = i + w[0].length();
    String mod = null;
    if (at(end, '末')) {
      mod = "END";
      end++;
    }
    DateValue v;
    if (ref == null) {
      v = new DateValue(DateValue.Precision.WEEK, -1, -1, -1, -1, -1);
    } else {
      LocalDate d = ref.plusWeeks(Integer.parseInt(w[1]));
      v =
          new DateValue(
              DateValue.Precision.WEEK,
              d.get(IsoFields.WEEK_BASED_YEAR),
              -1,
              -1,
              -1,
              d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    return new Found(i, end, v, null, null, mod, Map.of());
  }

  /** 年末, 年初, 年始, 年明け, 月末, 月初 alone: the reference date's year or month. */
  private Found barePeriodWord(int i) {
    boolean year = at(i, '年');
    if (!(year || at(i, '月')) || !text.isTokenStart(i)) {
      return null;
    }
    if (i > 0 && (isKanjiNumeral(s.charAt(i - 1)) || isAsciiDigit(s.charAt(i - 1))
        || "同今昨去来本前翌毎当".indexOf(s.charAt(i - 1)) >= 0)) {
      return null;
    }
    String mod = null;
    int end = i + 1;
    for (String[] suffix : new String[][] {{"末", "END"}, {"初め", "START"}, {"初", "START"},
        {"始", "START"}, {"頭", "START"}, {"明け", "START"}}) {
      if (s.startsWith(suffix[0], end) && (year || !suffix[0].equals("明け"))) {
        mod = suffix[1];
        end += suffix[0].length();
        break;
      }
    }
    if (mod == null || s.startsWith("年始", end) || !text.isTokenEnd(end)) {
      return null; // 年末年始 is a season, not a date
    }
    DateValue v;
    if (year) {
      // 年始 written in November or December is the coming one; 年末 in January or February, the past
      int shift =
          ref == null
              ? 0
              : "START".equals(mod) && ref.getMonthValue() >= 11
                  ? 1
                  : "END".equals(mod) && ref.getMonthValue() <= 2 ? -1 : 0;
      v = DateValue.ofYear(ref == null ? -1 : ref.getYear() + shift);
    } else {
      v = ref == null ? DateValue.ofMonth(-1, -1) : DateValue.of(YearMonth.from(ref));
    }
    return new Found(i, end, v, null, null, mod, Map.of());
  }

  // ---------------------------------------------------------------- calendar forms

  /** What a calendar expression wrote, before resolution. */
  private static final class Cal {
    final int start;
    int end;
    boolean hasYear;
    boolean hasMonth;
    boolean hasDay;
    int year = -1;
    int yy = -1;
    int month = -1;
    int day = -1;
    boolean fiscal;
    boolean decade;
    String mod;
    int weekday;
    char rangeField; // Y, M or D for 2023〜24年, 6〜8月, 13〜15日
    int rangeValue = -1;
    char partKind; // Q (quarter), H (half year) or S (season)
    int part;
    boolean explicitYear; // a year written as a number or with an era

    Cal(int start) {
      this.start = start;
    }
  }

  private Found calendar(int i, Memory previous) {
    Cal c = parseCal(i, previous, false);
    if (c == null) {
      return null;
    }
    DateValue v = resolve(c, null);
    if (v == null) {
      return null;
    }
    DateValue endValue = null;
    if (c.partKind != 0) {
      return found(c, v, null);
    }
    if (c.rangeField != 0) {
      Cal e = new Cal(c.start);
      e.hasYear = true;
      e.year = v.year();
      e.yy = v.yy();
      e.hasMonth = c.hasMonth;
      e.month = v.month();
      e.hasDay = c.hasDay;
      e.day = v.day();
      e.fiscal = c.fiscal;
      switch (c.rangeField) {
        case 'Y' -> e.year = c.rangeValue;
        case 'M' -> e.month = c.rangeValue;
        default -> e.day = c.rangeValue;
      }
      endValue = resolve(e, v);
    } else {
      int q = connectorEnd(c.end);
      if (q > 0 && !c.fiscal && !c.decade) {
        Cal e = parseCal(q, previous, true);
        DateValue ev = e == null ? null : resolve(e, v);
        if (ev != null
            && ev.precision() == v.precision()
            && ev.sortKey() > v.sortKey()
            && (e.hasYear || v.year() >= 0 || ev.year() < 0)) {
          endValue = ev;
          c.end = s.startsWith("まで", e.end) ? e.end + 2 : e.end;
        }
      }
    }
    Found f = found(c, v, endValue);
    return endValue == null && c.hasDay ? withTime(f) : f;
  }

  private Found found(Cal c, DateValue v, DateValue endValue) {
    Map<String, String> extra = new HashMap<>();
    String subtype = null;
    if (c.weekday != 0) {
      LocalDate d = v.toLocalDate();
      if (d != null && d.getDayOfWeek().getValue() != c.weekday) {
        extra.put("weekday_mismatch", "true");
      }
    }
    if (c.partKind != 0) {
      subtype = c.partKind == 'Q' ? "QUARTER" : c.partKind == 'H' ? "HALF_YEAR" : "SEASON";
      if (c.partKind != 'S' && v.year() >= 0) {
        int months = c.partKind == 'Q' ? 3 : 6;
        YearMonth first = YearMonth.of(v.year(), c.fiscal ? 4 : 1).plusMonths((long) (c.part - 1) * months);
        extra.put("start", first.toString());
        extra.put("end", first.plusMonths(months - 1).toString());
      }
    } else if (c.fiscal) {
      subtype = "FISCAL_YEAR";
      if (v.year() >= 0) {
        int last = endValue != null && endValue.year() >= 0 ? endValue.year() : v.year();
        extra.put("start", v.year() + "-04-01");
        extra.put("end", (last + 1) + "-03-31");
      }
    } else if (c.decade) {
      subtype = "DECADE";
    } else if (endValue != null) {
      subtype = "RANGE";
      extra.put("end", endValue.iso());
    }
    boolean periodName = c.partKind == 0 && at(c.end, '期'); // 2026年3月期: a fiscal year's name
    return new Found(c.start, c.end, v, endValue, subtype, c.mod, extra, null, c.explicitYear && !periodName);
  }

  /**
   * Parses [year][month][day][weekday] at {@code i}. As the end of a range ({@code rangeEnd}), no
   * relative words are read and the missing parts come from the start.
   */
  private Cal parseCal(int i, Memory previous, boolean rangeEnd) {
    Cal c = new Cal(i);
    int p = i;
    boolean numericYear = false;
    Integer yearOffset = null;
    // ---- year
    Eras era = Eras.nameAt(s, p);
    String[] yw = rangeEnd ? null : wordAt(p, YEAR_WORDS);
    if (era != null) {
      int q = p + era.kanji().length();
      int eraYear;
      if (at(q, '元')) {
        eraYear = 1;
        q++;
      } else {
        Num num = number(q);
        if (num == null || num.value < 1 || num.value > 99) {
          return null;
        }
        eraYear = num.value;
        q = num.end;
      }
      if (!at(q, '年')) {
        return null;
      }
      c.hasYear = true;
      c.explicitYear = true;
      c.year = era.toGregorian(eraYear);
      p = q + 1;
      numericYear = true;
    } else if (yw != null) {
      int end = p + yw[0].length();
      if (!text.isTokenStart(p) || (yw[1].equals("S") && end < n && "代齢輩配".indexOf(s.charAt(end)) >= 0)) {
        return null;
      }
      c.hasYear = true;
      if (yw[1].equals("S")) {
        c.year = previous.year != null ? previous.year.year() : -1;
      } else if (yw[1].startsWith("P")) { // 前年, 翌年: from the year mentioned last, else the reference
        int base = previous.year != null ? previous.year.year() : ref != null ? ref.getYear() : -1;
        c.year = base < 0 ? -1 : base + Integer.parseInt(yw[1].substring(1));
      } else {
        yearOffset = Integer.parseInt(yw[1]);
        c.year = ref == null ? -1 : ref.getYear() + yearOffset;
      }
      p = end;
    } else {
      Num num = number(p);
      if (num != null && isYearNumber(num) && connectorEnd(num.end) > 0) {
        Num n2 = number(connectorEnd(num.end));
        if (n2 != null && n2.kanji == num.kanji && at(n2.end, '年')) {
          int endYear = !n2.kanji && n2.digits == 2 ? num.value / 100 * 100 + n2.value : n2.value;
          if (endYear > num.value && endYear - num.value < 100 && !at(n2.end + 1, '間')) {
            c.hasYear = true;
            c.explicitYear = true;
            c.year = num.value;
            c.rangeField = 'Y';
            c.rangeValue = endYear;
            c.end = n2.end + 1;
            if (at(c.end, '度')) {
              c.fiscal = true;
              c.end++;
            }
            return c;
          }
        }
      }
      if (num != null && at(num.end, '年')) {
        if (isYearNumber(num)) {
          c.hasYear = true;
          c.year = num.value;
        } else if (!num.kanji && num.digits == 2 && monthAt(num.end + 1)) {
          c.hasYear = true;
          c.yy = num.value;
          if (ref != null) {
            int century = ref.getYear() / 100 * 100;
            c.year = num.value <= ref.getYear() % 100 + 1 ? century + num.value : century - 100 + num.value;
          }
        } else {
          return null;
        }
        p = num.end + 1;
        numericYear = true;
        c.explicitYear = c.year >= 0;
      }
    }
    if (c.hasYear) {
      if (numericYear) {
        if (at(p, '間') || s.startsWith("ぶり", p) || s.startsWith("振り", p) || at(p, '目')
            || (at(p, '前') && !s.startsWith("前半", p) && !s.startsWith("前後", p))
            || (at(p, '後') && !s.startsWith("後半", p))) {
          return null; // 10年間, 5年ぶり, 2000年前: not calendar years
        }
        if (s.startsWith("前後", p)) {
          c.mod = "APPROX";
          c.end = p + 2;
          return c;
        }
      }
      if (at(p, '度')) {
        c.fiscal = true;
        if (yearOffset != null && ref != null) {
          int fy = ref.getMonthValue() >= 4 ? ref.getYear() : ref.getYear() - 1;
          c.year = fy + yearOffset;
        }
        p++;
        if (part(c, p, false)) {
          return c;
        }
        String[] suffix = wordAt(p, PERIOD_SUFFIXES);
        if (suffix != null && (suffix[0].equals("末") || suffix[0].equals("初め") || suffix[0].equals("初頭"))) {
          c.mod = suffix[1];
          p += suffix[0].length();
        }
        c.end = p;
        return c;
      }
      if (at(p, '代')) {
        if (!numericYear || c.year < 0 || c.year % 10 != 0 || era != null) {
          return null;
        }
        c.decade = true;
        c.end = p + 1;
        return c;
      }
      if (part(c, p, true)) {
        return c;
      }
      String[] suffix = wordAt(p, PERIOD_SUFFIXES);
      if (suffix != null && !suffix[0].endsWith("旬")) {
        c.mod = suffix[1];
        c.end = p + suffix[0].length();
        return c;
      }
    } else if (!rangeEnd && (at(p, '第') || at(p, '上') || at(p, '下')) && text.isTokenStart(p)
        && part(c, p, false)) {
      c.fiscal = c.partKind == 'Q'; // 第3四半期 alone: a company's fiscal quarter
      return c;
    }
    if (c.hasYear && at(p, 'の') && at(p + 1, '年')) {
      String[] suffix = wordAt(p + 2, PERIOD_SUFFIXES);
      if (suffix != null && !suffix[0].endsWith("旬") && !suffix[0].startsWith("前") && !suffix[0].startsWith("後")) {
        c.mod = suffix[1]; // 2009年の年末
        c.end = p + 2 + suffix[0].length();
        return c;
      }
    }
    if (c.hasYear && at(p, 'の') && monthAt(p + 1)) {
      p++; // 今年の2月, 2011年の6月
    }
    // ---- month
    String[] mw = rangeEnd || c.hasYear ? null : wordAt(p, MONTH_WORDS);
    if (mw != null) {
      if (!text.isTokenStart(p)) {
        return null;
      }
      c.hasYear = c.hasMonth = true;
      if (mw[1].equals("S")) {
        c.year = previous.month != null ? previous.month.year() : -1;
        c.month = previous.month != null ? previous.month.month() : -1;
      } else if (mw[1].startsWith("P") && (previous.month != null || ref != null)) {
        YearMonth base = previous.month != null
            ? YearMonth.of(previous.month.year(), previous.month.month()) : YearMonth.from(ref);
        YearMonth ym = base.plusMonths(Integer.parseInt(mw[1].substring(1)));
        c.year = ym.getYear();
        c.month = ym.getMonthValue();
      } else if (ref != null && !mw[1].startsWith("P")) {
        YearMonth ym = YearMonth.from(ref).plusMonths(Integer.parseInt(mw[1]));
        c.year = ym.getYear();
        c.month = ym.getMonthValue();
      }
      p += mw[0].length();
    } else {
      Num m = number(p);
      if (m != null && m.value >= 1 && m.value <= 12) {
        int q2 = connectorEnd(m.end);
        Num m2 = q2 > 0 ? number(q2) : null;
        if (m2 != null && m2.kanji == m.kanji && at(m2.end, '月') && m2.value > m.value && m2.value <= 12
            && !at(m2.end + 1, '間')) {
          c.hasMonth = true;
          c.month = m.value;
          c.rangeField = 'M';
          c.rangeValue = m2.value;
          c.end = m2.end + 1;
          if (at(c.end, '期') && m.value % 3 == 1 && m2.value == m.value + 2 && !c.fiscal) {
            c.rangeField = 0; // 2024年1〜3月期: a calendar quarter
            c.hasMonth = false;
            c.partKind = 'Q';
            c.part = (m.value + 2) / 3;
            c.end++;
          }
          return c;
        }
        if (at(m.end, '月') && !at(m.end + 1, '間')) {
          c.hasMonth = true;
          c.month = m.value;
          p = m.end + 1;
        }
      }
    }
    if (c.hasMonth) {
      String[] suffix = wordAt(p, PERIOD_SUFFIXES);
      if (suffix != null && !suffix[0].equals("明け") && !(suffix[0].equals("初") && at(p + 1, '日'))) {
        c.mod = suffix[1];
        c.end = p + suffix[0].length();
        return c;
      }
    }
    // ---- day: after a month, or alone
    if (c.hasMonth || !c.hasYear) {
      boolean alone = !c.hasMonth;
      Num d = number(p);
      if (d != null && !(alone && d.kanji) && d.value >= 1 && d.value <= 31
          && !(alone && (dayAlonePrefix(p) || (d.value == 1 && !oneDayIsDate(d.end + 1))))) {
        int q2 = connectorEnd(d.end);
        Num d2 = q2 > 0 ? number(q2) : null;
        if (d2 != null && d2.kanji == d.kanji && at(d2.end, '日') && d2.value > d.value && d2.value <= 31
            && !dayStops(d2.end + 1, alone)
            && !(alone && (at(d2.end + 1, 'が') || at(d2.end + 1, 'は')))) { // 週に3〜4日が: a count
          c.hasDay = true;
          c.day = d.value;
          c.rangeField = 'D';
          c.rangeValue = d2.value;
          p = d2.end + 1;
        } else if (at(d.end, '日') && !dayStops(d.end + 1, alone)) {
          c.hasDay = true;
          c.day = d.value;
          p = d.end + 1;
        }
      }
    }
    if (!c.hasYear && !c.hasMonth && !c.hasDay) {
      return null;
    }
    Num first = c.hasYear ? null : number(i);
    if (first != null && first.kanji && !text.isTokenEnd(p)) {
      return null; // 五月雨, 三日月: kanji month/day inside a word
    }
    if (c.hasDay) {
      int[] wd = weekdayAt(p);
      if (wd != null) {
        c.weekday = wd[0];
        p = wd[1];
      }
    }
    c.end = p;
    return c;
  }

  private boolean dayStops(int p, boolean alone) {
    if (at(p, '間')) {
      return true;
    }
    if (!alone) {
      return false;
    }
    if (at(p, 'に') && p + 1 < n
        && (isAsciiDigit(s.charAt(p + 1)) || isKanjiNumeral(s.charAt(p + 1)))) {
      return true; // 2日に1回
    }
    for (String stop : DAY_ALONE_STOPS) {
      if (s.startsWith(stop, p)) {
        return true;
      }
    }
    return false;
  }

  /** 週5日, 約3日, あと2日, 第1日: a count of days, not a date. */
  private boolean dayAlonePrefix(int p) {
    for (String w : DAY_ALONE_PREFIXES) {
      if (p >= w.length() && s.startsWith(w, p - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** 1日 alone is mostly "one day"; a date only before a weekday, 、 付 から より まで or a time. */
  private boolean oneDayIsDate(int p) {
    for (String w : ONE_DAY_FOLLOWERS) {
      if (s.startsWith(w, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fills what was not written: from {@code start} for the end of a range; otherwise from the
   * reference date, taking the nearest candidate (and one whose weekday fits, when written).
   */
  private DateValue resolve(Cal c, DateValue start) {
    int year = c.year;
    int yy = c.yy;
    int month = c.month;
    int day = c.day;
    if (start != null) {
      if (!c.hasYear) {
        year = start.year();
        yy = start.yy();
      }
      if (!c.hasMonth && c.hasDay) {
        month = start.month();
      }
    } else if (!c.hasYear && base(c.start, !c.hasMonth && c.partKind == 0) != null) {
      LocalDate base = base(c.start, !c.hasMonth && c.partKind == 0);
      if (c.partKind != 0) { // 第3四半期, 下半期, 10〜12月期: the latest one begun by the base date
        int months = c.partKind == 'Q' ? 3 : c.partKind == 'H' ? 6 : 0;
        year = c.fiscal && base.getMonthValue() < 4 ? base.getYear() - 1 : base.getYear();
        YearMonth first = YearMonth.of(year, c.fiscal ? 4 : 1).plusMonths((long) (c.part - 1) * months);
        if (months > 0 && first.isAfter(YearMonth.from(base))) {
          year--;
        }
      } else if (c.hasMonth) {
        year = nearestYear(base, month, day, c.weekday);
      } else if (c.hasDay) {
        YearMonth ym = nearestMonth(base, day, c.weekday);
        if (ym == null) {
          return null;
        }
        year = ym.getYear();
        month = ym.getMonthValue();
      }
    }
    if (day > 0 && month > 0) {
      int max = year >= 0 ? YearMonth.of(year, month).lengthOfMonth() : Month.of(month).maxLength();
      if (day > max) {
        return null;
      }
    }
    DateValue.Precision precision =
        c.partKind == 'Q'
            ? DateValue.Precision.QUARTER
            : c.partKind == 'H'
                ? DateValue.Precision.HALF
                : c.partKind == 'S'
                    ? DateValue.Precision.SEASON
                    : c.hasDay
                        ? DateValue.Precision.DAY
                        : c.hasMonth
                            ? DateValue.Precision.MONTH
                            : c.decade ? DateValue.Precision.DECADE : DateValue.Precision.YEAR;
    boolean monthly = precision == DateValue.Precision.MONTH || precision == DateValue.Precision.DAY;
    return new DateValue(
        precision,
        year,
        year >= 0 ? -1 : yy,
        monthly ? month : -1,
        c.hasDay ? day : -1,
        c.partKind != 0 ? c.part : -1,
        c.fiscal && c.partKind != 'S' && !monthly && !c.decade);
  }

  /**
   * The date a year-less date is read near: the last date whose year was written out, when it
   * is in the same paragraph (no line break since), else the reference date. A day alone
   * (13日) uses that date only when it had a month.
   */
  private LocalDate base(int start, boolean dayAlone) {
    DateValue a = memory.anchor;
    if (a == null || memory.anchorEnd > start) {
      return ref;
    }
    int nl = s.indexOf('\n', memory.anchorEnd);
    if (nl >= 0 && nl < start) {
      return ref;
    }
    boolean monthly = a.precision() == DateValue.Precision.MONTH || a.precision() == DateValue.Precision.DAY;
    if (dayAlone && !monthly) {
      return ref;
    }
    if (!monthly && ref != null && Math.abs(a.year() - ref.getYear()) > 1) {
      return ref; // a year alone far from the reference is background (2002年に公開された…9月17日より公開)
    }
    if (a.precision() == DateValue.Precision.DAY && a.toLocalDate() != null) {
      return a.toLocalDate();
    }
    return monthly && a.month() > 0 ? LocalDate.of(a.year(), a.month(), 15) : LocalDate.of(a.year(), 7, 1);
  }

  /** 第3四半期, 上半期, 上期, 下期 (and a season after a year) at {@code p}, after an optional の. */
  private boolean part(Cal c, int p, boolean seasons) {
    int q = c.hasYear && at(p, 'の') ? p + 1 : p;
    if (at(q, '第')) {
      int k = q + 1 < n ? "1234一二三四".indexOf(s.charAt(q + 1)) : -1;
      if (k < 0 || !s.startsWith("四半期", q + 2)) {
        return false;
      }
      c.partKind = 'Q';
      c.part = k % 4 + 1;
      c.end = q + 5;
      return true;
    }
    for (String[] h : HALVES) {
      if (s.startsWith(h[0], q)) {
        c.partKind = 'H';
        c.part = Integer.parseInt(h[1]);
        c.end = q + h[0].length();
        return true;
      }
    }
    if (seasons && c.hasYear && q < n) {
      int k = SEASON_CHARS.indexOf(s.charAt(q));
      if (k >= 0 && seasonEnds(q + 1)) {
        c.partKind = 'S';
        c.part = k + 1;
        c.end = at(q + 1, '季') ? q + 2 : q + 1;
        return true;
      }
    }
    return false;
  }

  private int nearestYear(LocalDate ref, int month, int day, int weekday) {
    int best = -1;
    long bestScore = Long.MAX_VALUE;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      int len = YearMonth.of(y, month).lengthOfMonth();
      if (day > len) {
        continue;
      }
      LocalDate d = LocalDate.of(y, month, day > 0 ? day : Math.min(15, len));
      long score = Math.abs(ChronoUnit.DAYS.between(ref, d));
      if (weekday != 0 && day > 0 && d.getDayOfWeek() != DayOfWeek.of(weekday)) {
        score += 100_000;
      }
      if (score < bestScore) {
        best = y;
        bestScore = score;
      }
    }
    return best < 0 ? ref.getYear() : best;
  }

  private YearMonth nearestMonth(LocalDate ref, int day, int weekday) {
    YearMonth best = null;
    long bestScore = Long.MAX_VALUE;
    for (int k = -1; k <= 1; k++) {
      YearMonth ym = YearMonth.from(ref).plusMonths(k);
      if (day > ym.lengthOfMonth()) {
        continue;
      }
      LocalDate d = ym.atDay(day);
      long score = Math.abs(ChronoUnit.DAYS.between(ref, d));
      if (weekday != 0 && d.getDayOfWeek() != DayOfWeek.of(weekday)) {
        score += 100_000;
      }
      if (score < bestScore) {
        best = ym;
        bestScore = score;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- small readers

  private record Num(int value, int end, boolean kanji, int digits) {}

  /** An Arabic (up to 4 digits) or kanji numeral at {@code p}, or null. */
  private Num number(int p) {
    if (p >= n) {
      return null;
    }
    if (isAsciiDigit(s.charAt(p))) {
      int q = digitsEnd(p);
      if (q - p > 4 || (q < n && (s.charAt(q) == '.' || s.charAt(q) == ',') && q + 1 < n && isAsciiDigit(s.charAt(q + 1)))) {
        return null; // 12345, 2.5, 1,000
      }
      int v = 0;
      for (int k = p; k < q; k++) {
        v = v * 10 + (s.charAt(k) - '0');
      }
      return new Num(v, q, false, q - p);
    }
    int q = p;
    while (q < n && isKanjiNumeral(s.charAt(q))) {
      q++;
    }
    if (q == p || q - p > 7 || (q < n && "万億兆".indexOf(s.charAt(q)) >= 0)) {
      return null;
    }
    BigDecimal v = JapaneseNumbers.parse(s.substring(p, q));
    if (v == null || v.scale() > 0 || v.compareTo(BigDecimal.valueOf(9999)) > 0) {
      return null;
    }
    return new Num(v.intValue(), q, true, q - p);
  }

  private static boolean isYearNumber(Num num) {
    boolean shape = num.kanji ? num.value >= 1000 : num.digits == 4;
    return shape && num.value >= 1000 && num.value <= 2999;
  }

  /** True when a month (NUM月) starts at {@code p}. */
  private boolean monthAt(int p) {
    Num m = number(p);
    return m != null && at(m.end, '月') && m.value >= 1 && m.value <= 12;
  }

  /** Index after a range connector (〜 ~ - – — から) at {@code p}, or -1. */
  private int connectorEnd(int p) {
    int q = skipSpaces(p);
    int r;
    if (q < n && CONNECTORS.indexOf(s.charAt(q)) >= 0) {
      r = q + 1;
    } else if (s.startsWith("から", q)) {
      r = q + 2;
    } else {
      return -1;
    }
    return skipSpaces(r);
  }

  private int skipSpaces(int p) {
    int q = p;
    while (q < n && q - p < 2 && (s.charAt(q) == ' ' || s.charAt(q) == '\u3000')) {
      q++;
    }
    return q;
  }

  /** (木), (木曜), (木曜日), (日・祝) at {@code p}: {dayOfWeek 1..7, end}, or null. */
  private int[] weekdayAt(int p) {
    if (!at(p, '(') || p + 2 >= n) {
      return null;
    }
    int w = WEEKDAYS.indexOf(s.charAt(p + 1));
    if (w < 0) {
      return null;
    }
    int q = p + 2;
    if (at(q, '曜')) {
      q++;
      if (at(q, '日')) {
        q++;
      }
    }
    if (s.startsWith("・祝", q)) {
      q += 2;
    } else if (at(q, '祝')) {
      q++;
    }
    if (!at(q, ')')) {
      return null;
    }
    return new int[] {w == 6 ? 7 : w + 1, q + 1};
  }

  /** End of hh:mm[:ss[.fff]][Z|±hh[:]mm] at {@code p}, or -1. */
  private int timeEnd(int p) {
    if (!twoDigits(p) || !at(p + 2, ':') || !twoDigits(p + 3)) {
      return -1;
    }
    int q = p + 5;
    if (at(q, ':') && twoDigits(q + 1)) {
      q += 3;
      if (at(q, '.') && q + 1 < n && isAsciiDigit(s.charAt(q + 1))) {
        q = digitsEnd(q + 1);
      }
    }
    if (at(q, 'Z')) {
      return q + 1;
    }
    if ((at(q, '+') || at(q, '-')) && twoDigits(q + 1)) {
      int r = q + 3;
      if (at(r, ':')) {
        r++;
      }
      return twoDigits(r) ? r + 2 : q + 3;
    }
    return q;
  }

  private boolean twoDigits(int p) {
    return p + 1 < n && isAsciiDigit(s.charAt(p)) && isAsciiDigit(s.charAt(p + 1));
  }

  private String[] wordAt(int p, String[][] words) {
    if (p < 0 || p >= n) {
      return null;
    }
    char c = s.charAt(p);
    for (String[] w : words) {
      if (w[0].charAt(0) == c && s.startsWith(w[0], p)) { // the first char: a cheap test
        return w;
      }
    }
    return null;
  }

  private boolean at(int p, char c) {
    return p >= 0 && p < n && s.charAt(p) == c;
  }

  private int digitsEnd(int p) {
    int q = p;
    while (q < n && isAsciiDigit(s.charAt(q))) {
      q++;
    }
    return q;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiWordChar(char c) {
    return isAsciiDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Not inside an ASCII token run: no letter, digit or URL/number punctuation just before. */
  private boolean asciiBoundaryBefore(int i) {
    if (i == 0) {
      return true;
    }
    char b = s.charAt(i - 1);
    return !isAsciiWordChar(b) && "./-_,+=&?#%@'".indexOf(b) < 0;
  }

  private boolean asciiBoundaryAfter(int p) {
    if (p >= n) {
      return true;
    }
    char a = s.charAt(p);
    if (isAsciiWordChar(a) || "/-_@".indexOf(a) >= 0) {
      return false;
    }
    return !((a == '.' || a == ',') && p + 1 < n && isAsciiWordChar(s.charAt(p + 1)));
  }

  /** A kanji numeral starts a number only after a non-numeral, at a token start after kanji. */
  private boolean kanjiBoundaryBefore(int i) {
    if (i == 0) {
      return true;
    }
    char b = s.charAt(i - 1);
    if (isKanjiNumeral(b) || "万億兆第".indexOf(b) >= 0) {
      return false;
    }
    return !Scripts.isHan(b) || text.isTokenStart(i);
  }

  private static boolean validDay(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
  }
}
