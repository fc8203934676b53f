package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlReaderTest {

  private static IngestResult html(String page) {
    return Ingest.read("p.html", page.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "ad-box, true",
    "adBox, true",
    "sns_share, true",
    "related-posts, true",
    "global-nav, true",
    "article-body, false",
    "heading, false",
    "shadow, false",
    "'', false",
  })
  void testJunkClassOrId(String name, boolean junk) {
    assertEquals(junk, HtmlReader.isJunkName(name));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hidden attribute | <p hidden>隠れた文</p><p>見える文です。</p> | 見える文です。",
        "display none | <p style=\"display: none\">隠れた文</p><p>見える文です。</p> | 見える文です。",
        "aria hidden | <div aria-hidden=\"true\">隠れた文</div><p>見える文です。</p> | 見える文です。",
        "inline markup joined | <p>東京<b>都</b>の<a href=\"#\">話題</a>。</p> | 東京都の話題。",
        "source newlines inside a paragraph | <p>一行目\\n  の続き</p> | 一行目 の続き",
        "nbsp to space | <p>A&nbsp;B</p> | A B",
        "bare body text | 本文だけ<br>二行目 | 本文だけ\\n二行目",
      })
  void testBodyText(String name, String bodyHtml, String expected) {
    IngestResult r = html("<html><head><title>題</title></head><body>" + bodyHtml.replace("\\n", "\n") + "</body></html>");
    assertEquals(List.of(), r.errors());
    assertEquals("題\n\n" + expected.replace("\\n", "\n"), r.articles().get(0).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "og:title first | <meta property=\"og:title\" content=\"OG見出し\"><title>T</title> | <h1>H1</h1><p>本文。</p> | OG見出し",
        "article h1 before title | <title>T ー サイト</title> | <article><h1>記事見出し</h1><p>本文。</p></article> | 記事見出し",
        "title tag | <title>タブの見出し</title> | <p>本文。</p> | タブの見出し",
        "any h1 last | | <div><h1>唯一の見出し</h1><p>本文。</p></div> | 唯一の見出し",
      })
  void testTitle(String name, String head, String body, String title) {
    IngestResult r = html("<html><head>" + (head == null ? "" : head) + "</head><body>" + body + "</body></html>");
    assertEquals(title, r.articles().get(0).title());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "h1 equal to title dropped | <title>市の予算</title> | <h1>市の予算</h1><p>本文。</p> | 市の予算\\n\\n本文。",
        "h1 inside title wins over title | <title>市の予算 - 地域新聞</title> | <h1>市の予算</h1><p>本文。</p> | 市の予算\\n\\n本文。",
        "h1 without site name dropped | <meta property=\"og:title\" content=\"市の予算 - 地域新聞\"> | <h1>市の予算</h1><p>本文。</p> | 市の予算 - 地域新聞\\n\\n本文。",
        "short first line kept | <title>東京の新しい予算案について</title> | <p>東京</p><p>本文。</p> | 東京の新しい予算案について\\n\\n東京\\n本文。",
      })
  void testFirstLineRepeatingTitle(String name, String head, String body, String text) {
    IngestResult r = html("<html><head>" + head + "</head><body>" + body + "</body></html>");
    assertEquals(text.replace("\\n", "\n"), r.articles().get(0).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "meta before time | <meta property=\"article:published_time\" content=\"2024-06-13T09:00:00+09:00\"> | <article><time datetime=\"2020-01-01\">x</time><p>本文。</p></article> | 2024-06-13",
        "json-ld graph | <script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-12T20:00:00Z\"}]}</script> | <p>本文。</p> | 2024-06-13",
        "itemprop text | | <p><span itemprop=\"datePublished\">2024/06/13</span></p><p>本文。</p> | 2024-06-13",
        "time in article first | | <aside><time datetime=\"2020-01-01\">x</time></aside><article><time datetime=\"2024-06-13\">x</time><p>本文。</p></article> | 2024-06-13",
        "time text without datetime | | <article><time>2024年6月13日 10:00</time><p>本文。</p></article> | 2024-06-13",
        "no date | | <p>本文。</p> | ",
      })
  void testPublished(String name, String head, String body, String date) {
    IngestResult r = html("<html><head>" + (head == null ? "" : head) + "</head><body>" + body + "</body></html>");
    assertEquals(date == null ? null : java.time.LocalDate.parse(date), r.articles().get(0).published());
  }
}
