package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExtractorTest {

  private static final DateExtractor EXTRACTOR = new DateExtractor();

  private static List<Mention> dates(String input, String reference) {
    AnalyzedText text = Analysis.analyze(input);
    LocalDate ref = reference == null || reference.isEmpty() ? null : LocalDate.parse(reference);
    return EXTRACTOR.extract(text, new ExtractionContext(ref));
  }

  /** The one mention whose surface is {@code surface}. */
  private static Mention only(String input, String reference, String surface) {
    List<Mention> found =
        dates(input, reference).stream().filter(m -> m.surface().equals(surface)).toList();
    assertEquals(1, found.size(), () -> "mentions of '" + surface + "' in " + dates(input, reference));
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} @{1} -> {3}")
  @CsvSource({
    // full dates, numeric and kanji
    "2024年6月13日に署名, 2025-03-01, 2024年6月13日, 2024-06-13, 0, 10",
    "公開日:2024/06/13, 2025-03-01, 2024/06/13, 2024-06-13, 4, 14",
    "2024/6/13, 2025-03-01, 2024/6/13, 2024-06-13, 0, 9",
    "日付は2024-06-13です, 2025-03-01, 2024-06-13, 2024-06-13, 3, 13",
    "2024.6.13発売, 2025-03-01, 2024.6.13, 2024-06-13, 0, 9",
    "二〇二四年六月十三日, 2025-03-01, 二〇二四年六月十三日, 2024-06-13, 0, 10",
    "２０２４年６月１３日に, 2025-03-01, ２０２４年６月１３日, 2024-06-13, 0, 10",
    "配信 2012-03-09T09:00:00+0900 本文, 2025-03-01, 2012-03-09T09:00:00+0900, 2012-03-09, 3, 27",
    // two-digit years: 20yy up to the reference year's yy + 1, else 19yy
    "24年6月13日, 2025-03-01, 24年6月13日, 2024-06-13, 0, 8",
    "98年6月13日, 2025-03-01, 98年6月13日, 1998-06-13, 0, 8",
    // year-less: the nearest year / month to the reference date
    "６月１３日に, 2025-03-01, ６月１３日, 2025-06-13, 0, 5",
    "12月28日に, 2025-01-05, 12月28日, 2024-12-28, 0, 6",
    "六月十三日, 2025-03-01, 六月十三日, 2025-06-13, 0, 5",
    "13日に発表, 2025-03-01, 13日, 2025-03-13, 0, 3",
    "28日に発表, 2025-03-01, 28日, 2025-02-28, 0, 3",
    // a written weekday picks the year that fits (2024-06-13 was a Thursday)
    "6月13日(木)に, 2025-03-01, 6月13日(木), 2024-06-13, 0, 8",
    "２０２４年６月１３日（木）に, 2025-03-01, ２０２４年６月１３日（木）, 2024-06-13, 0, 13",
    // eras
    "令和6年, 2025-03-01, 令和6年, 2024, 0, 4",
    "令和元年5月1日, 2025-03-01, 令和元年5月1日, 2019-05-01, 0, 8",
    "平成31年4月30日, 2025-03-01, 平成31年4月30日, 2019-04-30, 0, 10",
    "昭和64年1月7日, 2025-03-01, 昭和64年1月7日, 1989-01-07, 0, 9",
    "大正12年9月1日, 2025-03-01, 大正12年9月1日, 1923-09-01, 0, 9",
    "明治元年, 2025-03-01, 明治元年, 1868, 0, 4",
    "平成二十三年, 2025-03-01, 平成二十三年, 2011, 0, 6",
    "R6.6.13に, 2025-03-01, R6.6.13, 2024-06-13, 0, 7",
    "(H31.4.30), 2025-03-01, H31.4.30, 2019-04-30, 1, 9",
    // partial
    "2024年、日本は, 2025-03-01, 2024年, 2024, 0, 5",
    "2024年6月に, 2025-03-01, 2024年6月, 2024-06, 0, 7",
    "2024年の6月に, 2025-03-01, 2024年の6月, 2024-06, 0, 8",
    "3月期決算, 2025-03-01, 3月, 2025-03, 0, 2",
    "1990年代に, 2025-03-01, 1990年代, 199X, 0, 6",
    "2010年以降, 2025-03-01, 2010年, 2010, 0, 5",
    // relative
    "今日は, 2025-03-01, 今日, 2025-03-01, 0, 2",
    "本日より, 2025-03-01, 本日, 2025-03-01, 0, 2",
    "昨日の, 2025-03-01, 昨日, 2025-02-28, 0, 2",
    "明日から, 2025-03-01, 明日, 2025-03-02, 0, 2",
    "一昨日に, 2025-03-01, 一昨日, 2025-02-27, 0, 3",
    "今年は, 2025-03-01, 今年, 2025, 0, 2",
    "本年も, 2025-03-01, 本年, 2025, 0, 2",
    "昨年の, 2025-03-01, 昨年, 2024, 0, 2",
    "去年は, 2025-03-01, 去年, 2024, 0, 2",
    "来年には, 2025-03-01, 来年, 2026, 0, 2",
    "今月は, 2025-03-01, 今月, 2025-03, 0, 2",
    "先月の, 2025-03-01, 先月, 2025-02, 0, 2",
    "来月に, 2025-03-01, 来月, 2025-04, 0, 2",
    "今週は, 2025-03-01, 今週, 2025-W09, 0, 2",
    "先週の, 2025-03-01, 先週, 2025-W08, 0, 2",
    "来週に, 2025-03-01, 来週, 2025-W10, 0, 2",
    "先月13日に, 2025-03-01, 先月13日, 2025-02-13, 0, 5",
    "昨年6月に, 2025-03-01, 昨年6月, 2024-06, 0, 4",
    "今年の2月から, 2005-11-24, 今年の2月, 2005-02, 0, 5",
    "3日前に, 2025-03-01, 3日前, 2025-02-26, 0, 3",
    "2年後に, 2025-03-01, 2年後, 2027, 0, 3",
    "3か月前, 2025-03-01, 3か月前, 2024-12, 0, 4",
    "1週間後に, 2025-03-01, 1週間後, 2025-03-08, 0, 4",
    // without a reference date, unknown parts are X
    "6月13日に, , 6月13日, XXXX-06-13, 0, 5",
    "24年6月13日, , 24年6月13日, XX24-06-13, 0, 8",
    "昨年は, , 昨年, XXXX, 0, 2",
    "3日前に, , 3日前, XXXX-XX-XX, 0, 3",
    "今週は, , 今週, XXXX-WXX, 0, 2",
    "13日に発表, , 13日, XXXX-XX-13, 0, 3",
    "2024年6月13日, , 2024年6月13日, 2024-06-13, 0, 10",
  })
  void testValueAndSpan(String input, String ref, String surface, String value, int start, int end) {
    Mention m = only(input, ref, surface);
    assertEquals(MentionType.DATE, m.type());
    assertEquals(value, m.value());
    assertEquals(start, m.start());
    assertEquals(end, m.end());
  }

  @ParameterizedTest(name = "{0} -> {2} {3} {4} {5}")
  @CsvSource({
    "6月上旬に, 6月上旬, 2025-06, , START, {}",
    "6月中旬に, 6月中旬, 2025-06, , MID, {}",
    "6月下旬に, 6月下旬, 2025-06, , END, {}",
    "6月末に, 6月末, 2025-06, , END, {}",
    "昨年末に, 昨年末, 2024, , END, {}",
    "2024年末に, 2024年末, 2024, , END, {}",
    "年末に, 年末, 2025, , END, {}",
    "月末に, 月末, 2025-03, , END, {}",
    "来年初めに, 来年初め, 2026, , START, {}",
    "2009年の年末に, 2009年の年末, 2009, , END, {}",
    "2010年前後, 2010年前後, 2010, , APPROX, {}",
    "2024年度に, 2024年度, FY2024, FISCAL_YEAR, , '{end=2025-03-31, start=2024-04-01}'",
    "今年度の, 今年度, FY2024, FISCAL_YEAR, , '{end=2025-03-31, start=2024-04-01}'",
    "来年度の, 来年度, FY2025, FISCAL_YEAR, , '{end=2026-03-31, start=2025-04-01}'",
    "平成二十三年度, 平成二十三年度, FY2011, FISCAL_YEAR, , '{end=2012-03-31, start=2011-04-01}'",
    "1990年代に, 1990年代, 199X, DECADE, , {}",
    "2024年6月〜8月に, 2024年6月〜8月, 2024-06, RANGE, , {end=2024-08}",
    "6月13日から15日まで, 6月13日から15日まで, 2025-06-13, RANGE, , {end=2025-06-15}",
    "2023〜24年に, 2023〜24年, 2023, RANGE, , {end=2024}",
    "2024年6月13日〜7月2日, 2024年6月13日〜7月2日, 2024-06-13, RANGE, , {end=2024-07-02}",
    "2024年7〜8月, 2024年7〜8月, 2024-07, RANGE, , {end=2024-08}",
    "13〜15日に開催, 13〜15日, 2025-03-13, RANGE, , {end=2025-03-15}",
    "1961年から1972年にかけて, 1961年から1972年, 1961, RANGE, , {end=1972}",
    "今週末に, 今週末, 2025-W09, , END, {}",
    "週末に, 週末, 2025-W09, , END, {}",
    "2024年第3四半期, 2024年第3四半期, 2024-Q3, QUARTER, , '{end=2024-09, start=2024-07}'",
    "2024年度第3四半期, 2024年度第3四半期, FY2024-Q3, QUARTER, , '{end=2024-12, start=2024-10}'",
    "2024年度第4四半期, 2024年度第4四半期, FY2024-Q4, QUARTER, , '{end=2025-03, start=2025-01}'",
    "2024年7〜9月期, 2024年7〜9月期, 2024-Q3, QUARTER, , '{end=2024-09, start=2024-07}'",
    // 7〜10月期 is no quarter: a month range
    "2024年7〜10月期, 2024年7〜10月, 2024-07, RANGE, , {end=2024-10}",
    "2024年度上期, 2024年度上期, FY2024-H1, HALF_YEAR, , '{end=2024-09, start=2024-04}'",
    "2024年下半期, 2024年下半期, 2024-H2, HALF_YEAR, , '{end=2024-12, start=2024-07}'",
    "2024年春に, 2024年春, 2024-SP, SEASON, , {}",
    "13日午後3時, 13日午後3時, 2025-03-13T15:00, TIME, , {}",
    "午後3時に, 午後3時, XXXX-XX-XXT15:00, TIME, , {}",
    "2023〜24年度, 2023〜24年度, FY2023, FISCAL_YEAR, , '{end=2025-03-31, start=2023-04-01}'",
    // 2024-06-14 was a Friday: the date is kept, the mismatch flagged
    "2024年6月14日(木), 2024年6月14日(木), 2024-06-14, , , {weekday_mismatch=true}",
    "2024年6月13日(木), 2024年6月13日(木), 2024-06-13, , , {}",
  })
  void testSubtypeModAndExtra(
      String input, String surface, String value, String subtype, String mod, String extra) {
    Mention m = only(input, "2025-03-01", surface);
    assertEquals(value, m.value());
    assertEquals(subtype, m.subtype());
    assertEquals(mod, m.mod());
    assertEquals(extra, m.extra().toString());
  }

  @ParameterizedTest(name = "{0} @{1} -> {3}")
  @CsvSource({
    // 年始 written in December is the coming one, 年末 written in January the past one
    "年始の初売り, 2010-12-29, 年始, 2011",
    "年末の大掃除, 2012-01-09, 年末, 2011",
    "年末に向けて, 2010-12-02, 年末, 2010",
  })
  void testBarePeriodWords(String input, String ref, String surface, String value) {
    assertEquals(value, only(input, ref, surface).value());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "10年間の支援",
        "16か国目となる",
        "3日間の日程",
        "5年ぶりの優勝",
        "13日間",
        "西暦2024の",
        "https://jp.reuters.com/world/ukraine/KAHP-2024-06-13/記事",
        "https://mainichi.jp/articles/20250228/k00/00m/030/258000c",
        "3/4の確率",
        "6/13に",
        "スコアは2-1",
        "ver2024.6.13",
        "ID:A2024-06-13",
        "1.2.3",
        "毎年6月に",
        "毎月1日に",
        "年末年始",
        "三日月",
        "一日中",
        "1日あたり",
        "1日の作業時間",
        "週5日の勤務",
        "2日に1回",
        "あと2日",
        "2000年前の",
        "1.5日",
        "入社3年後の",
        "10年前後",
        "同年代の",
        "明日香さん",
        "明日へのパワー",
      })
  void testNotDates(String input) {
    assertEquals(List.of(), dates(input, "2025-03-01"), input);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
    "2024年6月13日、同日に, 同日, 2024-06-13",
    "2019年に入り、同年6月, 同年6月, 2019-06",
    "2019年5月3日と同月末, 同月末, 2019-05",
    // no earlier date: unknown
    "同日に, 同日, XXXX-XX-XX",
  })
  void testSameAsPrevious(String input, String surface, String value) {
    assertEquals(value, only(input, "2025-03-01", surface).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // Known weakness: 5月12・19日号 (two days of one month) reads as 5月 only; 12 and 19日 are
    // missed (a day alone after ・ is not taken, lest it get the wrong month).
    "女性セブン（5月12・19日号）, 2011-04-29, 5月, 2011-05",
    // Known weakness: その3日前 with no earlier date in the text counts from the reference date.
    "その3日前に, 2025-03-01, 3日前, 2025-02-26",
    // Known weakness: a year alone more than a year from the reference date is taken as
    // background, so the date after it keeps the reference year (the user meant 2023-06-13).
    "2023年の大会では6月13日に, 2025-03-01, 6月13日, 2025-06-13",
    // Known weakness: a year near the reference date anchors its paragraph, also when it is a
    // plan and the date a past event.
    "2026年の完成を目指す。4月に着工した, 2025-05-01, 4月, 2026-04",
    // Known weakness: 午後12時 is read as noon.
    "午後12時に, 2025-03-01, 午後12時, XXXX-XX-XXT12:00",
    // Known weakness: tense is not read; a past March in a November article is the next one.
    "震災も3月にあって, 2011-11-25, 3月, 2012-03",
  })
  void testKnownWeaknesses(String input, String ref, String surface, String value) {
    assertEquals(value, only(input, ref, surface).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2024年6月13日と2025年1月1日と昨日, '2024-06-13,2025-01-01,2025-02-28'"})
  void testTextOrder(String input, String values) {
    List<Mention> found = dates(input, "2025-03-01");
    assertEquals(values, found.stream().map(Mention::value).collect(Collectors.joining(",")));
    for (Mention m : found) {
      assertTrue(input.substring(m.start(), m.end()).equals(m.surface()));
    }
  }
}
