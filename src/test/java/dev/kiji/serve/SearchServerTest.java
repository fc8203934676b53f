package dev.kiji.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.SearchFixture;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages over plain HTTP: escaping, headers, errors. The browser test clicks through them. */
class SearchServerTest {

  @TempDir static Path dir;
  static ArticleSearcher searcher;
  static SearchServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    SearchFixture.index(dir);
    searcher = ArticleSearcher.open(dir);
    server = SearchServer.start(searcher, new InetSocketAddress("127.0.0.1", 0));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    searcher.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String q(String query) {
    return "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  @Test
  void testBoundToLoopbackOnly() {
    assertTrue(server.address().getAddress().isLoopbackAddress());
  }

  @Test
  void testScriptInTitleAndSnippetIsEscaped() throws Exception {
    HttpResponse<String> r = get(q("本文"));
    assertEquals(200, r.statusCode());
    assertFalse(r.body().contains("<script"), r.body());
    assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;注意"), r.body());
    assertTrue(r.body().contains("<mark>本文</mark>に&lt;script&gt;alert(&#39;x&#39;)"), r.body());
    assertEquals("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
        r.headers().firstValue("Content-Security-Policy").orElse(""));
  }

  @Test
  void testArticlePageEscapesAndMarksMentions() throws Exception {
    HttpResponse<String> g = get("/article?id=g");
    assertEquals(200, g.statusCode());
    assertFalse(g.body().contains("<script"), g.body());
    HttpResponse<String> d = get("/article?id=d");
    assertTrue(d.body().contains("<mark class=\"m m-PARTY\" title=\"PARTY PERSON: 岸田文雄 (首相)\">岸田文雄</mark>")
        || d.body().contains("<mark class=\"m m-PARTY\" title=\"PARTY PERSON: 岸田文雄\">岸田文雄</mark>"), d.body());
    assertTrue(d.body().contains("<mark class=\"m m-AMOUNT\" title=\"AMOUNT MONEY: 4500000000 USD\">45億ドル</mark>"), d.body());
  }

  @Test
  void testFacetLinksAddAClauseToTheQuery() throws Exception {
    String body = get(q("type:COUNTRY")).body();
    assertTrue(body.contains("href=\"/?q=type%3ACOUNTRY+party%3A%22%E7%B1%B3%E5%9B%BD%22\""), body);
    assertTrue(body.contains("href=\"/?q=type%3ACOUNTRY+published%3A2024-02\""), body);
  }

  @Test
  void testMalformedQueryShowsTheMessage() throws Exception {
    HttpResponse<String> r = get(q("published:2024-13 <b>"));
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("bad date &#39;2024-13&#39;"), r.body());
    assertTrue(r.body().contains("value=\"published:2024-13 &lt;b&gt;\""), r.body());
  }

  @Test
  void testUnknownPagesAndArticles() throws Exception {
    assertEquals(404, get("/nothing").statusCode());
    assertEquals(404, get("/article?id=none").statusCode());
  }

  @Test
  void testPagingLinks() throws Exception {
    String body = get(q("type:COUNTRY")).body();
    assertTrue(body.contains("id=\"total\">4 件 (1–4)"), body);
    assertFalse(body.contains("id=\"next\""), body);
  }
}
