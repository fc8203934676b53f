package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per input layout, on fixtures written for this project. */
class IngestFormatsTest {

  static final Path FIXTURES = Path.of("src/test/resources/dev/kiji/ingest");

  static Article only(Path file) {
    IngestResult r = Ingest.read(file);
    assertEquals(List.of(), r.errors(), "errors");
    assertEquals(1, r.articles().size(), "articles");
    return r.articles().get(0);
  }

  @Test
  void testScrapedTextTakesFirstLineLatestDateAndFirstSourceUrl() throws Exception {
    Path file = FIXTURES.resolve("scraped/digest.txt");
    Article a = only(file);
    assertEquals("scraped-text", a.format());
    assertEquals("UTF-8", a.encoding());
    assertEquals("市立図書館が開館50周年、記念展示と夜間開館を発表?来館者の声と今後の計画まとめ", a.title());
    // three 公開日 lines: 2023/11/02, 2024/02/15, 2023/12/24 -> the latest
    assertEquals(LocalDate.of(2024, 2, 15), a.published());
    // the URL is glued to Japanese text; it ends at the first non-URL character
    assertEquals("https://news.example.jp/local/2023/11/02/library-50th/", a.sourceUrl());
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), a.text());
    assertEquals(file.toString().replace('\\', '/'), a.path());
    assertEquals(Article.stableId(a.sourceUrl(), null), a.id());
  }

  @Test
  void testScrapedTextWithoutMetadata() {
    IngestResult r =
        Ingest.read("note.txt", "\n\n  見出しだけ  \n本文。\n".getBytes(StandardCharsets.UTF_8));
    Article a = r.articles().get(0);
    assertEquals("見出しだけ", a.title());
    assertNull(a.published());
    assertNull(a.sourceUrl());
    assertEquals(Article.stableId(null, "note.txt"), a.id());
  }

  @Test
  void testLivedoorLayout() throws Exception {
    Path file = FIXTURES.resolve("livedoor-layout/own-article.txt");
    Article a = only(file);
    assertEquals("livedoor", a.format());
    assertEquals("http://news.example.jp/article/detail/1234567/", a.sourceUrl());
    assertEquals(LocalDate.of(2011, 12, 31), a.published());
    assertEquals("年末の商店街で福引き大会、特賞は温泉旅行", a.title());
    String whole = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(a.text().startsWith(a.title() + "\n"), a.text());
    assertTrue(whole.endsWith(a.text()), "text is the file from line 3 on");
    assertEquals(Article.stableId(a.sourceUrl(), null), a.id());
  }

  @Test
  void testLivedoorTimestampIsConvertedToTokyoDate() {
    // 2012-03-08T16:00:00+0000 is 2012-03-09 01:00 in Tokyo
    Article a = only(FIXTURES.resolve("livedoor-layout/utc-offset.txt"));
    assertEquals(LocalDate.of(2012, 3, 9), a.published());
  }

  @Test
  void testHtmlFullPage() {
    Article a = only(FIXTURES.resolve("html/full-page.html"));
    assertEquals("html", a.format());
    assertEquals("市バスに新路線、病院と駅を結ぶ", a.title());
    // article:published_time wins over JSON-LD and <time>; 20:30 UTC is the next day in Tokyo
    assertEquals(LocalDate.of(2024, 6, 13), a.published());
    assertEquals("https://news.example.jp/2024/06/13/bus-route", a.sourceUrl());
    assertEquals(
        "市バスに新路線、病院と駅を結ぶ\n\n"
            + "2019年5月5日\n"
            + "みなと市は、市民病院と中央駅を結ぶ市バスの新路線を7月から運行すると発表した。\n"
            + "運行は1日20便で、運賃は大人200円。\n"
            + "高齢者は半額となる。\n"
            + "始発は午前6時\n"
            + "終発は午後10時",
        a.text());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "html/full-page.html | シェアする",
        "html/full-page.html | 関連記事",
        "html/full-page.html | こちらもおすすめ",
        "html/full-page.html | 半額セール",
        "html/full-page.html | トップ",
        "html/full-page.html | trackView",
        "html/full-page.html | Copyright",
        "html/json-ld-date.html | メニュー",
        "html/time-only.html | ランキング",
        "html/time-only.html | ホーム",
      })
  void testHtmlBoilerplateDropped(String file, String boilerplate) {
    Article a = only(FIXTURES.resolve(file));
    assertFalse(a.text().contains(boilerplate), a.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "html/json-ld-date.html; 商店街に子ども食堂がオープン; 2023-09-01; 毎週土曜日に営業し",
        "html/time-only.html; 図書館で古地図展 | 地域版; 2022-10-08; 江戸時代の古地図",
        "html/shift-jis-meta.html; 古い形式のページ; ; 丸数字①も使えます",
        "html/euc-jp-meta.html; EUCのページ; ; EUC-JPで保存されています",
      })
  void testHtmlTitleDateAndBody(String file, String title, String date, String bodyPart) {
    Article a = only(FIXTURES.resolve(file));
    assertEquals(title, a.title());
    assertEquals(date == null ? null : LocalDate.parse(date), a.published());
    assertTrue(a.text().startsWith(title + "\n\n"), a.text());
    assertTrue(a.text().contains(bodyPart), a.text());
    assertNull(a.sourceUrl());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "html/shift-jis-meta.html, windows-31j",
    "html/euc-jp-meta.html, EUC-JP",
    "html/full-page.html, UTF-8",
  })
  void testHtmlDeclaredCharset(String file, String charset) {
    assertEquals(charset, only(FIXTURES.resolve(file)).encoding());
  }

  @Test
  void testHtmlWithoutBodyIsAnError() {
    IngestResult r = Ingest.read(FIXTURES.resolve("html/no-body.html"));
    assertEquals(List.of(), r.articles());
    assertEquals(1, r.errors().size());
    assertEquals("HTML page has no article text", r.errors().get(0).reason());
  }

  @Test
  void testJsonLinesGoodLinesReadBadLinesReported() {
    IngestResult r = Ingest.read(FIXTURES.resolve("jsonl/feed.jsonl"));
    String p = FIXTURES.resolve("jsonl/feed.jsonl").toString().replace('\\', '/');
    List<Article> as = r.articles();
    assertEquals(
        List.of(p + "#1", p + "#2", p + "#4", p + "#8", p + "#9"),
        as.stream().map(Article::path).toList());
    Article first = as.get(0);
    assertEquals("駅伝大会で地元高校が初優勝", first.title());
    assertEquals(
        "駅伝大会で地元高校が初優勝\n\n県高校駅伝で、みなと高校が初めて優勝した。\n監督は「練習の成果が出た」と話した。",
        first.text());
    assertEquals("https://news.example.jp/sports/ekiden", first.sourceUrl());
    assertEquals(LocalDate.of(2024, 11, 3), first.published());
    assertEquals("jsonl", first.format());
    assertEquals(LocalDate.of(2024, 9, 20), as.get(1).published());
    assertEquals("https://news.example.jp/agri/rice", as.get(1).sourceUrl());
    // 2024-10-31T16:00:00Z is 2024-11-01 in Tokyo
    assertEquals(LocalDate.of(2024, 11, 1), as.get(2).published());
    assertEquals("紅葉の見頃は来週\n\n山間部で紅葉が色づき始めた。", as.get(2).text());
    assertNull(as.get(3).published());
    assertEquals("URLも日付もない記事\n\n一段落目。\n二段落目。", as.get(4).text());
    assertEquals(Article.stableId(null, p + "#9"), as.get(4).id());

    assertEquals(
        List.of(p + "#3", p + "#6", p + "#7"), r.errors().stream().map(InputError::path).toList());
    assertTrue(r.errors().get(0).reason().startsWith("malformed JSON at line 3: "), r.errors().toString());
    assertEquals("line 6: not a JSON object", r.errors().get(1).reason());
    assertEquals("line 7: no title or body", r.errors().get(2).reason());
    assertEquals(
        List.of(new InputError(p + "#8", "line 8: unrecognised date '先週の火曜日'")), r.warnings());
  }

  @Test
  void testJsonArrayFile() {
    IngestResult r = Ingest.read(FIXTURES.resolve("jsonl/array.json"));
    assertEquals(List.of(), r.errors());
    assertEquals(List.of("配列の一件目", "配列の二件目"), r.articles().stream().map(Article::title).toList());
    assertTrue(r.articles().get(1).path().endsWith("array.json#2"));
    assertEquals(LocalDate.of(2024, 1, 5), r.articles().get(0).published());
  }

  @Test
  void testPrettyPrintedJsonObjectIsOneArticle() {
    Article a = only(FIXTURES.resolve("jsonl/pretty.json"));
    assertEquals("整形されたJSONの記事", a.title());
    assertEquals(LocalDate.of(2024, 2, 29), a.published());
    assertTrue(a.path().endsWith("pretty.json"));
  }

  @Test
  void testJsonFileWithOnlyBadLinesReportsEachLine() {
    IngestResult r = Ingest.read(FIXTURES.resolve("jsonl/all-bad.jsonl"));
    assertEquals(List.of(), r.articles());
    assertEquals(2, r.errors().size());
    assertTrue(r.errors().get(1).reason().startsWith("malformed JSON at line 2"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a.txt | {\"title\":\"t\",\"body\":\"b\"} | jsonl",
        "a.txt | [{\"title\":\"t\",\"body\":\"b\"}] | jsonl",
        "a.txt | [速報]見出し\\n本文 | scraped-text",
        "a.txt | {注目}見出し\\n本文 | scraped-text",
        "a.jsonl | <!DOCTYPE html><html><body><p>本文</p></body></html> | html",
        "a.html | <p>本文</p> | html",
        "a.txt | <p>本文</p> | html",
        "a.html | 見出し\\n本文に <b> を含むだけ | scraped-text",
        "a.txt | http://x.example.jp/1\\n2012-01-02T03:04:05+0900\\n題\\n本文 | livedoor",
        "a.txt | http://x.example.jp/1\\n見出し\\n本文 | scraped-text",
      })
  void testFormatDetectedByContent(String name, String content, String format) {
    IngestResult r = Ingest.read(name, content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.errors());
    assertEquals(format, r.articles().get(0).format());
  }
}
