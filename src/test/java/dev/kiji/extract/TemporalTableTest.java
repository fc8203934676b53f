package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The temporal table of issue 4: every DATE and DURATION form, one row each (input, reference
 * date or empty, type, value, mod, start, end), run through both temporal extractors; and traps
 * that must yield no mention of a type. {@code \n} in an input is a line break.
 */
class TemporalTableTest {

  private static List<Mention> temporal(String input, String reference) {
    AnalyzedText text = Analysis.analyze(input.replace("\\n", "\n"));
    ExtractionContext context =
        new ExtractionContext(reference == null || reference.isEmpty() ? null : LocalDate.parse(reference));
    List<Mention> out = new ArrayList<>(new DateExtractor().extract(text, context));
    out.addAll(new DurationExtractor().extract(text, context));
    return out;
  }

  @ParameterizedTest(name = "{0} @{1} -> {2} {3} {4}")
  @CsvSource(
      nullValues = "-",
      value = {
    "2024年6月13日に署名, 2025-03-01, DATE, 2024-06-13, -, 0, 10",
    "公開日:2024/06/13, 2025-03-01, DATE, 2024-06-13, -, 4, 14",
    "2024/6/13の会見, 2025-03-01, DATE, 2024-06-13, -, 0, 9",
    "日付は2024-06-13です, 2025-03-01, DATE, 2024-06-13, -, 3, 13",
    "2024.6.13発売, 2025-03-01, DATE, 2024-06-13, -, 0, 9",
    "24年6月13日に, 2025-03-01, DATE, 2024-06-13, -, 0, 8",
    "６月１３日に, 2025-03-01, DATE, 2025-06-13, -, 0, 5",
    "13日に発表した, 2025-03-01, DATE, 2025-03-13, -, 0, 3",
    "6月13日(木)に, 2025-03-01, DATE, 2024-06-13, -, 0, 8",
    "２０２４年６月１３日に, 2025-03-01, DATE, 2024-06-13, -, 0, 10",
    "二〇二四年六月十三日, 2025-03-01, DATE, 2024-06-13, -, 0, 10",
    "六月十三日に, 2025-03-01, DATE, 2025-06-13, -, 0, 5",
    "12月28日に, 2025-01-05, DATE, 2024-12-28, -, 0, 6",
    "令和6年に, 2025-03-01, DATE, 2024, -, 0, 4",
    "令和元年の, 2025-03-01, DATE, 2019, -, 0, 4",
    "平成31年4月30日に, 2025-03-01, DATE, 2019-04-30, -, 0, 10",
    "昭和50年の, 2025-03-01, DATE, 1975, -, 0, 5",
    "大正12年9月1日, 2025-03-01, DATE, 1923-09-01, -, 0, 9",
    "明治45年に, 2025-03-01, DATE, 1912, -, 0, 5",
    "R6.6.13付, 2025-03-01, DATE, 2024-06-13, -, 0, 7",
    "(H31.4.30), 2025-03-01, DATE, 2019-04-30, -, 1, 9",
    "2024年に, 2025-03-01, DATE, 2024, -, 0, 5",
    "2024年6月に, 2025-03-01, DATE, 2024-06, -, 0, 7",
    "6月上旬に, 2025-03-01, DATE, 2025-06, START, 0, 4",
    "6月中旬に, 2025-03-01, DATE, 2025-06, MID, 0, 4",
    "6月下旬に, 2025-03-01, DATE, 2025-06, END, 0, 4",
    "2024年度の予算, 2025-03-01, DATE, FY2024, -, 0, 6",
    "令和6年度の, 2025-03-01, DATE, FY2024, -, 0, 5",
    "今年度の, 2025-03-01, DATE, FY2024, -, 0, 3",
    "来年度の, 2025-03-01, DATE, FY2025, -, 0, 3",
    "第3四半期の決算, 2025-03-01, DATE, FY2024-Q3, -, 0, 5",
    "2024年第3四半期の, 2025-03-01, DATE, 2024-Q3, -, 0, 10",
    "2024年度第3四半期, 2025-03-01, DATE, FY2024-Q3, -, 0, 11",
    "2024年の第2四半期, 2025-03-01, DATE, 2024-Q2, -, 0, 11",
    "2024年1〜3月期の, 2025-03-01, DATE, 2024-Q1, -, 0, 10",
    "2024年4-6月期, 2025-03-01, DATE, 2024-Q2, -, 0, 10",
    "10〜12月期の, 2025-03-01, DATE, 2024-Q4, -, 0, 7",
    "上半期の売上, 2025-03-01, DATE, 2025-H1, -, 0, 3",
    "2024年下半期に, 2025-03-01, DATE, 2024-H2, -, 0, 8",
    "2024年度上期の, 2025-03-01, DATE, FY2024-H1, -, 0, 8",
    "今年上半期, 2025-03-01, DATE, 2025-H1, -, 0, 5",
    "2024年春に, 2025-03-01, DATE, 2024-SP, -, 0, 6",
    "今年の夏は, 2025-03-01, DATE, 2025-SU, -, 0, 4",
    "昨年秋に, 2025-03-01, DATE, 2024-FA, -, 0, 3",
    "2023年冬, 2025-03-01, DATE, 2023-WI, -, 0, 6",
    "今春の, 2025-03-01, DATE, 2025-SP, -, 0, 2",
    "昨秋に, 2025-03-01, DATE, 2024-FA, -, 0, 2",
    "来春に, 2025-03-01, DATE, 2026-SP, -, 0, 2",
    "今冬は, 2025-01-15, DATE, 2024-WI, -, 0, 2",
    "今冬は, 2024-11-15, DATE, 2024-WI, -, 0, 2",
    "今夏発売, 2025-03-01, DATE, 2025-SU, -, 0, 2",
    "年末に, 2025-03-01, DATE, 2025, END, 0, 2",
    "年初に, 2025-03-01, DATE, 2025, START, 0, 2",
    "月末に, 2025-03-01, DATE, 2025-03, END, 0, 2",
    "週末に, 2025-03-01, DATE, 2025-W09, END, 0, 2",
    "2024年末に, 2025-03-01, DATE, 2024, END, 0, 6",
    "今月末に, 2025-03-01, DATE, 2025-03, END, 0, 3",
    "1990年代に, 2025-03-01, DATE, 199X, -, 0, 6",
    "今日は, 2025-03-01, DATE, 2025-03-01, -, 0, 2",
    "本日より, 2025-03-01, DATE, 2025-03-01, -, 0, 2",
    "昨日の, 2025-03-01, DATE, 2025-02-28, -, 0, 2",
    "明日から, 2025-03-01, DATE, 2025-03-02, -, 0, 2",
    "一昨日に, 2025-03-01, DATE, 2025-02-27, -, 0, 3",
    "一昨年に, 2025-03-01, DATE, 2023, -, 0, 3",
    "今年は, 2025-03-01, DATE, 2025, -, 0, 2",
    "本年も, 2025-03-01, DATE, 2025, -, 0, 2",
    "昨年の, 2025-03-01, DATE, 2024, -, 0, 2",
    "去年は, 2025-03-01, DATE, 2024, -, 0, 2",
    "来年には, 2025-03-01, DATE, 2026, -, 0, 2",
    "今月は, 2025-03-01, DATE, 2025-03, -, 0, 2",
    "先月の, 2025-03-01, DATE, 2025-02, -, 0, 2",
    "来月に, 2025-03-01, DATE, 2025-04, -, 0, 2",
    "今週は, 2025-03-01, DATE, 2025-W09, -, 0, 2",
    "先週の, 2025-03-01, DATE, 2025-W08, -, 0, 2",
    "来週に, 2025-03-01, DATE, 2025-W10, -, 0, 2",
    "先月13日に, 2025-03-01, DATE, 2025-02-13, -, 0, 5",
    "昨年6月に, 2025-03-01, DATE, 2024-06, -, 0, 4",
    "3日前に, 2025-03-01, DATE, 2025-02-26, -, 0, 3",
    "2年後に, 2025-03-01, DATE, 2027, -, 0, 3",
    "3年前に, 2025-03-01, DATE, 2022, -, 0, 3",
    "三か月後に, 2025-03-01, DATE, 2025-06, -, 0, 4",
    "2024年6月13日、同日夜に, 2025-03-01, DATE, 2024-06-13, -, 11, 13",
    "2019年に入り、同年6月, 2025-03-01, DATE, 2019-06, -, 9, 13",
    "2019年5月3日と同月末, 2025-03-01, DATE, 2019-05, END, 10, 13",
    "2020年に開業。前年には, 2025-03-01, DATE, 2019, -, 9, 11",
    "2020年に開業し、翌年に, 2025-03-01, DATE, 2021, -, 10, 12",
    "2020年に開業し、翌年度に, 2025-03-01, DATE, FY2021, -, 10, 13",
    "前年比で増えた, 2025-03-01, DATE, 2024, -, 0, 2",
    "2024年6月13日に会談。前日には, 2025-03-01, DATE, 2024-06-12, -, 14, 16",
    "2024年6月13日に会談。翌日には, 2025-03-01, DATE, 2024-06-14, -, 14, 16",
    "2024年6月13日に会談。当日は, 2025-03-01, DATE, 2024-06-13, -, 14, 16",
    "2024年6月に発表し、翌月に, 2025-03-01, DATE, 2024-07, -, 12, 14",
    "2024年6月13日に会談。その3日前に, 2025-03-01, DATE, 2024-06-10, -, 16, 19",
    "2010年に結婚。その2年後に, 2025-03-01, DATE, 2012, -, 11, 14",
    "翌日に, 2025-03-01, DATE, 2025-03-02, -, 0, 2",
    "2024年6月〜8月に, 2025-03-01, DATE, 2024-06, -, 0, 10",
    "6月13日から15日まで, 2025-03-01, DATE, 2025-06-13, -, 0, 12",
    "2023〜24年に, 2025-03-01, DATE, 2023, -, 0, 8",
    "2023〜24年度, 2025-03-01, DATE, FY2023, -, 0, 9",
    "13日午後3時に, 2025-03-01, DATE, 2025-03-13T15:00, -, 0, 7",
    "2024年6月13日15時30分, 2025-03-01, DATE, 2024-06-13T15:30, -, 0, 16",
    "今日正午に, 2025-03-01, DATE, 2025-03-01T12:00, -, 0, 4",
    "1日午前0時から, 2025-03-01, DATE, 2025-03-01T00:00, -, 0, 6",
    "13日(木) 19:00開演, 2025-03-01, DATE, 2025-03-13T19:00, -, 0, 12",
    "翌日午前10時半, 2025-03-01, DATE, 2025-03-02T10:30, -, 0, 8",
    "午後3時に, 2025-03-01, DATE, XXXX-XX-XXT15:00, -, 0, 4",
    "15時30分から, 2025-03-01, DATE, XXXX-XX-XXT15:30, -, 0, 6",
    "正午に, 2025-03-01, DATE, XXXX-XX-XXT12:00, -, 0, 2",
    "深夜2時ごろ, 2025-03-01, DATE, XXXX-XX-XXT02:00, -, 0, 4",
    "夜8時から, 2025-03-01, DATE, XXXX-XX-XXT20:00, -, 0, 3",
    "午後十時に, 2025-03-01, DATE, XXXX-XX-XXT22:00, -, 0, 4",
    "2023年の大会では6月13日に, 2025-03-01, DATE, 2023-06-13, -, 10, 15",
    "2023年12月20日に始まり、1月5日に終わった, 2025-03-01, DATE, 2024-01-05, -, 16, 20",
    "2023年6月13日に開幕し、15日に閉幕, 2025-03-01, DATE, 2023-06-15, -, 15, 18",
    "2009年に設立。\\n6月13日に発表, 2025-03-01, DATE, 2025-06-13, -, 10, 15",
    "昨年7月に始まり、20日に, 2025-03-01, DATE, 2025-02-20, -, 9, 12",
    "6月13日に, , DATE, XXXX-06-13, -, 0, 5",
    "昨年は, , DATE, XXXX, -, 0, 2",
    "3日前に, , DATE, XXXX-XX-XX, -, 0, 3",
    "第3四半期, , DATE, FYXXXX-Q3, -, 0, 5",
    "今春の, , DATE, XXXX-SP, -, 0, 2",
    "13日午後3時に, , DATE, XXXX-XX-13T15:00, -, 0, 7",
    "10年間の支援, 2025-03-01, DURATION, P10Y, -, 0, 4",
    "3か月で, 2025-03-01, DURATION, P3M, -, 0, 3",
    "3ヶ月で, 2025-03-01, DURATION, P3M, -, 0, 3",
    "3カ月で, 2025-03-01, DURATION, P3M, -, 0, 3",
    "三カ月で, 2025-03-01, DURATION, P3M, -, 0, 3",
    "3ヵ月で, 2025-03-01, DURATION, P3M, -, 0, 3",
    "３ヶ月間の, 2025-03-01, DURATION, P3M, -, 0, 4",
    "2週間の, 2025-03-01, DURATION, P2W, -, 0, 3",
    "5日間の日程, 2025-03-01, DURATION, P5D, -, 0, 3",
    "48時間の, 2025-03-01, DURATION, PT48H, -, 0, 4",
    "24時間営業, 2025-03-01, DURATION, PT24H, -, 0, 4",
    "30分間の休憩, 2025-03-01, DURATION, PT30M, -, 0, 4",
    "1年半かかった, 2025-03-01, DURATION, P1Y6M, -, 0, 3",
    "半年が過ぎた, 2025-03-01, DURATION, P6M, -, 0, 2",
    "四半世紀の, 2025-03-01, DURATION, P25Y, -, 0, 4",
    "半世紀にわたる, 2025-03-01, DURATION, P50Y, -, 0, 3",
    "1年3か月の任期, 2025-03-01, DURATION, P1Y3M, -, 0, 5",
    "1時間30分の会議, 2025-03-01, DURATION, PT1H30M, -, 0, 6",
    "数年の, 2025-03-01, DURATION, PXY, APPROX, 0, 2",
    "数年間の, 2025-03-01, DURATION, PXY, APPROX, 0, 3",
    "数か月の, 2025-03-01, DURATION, PXM, APPROX, 0, 3",
    "十数年の, 2025-03-01, DURATION, P1XY, APPROX, 0, 3",
    "数十年の, 2025-03-01, DURATION, PX0Y, APPROX, 0, 3",
    "数日間の, 2025-03-01, DURATION, PXD, APPROX, 0, 3",
    "数週間で, 2025-03-01, DURATION, PXW, APPROX, 0, 3",
    "数時間後, 2025-03-01, DURATION, PTXH, APPROX, 0, 3",
    "約3年の, 2025-03-01, DURATION, P3Y, APPROX, 0, 3",
    "およそ10年で, 2025-03-01, DURATION, P10Y, APPROX, 0, 6",
    "3年ほどで, 2025-03-01, DURATION, P3Y, APPROX, 0, 4",
    "10年近く, 2025-03-01, DURATION, P10Y, APPROX, 0, 5",
    "1年前後の, 2025-03-01, DURATION, P1Y, APPROX, 0, 4",
    "10年以上の, 2025-03-01, DURATION, P10Y, EQUAL_OR_MORE, 0, 5",
    "3年超の, 2025-03-01, DURATION, P3Y, MORE_THAN, 0, 3",
    "3日以内に, 2025-03-01, DURATION, P3D, EQUAL_OR_LESS, 0, 4",
    "3年にわたる交渉, 2025-03-01, DURATION, P3Y, -, 0, 2",
    "10年ぶりの, 2025-03-01, DURATION, P10Y, -, 0, 5",
    "創業50年の老舗, 2025-03-01, DURATION, P50Y, -, 2, 5",
    "生誕100年を記念, 2025-03-01, DURATION, P100Y, -, 2, 6",
    "結成10周年の, 2025-03-01, DURATION, P10Y, -, 2, 6",
    "戦後70年の, 2025-03-01, DURATION, P70Y, -, 2, 5",
    "3時間の, 2025-03-01, DURATION, PT3H, -, 0, 3",
      })
  void testForm(String input, String ref, String type, String value, String mod, int start, int end) {
    List<Mention> all = temporal(input, ref);
    List<Mention> at =
        all.stream().filter(m -> m.start() == start && m.end() == end && m.type().name().equals(type)).toList();
    assertEquals(1, at.size(), () -> "one " + type + " at " + start + "-" + end + " in " + all);
    assertEquals(value, at.get(0).value());
    assertEquals(mod, at.get(0).mod());
  }

  @ParameterizedTest(name = "{0}: no {1}")
  @CsvSource({
    "2024人が参加, BOTH",
    "スコアは3-1, BOTH",
    "電話03-1234-5678, BOTH",
    "ver2.0.13を公開, BOTH",
    "http://example.jp/2024/06/13/a.html, BOTH",
    "file_20240613.pdf, BOTH",
    "iOS 5.1.1, BOTH",
    "午後3時に, DURATION",
    "15時30分, DURATION",
    "正午, DURATION",
    "10年間の, DATE",
    "3年にわたる, DATE",
    "創業50年, DATE",
    "24時間, DATE",
    "3時間, DATE",
    "一時は, BOTH",
    "春闘の, DATE",
    "夏休み, DATE",
    "毎週末に, DATE",
    "同時に, BOTH",
    "3年目の, BOTH",
    "青春の, DATE",
    "2時限目, DATE",
    "以上期間, DATE",
    "第3者, DATE",
    "上半身, DATE",
    "3時点で, DATE",
    "1日1回, BOTH",
  })
  void testTrap(String input, String what) {
    List<Mention> found =
        temporal(input, "2025-03-01").stream()
            .filter(m -> what.equals("BOTH") || m.type().name().equals(what))
            .toList();
    assertTrue(found.isEmpty(), () -> input + " -> " + found);
  }
}
