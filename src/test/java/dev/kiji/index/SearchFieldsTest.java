package dev.kiji.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.analyze.Analysis;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchFieldsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
      host of the URL             | https://News.Example.jp/a/1 | corpus/x/a.txt   | news.example.jp
      folder without URL          | null                        | corpus/sports/a.txt | sports
      folder of a multi-article file | null                     | in/wire.jsonl#3  | in
      bad URL falls back          | ::not a url                 | feed/a.txt       | feed
      no folder at all            | null                        | a.txt            | null
      """)
  void testSite(String name, String url, String path, String expected) {
    assertEquals(expected, SearchFields.site(url, path));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      noun pairs are joined            | 岸田文雄首相が話した | キシダ フミオ キシダフミオ シュショウ フミオシュショウ ハナシ
      particles and punctuation skipped | 米国は、            | ベイコク
      """)
  void testReadings(String name, String text, String expected) {
    assertEquals(List.of(expected.split(" ")), List.copyOf(dev.kiji.pipeline.TokenReadings.of(Analysis.analyze(text).tokens())));
  }
}
