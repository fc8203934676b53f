package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.analyze.Analysis;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationExtractorTest {

  private static List<Mention> durations(String text) {
    return new DurationExtractor().extract(Analysis.analyze(text), ExtractionContext.none());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        // input, surface, value, mod, start, end
        "10年間の支援, 10年間, P10Y, -, 0, 4",
        "１０年間の支援, １０年間, P10Y, -, 0, 4",
        "十年間, 十年間, P10Y, -, 0, 3",
        "半年が過ぎた, 半年, P6M, -, 0, 2",
        "1年半かかった, 1年半, P1Y6M, -, 0, 3",
        "半世紀にわたる, 半世紀, P50Y, -, 0, 3",
        "四半世紀ぶり, 四半世紀ぶり, P25Y, -, 0, 6",
        "3か月で, 3か月, P3M, -, 0, 3",
        "3ヶ月で, 3ヶ月, P3M, -, 0, 3",
        "3カ月で, 3カ月, P3M, -, 0, 3",
        "3ｶ月で, 3ｶ月, P3M, -, 0, 3",
        "3ヵ月で, 3ヵ月, P3M, -, 0, 3",
        "三か月で, 三か月, P3M, -, 0, 3",
        "2週間の休暇, 2週間, P2W, -, 0, 3",
        "5日間の日程, 5日間, P5D, -, 0, 3",
        "48時間以内に, 48時間以内, PT48H, EQUAL_OR_LESS, 0, 6",
        "30分間の休憩, 30分間, PT30M, -, 0, 4",
        "30分ほど待つ, 30分ほど, PT30M, APPROX, 0, 5",
        "約2年かけて, 約2年, P2Y, APPROX, 0, 3",
        "10年以上前から, 10年以上, P10Y, EQUAL_OR_MORE, 0, 5",
        "10年ぶりの優勝, 10年ぶり, P10Y, -, 0, 5",
        "3年連続で, 3年連続, P3Y, -, 0, 4",
        "10年にわたり, 10年, P10Y, -, 0, 3",
        "2年3か月の任期, 2年3か月, P2Y3M, -, 0, 5",
        "1時間30分の会議, 1時間30分, PT1H30M, -, 0, 6",
        "1時間半の会議, 1時間半, PT1H30M, -, 0, 4",
        "1分30秒で, 1分30秒, PT1M30S, -, 0, 5",
        "10余年の歳月, 10余年, P10Y, MORE_THAN, 0, 4",
        "3日以内に, 3日以内, P3D, EQUAL_OR_LESS, 0, 4",
        "10年来の友人, 10年来, P10Y, -, 0, 4",
      })
  void testDuration(String input, String surface, String value, String mod, int start, int end) {
    List<Mention> ms = durations(input);
    assertEquals(1, ms.size(), () -> input + " -> " + ms);
    Mention m = ms.get(0);
    assertEquals(MentionType.DURATION, m.type());
    assertEquals(null, m.subtype());
    assertEquals(surface, m.surface());
    assertEquals(value, m.value());
    assertEquals(mod, m.mod());
    assertEquals(start, m.start());
    assertEquals(end, m.end());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "数年間, PXY, P9Y",
    "十数年, P1XY, P19Y",
    "数十年, PX0Y, P90Y",
    "数か月, PXM, P9M",
    "2〜3年間, P2Y, P3Y",
  })
  void testVagueAndRange(String input, String value, String max) {
    List<Mention> ms = durations(input);
    assertEquals(1, ms.size(), () -> input + " -> " + ms);
    assertEquals(value, ms.get(0).value());
    assertEquals(max, ms.get(0).extra().get("max"));
    assertEquals(input, ms.get(0).surface());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024年に締結", "10年に発売", "13日に会談", "5時30分に開始", "3年目の選手", "第2週",
    "平成23年以上", "21世紀", "3割5分", "2024年以降", "一日も早く", "10年前に", "3日後に", "6月",
    "上半年", "http://example.com/10年間", "およそ1日1回塗る",
    // a length followed by 前 / 後 is a point in time (a DATE when a number is written)
    "2週間後に", "数年前から", "3か月後",
  })
  void testNoDuration(String input) {
    assertEquals(List.of(), durations(input), input);
  }
}
