package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds calendar dates (DATE mentions) in Japanese text, with ISO 8601 values at the precision
 * written and relative expressions resolved against the context's reference date.
 *
 * <table>
 *   <caption>Examples (reference date 2025-03-01)</caption>
 *   <tr><th>text</th><th>value</th><th>subtype, mod, extra</th></tr>
 *   <tr><td>2024年6月13日, 2024/6/13, 2024-06-13, 2024.6.13, 二〇二四年六月十三日</td><td>2024-06-13</td><td></td></tr>
 *   <tr><td>2012-03-09T09:00:00+0900 (whole timestamp spanned)</td><td>2012-03-09</td><td></td></tr>
 *   <tr><td>令和6年, 令和元年, 平成31年4月30日, R6.6.13, H31.4.30</td><td>2024, 2019, 2019-04-30, ...</td><td></td></tr>
 *   <tr><td>24年6月13日 (two-digit year, only before a month)</td><td>2024-06-13</td><td></td></tr>
 *   <tr><td>6月13日(木)</td><td>2024-06-13</td><td>{weekday_mismatch=true} when no candidate year fits</td></tr>
 *   <tr><td>6月上旬 / 中旬 / 下旬, 6月末, 2024年末, 年初, 月末</td><td>2025-06, 2024, 2025, 2025-03</td><td>mod START / MID / END</td></tr>
 *   <tr><td>週末, 今週末</td><td>2025-W09</td><td>mod END</td></tr>
 *   <tr><td>2024年度, 今年度, 令和6年度</td><td>FY2024</td><td>FISCAL_YEAR, {start=2024-04-01, end=2025-03-31}</td></tr>
 *   <tr><td>2024年第3四半期, 2024年7〜9月期 / 2024年度第3四半期 / 第3四半期</td><td>2024-Q3 / FY2024-Q3 / FY2024-Q3</td><td>QUARTER, {start=2024-07, end=2024-09}</td></tr>
 *   <tr><td>2024年上半期 / 2024年度上期 / 下半期</td><td>2024-H1 / FY2024-H1 / 2024-H2</td><td>HALF_YEAR, {start, end}</td></tr>
 *   <tr><td>2024年春, 今年の夏, 昨秋, 来春, 今冬</td><td>2024-SP, 2025-SU, 2024-FA, 2026-SP, 2024-WI</td><td>SEASON</td></tr>
 *   <tr><td>1990年代</td><td>199X</td><td>DECADE</td></tr>
 *   <tr><td>2024年6月〜8月, 6月13日から15日まで, 2023〜24年</td><td>2024-06, ...</td><td>RANGE, {end=2024-08}</td></tr>
 *   <tr><td>今日 本日 昨日 明日 一昨日; 今年 昨年 一昨年 来年; 今月 先月 来月; 先月13日, 昨年6月</td><td>2025-03-01 ...</td><td></td></tr>
 *   <tr><td>今週, 先週, 来週</td><td>2025-W09 (ISO week)</td><td></td></tr>
 *   <tr><td>3日前, 2年後, 3か月前, 1週間後</td><td>2025-02-26, 2027, 2024-12, 2025-03-08</td><td></td></tr>
 *   <tr><td>同日, 同年, 同月; 前日, 翌日, 前年, 翌年, 前月, 翌月; その3日前; 2月14日当日</td><td>from the date mentioned last</td><td></td></tr>
 *   <tr><td>試合翌日, 誕生日前日, 当日 (of an event that is no date)</td><td>XXXX-XX-XX</td><td></td></tr>
 *   <tr><td>13日午後3時, 2024年6月13日15時30分, 今日正午, 12日の19:52</td><td>2025-03-13T15:00 ...</td><td>TIME</td></tr>
 *   <tr><td>午後3時, 15時30分, 正午 (no date before them)</td><td>XXXX-XX-XXT15:00</td><td>TIME</td></tr>
 * </table>
 *
 * <p>Resolution rules. A year-less month/day takes, of three candidate years, the one that puts
 * it nearest to a base date (a written weekday that fits wins first): 12月28日 in an article of
 * 2011-01-05 is 2010-12-28. The base is the last date in the same paragraph whose year was
 * written out (2023年6月13日に開幕し、15日に閉幕 → 2023-06-15), when that date had a month or its
 * year is within one year of the reference; otherwise the reference date. A day alone (13日)
 * takes the nearest of the base month and its neighbours, its base being a written date with a
 * month only. Quarters and half years without a year (第3四半期, 10〜12月期, 下半期) are the
 * latest such period begun by the base date; 第N四半期 alone is a fiscal (April) quarter. A
 * two-digit year is 20yy when yy is at most the reference year's last two digits + 1, else
 * 19yy. 前日 / 翌年 / その3日前 count from the date mentioned last, else the reference date;
 * 日本戦の4日後 counts from an event that is no date: XXXX-XX-XX. Without a reference date the
 * unknown parts are X: XXXX-06-13, XX24-06-13, XXXX (昨年), XXXX-XX-XX (3日前), XXXX-WXX (今週).
 * Ranges are one mention whose value is the start, with the end in {@code extra.end} at the same
 * precision; a fiscal year's extras give its first and last day instead.
 *
 * <p>Not dates: anything inside a URL or an ASCII token run (…-2024-06-13/, 20250228), durations
 * (10年間, 3日間, 5年ぶり, 24時間), bare numbers (2024 without 年), recurring dates (毎年6月,
 * 毎月1日, 毎週末), 年末年始, kanji days alone (一日, 三日月), 一時, 春闘, 夏休み, 6/13 unless a
 * weekday follows (6/13(木)), 2時限, 3時点.
 *
 * <p>Known weaknesses: tense is not read (震災も3月にあって in an article of November 2011 is
 * taken as the coming March, 2012-03); a year alone two or more years from the reference is
 * taken as background, so 2023年の大会では6月13日 in 2025 gives 2025-06-13; a near year that is
 * a plan anchors its paragraph all the same; 1日 alone (often "one day") is taken as a date
 * unless a stop word follows (1日あたり, 1日で); 午後12時 is read as noon; the time of a
 * machine timestamp (T09:00:00+0900) is dropped; 数年前 (vague offsets) is not read.
 */
public final class DateExtractor implements Extractor {

  /** Chars at which a date expression may start; a cheap pre-filter. */
  private static final String START_CHARS =
      "0123456789〇一二三四五六七八九十百千RHSTM令平昭大明今本昨去来再同先年月前翌当第上下週午正朝夕夜深未";

  private static final java.util.BitSet START_SET = DateScanner.charSet(START_CHARS);

  @Override
  public List<Mention> extract(AnalyzedText text, ExtractionContext context) {
    String s = text.normalized();
    boolean[] url = urlMask(s);
    DateScanner scanner = new DateScanner(text, context.referenceDate());
    List<Mention> out = new ArrayList<>();
    DateScanner.Memory previous = new DateScanner.Memory();
    int i = 0;
    while (i < s.length()) {
      if (!START_SET.get(s.charAt(i)) || url[i]) {
        i++;
        continue;
      }
      DateScanner.Found f = scanner.scan(i, previous);
      if (f == null || touchesUrl(url, f.start(), f.end())) {
        i++;
        continue;
      }
      int start = text.originalStart(f.start());
      int end = text.originalEnd(f.end());
      out.add(
          new Mention(
              MentionType.DATE,
              f.subtype(),
              start,
              end,
              text.original().substring(start, end),
              f.time() == null ? f.value().iso() : f.value().iso() + "T" + f.time(),
              null,
              null,
              f.mod(),
              null,
              f.extra()));
      previous.remember(f.endValue() != null ? f.endValue() : f.value());
      previous.ended(f.end());
      if (f.explicitYear()) {
        previous.anchor(f.endValue() != null ? f.endValue() : f.value(), f.end());
      }
      i = f.end();
    }
    return out;
  }

  /**
   * True at every char of a URL: {@code http(s)://} or {@code ftp://} or {@code www.} and the
   * printable ASCII after it (as the regex {@code (?:https?|ftp)://[!-~]+|www\\.[!-~]+} finds them).
   */
  static boolean[] urlMask(String s) {
    boolean[] mask = new boolean[s.length() + 1];
    if (s.indexOf("://") < 0 && s.indexOf("www.") < 0) {
      return mask; // every URL contains one of the two
    }
    int p = 0;
    while (p < s.length()) {
      int body = urlBody(s, p);
      int e = body;
      while (e >= 0 && e < s.length() && s.charAt(e) >= '!' && s.charAt(e) <= '~') {
        e++;
      }
      if (body >= 0 && e > body) {
        for (int k = p; k < e; k++) {
          mask[k] = true;
        }
        p = e;
      } else {
        p++;
      }
    }
    return mask;
  }

  /**
   * Where the body of a URL starting at {@code p} begins (after {@code https://}, {@code
   * http://}, {@code ftp://} or {@code www.}), or -1: the pattern {@code
   * (?:https?|ftp)://[!-~]+|www\\.[!-~]+} read by hand.
   */
  private static int urlBody(String s, int p) {
    char c = s.charAt(p);
    if (c == 'h') {
      return s.startsWith("https://", p) ? p + 8 : s.startsWith("http://", p) ? p + 7 : -1;
    }
    if (c == 'f') {
      return s.startsWith("ftp://", p) ? p + 6 : -1;
    }
    if (c == 'w') {
      return s.startsWith("www.", p) ? p + 4 : -1;
    }
    return -1;
  }

  private static boolean touchesUrl(boolean[] url, int start, int end) {
    for (int k = start; k < end; k++) {
      if (url[k]) {
        return true;
      }
    }
    return false;
  }
}
