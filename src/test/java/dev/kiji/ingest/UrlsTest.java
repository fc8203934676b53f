package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "出典/画像元: https://a.example.jp/x/y-2024/続く日本語 | https://a.example.jp/x/y-2024/",
        "see https://a.example.jp/x. | https://a.example.jp/x",
        "(https://a.example.jp/x) | https://a.example.jp/x",
        "https://en.example.org/wiki/A_(b) | https://en.example.org/wiki/A_(b)",
        "http://a.example.jp/?q=1&r=2#f、次へ | http://a.example.jp/?q=1&r=2#f",
        "no url here | NULL",
        "https:// alone | NULL",
      })
  void testFirst(String in, String expected) {
    assertEquals(expected, Urls.first(in));
  }
}
