package dev.kiji.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.QuerySyntaxException;
import dev.kiji.search.SearchResult;
import dev.kiji.search.StoredArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * kiji's local web page, on the JDK's built-in HTTP server.
 *
 * <ul>
 *   <li>{@code GET /?q=QUERY&offset=N}: search box, hits with highlighted snippets, facets whose
 *       party and month values are links that add {@code party:"X"} / {@code published:YYYY-MM}
 *       to the query
 *   <li>{@code GET /article?id=ID}: the article's text with its mentions colour-marked by type,
 *       and the list of them
 * </ul>
 *
 * <p>Mentions are extracted again when the article page is opened (the same deterministic
 * extractor as {@code kiji analyze}, a few milliseconds), so the index stores no mention spans.
 * Every response carries a Content-Security-Policy that forbids scripts and any outside resource.
 *
 * <pre>{@code
 * try (SearchServer s = SearchServer.start(searcher, new InetSocketAddress("127.0.0.1", 0))) {
 *   System.out.println("http://127.0.0.1:" + s.port() + "/");
 * }
 * }</pre>
 */
public final class SearchServer implements AutoCloseable {

  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";

  private final ArticleSearcher searcher;
  private final HttpServer http;
  private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();

  private SearchServer(ArticleSearcher searcher, HttpServer http) {
    this.searcher = searcher;
    this.http = http;
  }

  /** Binds {@code address} (port 0: any free port) and starts serving. */
  public static SearchServer start(ArticleSearcher searcher, InetSocketAddress address) throws IOException {
    HttpServer http = HttpServer.create(address, 0);
    SearchServer s = new SearchServer(searcher, http);
    http.createContext("/", s::handle);
    http.setExecutor(s.pool);
    http.start();
    return s;
  }

  /** The port actually bound. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The address actually bound. */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
        send(ex, 405, Pages.notFound("only GET"));
        return;
      }
      Map<String, String> params = params(ex.getRequestURI().getRawQuery());
      String q = params.getOrDefault("q", "").strip();
      switch (ex.getRequestURI().getPath()) {
        case "/" -> search(ex, q, params.getOrDefault("offset", "0"));
        case "/article" -> article(ex, params.getOrDefault("id", ""), q);
        default -> send(ex, 404, Pages.notFound("no such page"));
      }
    } catch (RuntimeException e) {
      send(ex, 500, Pages.notFound("internal error: " + e));
    }
  }

  private void search(HttpExchange ex, String q, String offsetParam) throws IOException {
    if (q.isEmpty()) {
      send(ex, 200, Pages.results("", null, null));
      return;
    }
    int offset;
    try {
      offset = Math.max(0, Integer.parseInt(offsetParam));
    } catch (NumberFormatException e) {
      offset = 0;
    }
    try {
      SearchResult r = searcher.search(q, Pages.PAGE, offset, true);
      send(ex, 200, Pages.results(q, r, null));
    } catch (QuerySyntaxException e) {
      send(ex, 400, Pages.results(q, null, e.getMessage()));
    }
  }

  private void article(HttpExchange ex, String id, String q) throws IOException {
    Optional<StoredArticle> a = searcher.article(id);
    if (a.isEmpty()) {
      send(ex, 404, Pages.notFound("no article " + id));
      return;
    }
    send(ex, 200, Pages.article(a.get(), a.get().mentions(), q));
  }

  private static Map<String, String> params(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // a malformed escape: ignore the parameter
      }
    }
    return out;
  }

  private static void send(HttpExchange ex, int status, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    ex.getResponseHeaders().set("Content-Security-Policy", CSP);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Stops serving (waits up to a second for running requests). */
  @Override
  public void close() {
    http.stop(1);
    pool.shutdownNow();
  }
}
