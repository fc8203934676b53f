package dev.kiji.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A minimal OpenSearch REST client over the JDK's {@link HttpClient}: JSON in, JSON out, no
 * dependency beyond Jackson. A URL may carry user:password ({@code http://u:p@host:9200}), sent
 * as basic authentication. Thread-safe; {@link #close} stops the HTTP client's threads.
 *
 * <p>Errors: a connection failure or an HTTP status ≥ 400 throws {@link IOException} with the
 * server's error reason ({@code index_not_found_exception: no such index [kiji]}).
 */
public final class OpenSearchClient implements AutoCloseable {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI base;
  private final String authorization;
  private final HttpClient http;

  /** A client of the cluster at {@code url}, e.g. {@code http://localhost:9200}. */
  public OpenSearchClient(String url) {
    URI u = URI.create(url.endsWith("/") ? url : url + "/");
    if (u.getScheme() == null || u.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    String info = u.getRawUserInfo();
    this.authorization = info == null ? null
        : "Basic " + java.util.Base64.getEncoder().encodeToString(
            java.net.URLDecoder.decode(info, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    this.base = URI.create(u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
        + u.getRawPath());
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** The cluster's address, without credentials. */
  public String url() {
    String s = base.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** An index name as a path segment. */
  static String segment(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  /** Sends {@code body} (JSON, or null) and returns the parsed answer; status ≥ 400 throws. */
  public JsonNode send(String method, String path, JsonNode body) throws IOException {
    return send(method, path, body == null ? null : MAPPER.writeValueAsString(body), "application/json");
  }

  /** Sends a raw body ({@code application/x-ndjson} for {@code _bulk}). */
  public JsonNode send(String method, String path, String body, String contentType) throws IOException {
    HttpResponse<String> r = exchange(method, path, body, contentType);
    JsonNode json = r.body().isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(r.body());
    if (r.statusCode() >= 400) {
      throw new IOException(url() + (path.startsWith("/") ? "" : "/") + path + ": HTTP " + r.statusCode() + ": " + reason(json));
    }
    return json;
  }

  /** The status of a request whose answer does not matter ({@code HEAD /index}). */
  public int status(String method, String path) throws IOException {
    return exchange(method, path, null, null).statusCode();
  }

  private HttpResponse<String> exchange(String method, String path, String body, String contentType)
      throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
        .timeout(Duration.ofMinutes(2))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.net.ConnectException e) {
      throw new IOException(url() + ": cannot connect (is OpenSearch running there?)", e);
    }
  }

  /** {@code type: reason} of an OpenSearch error answer. */
  static String reason(JsonNode json) {
    JsonNode e = json.path("error");
    if (e.isTextual()) {
      return e.asText();
    }
    JsonNode root = e.path("root_cause").path(0);
    JsonNode cause = root.isMissingNode() ? e : root;
    String type = cause.path("type").asText("");
    String reason = cause.path("reason").asText(json.toString());
    return type.isEmpty() ? reason : type + ": " + reason;
  }

  @Override
  public void close() {
    http.close();
  }
}
