package dev.kiji.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiji.index.IndexSchema;
import dev.kiji.index.SearchFields;
import dev.kiji.report.Html;
import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.Facets;
import dev.kiji.search.Hit;
import dev.kiji.search.QueryLanguage;
import dev.kiji.search.QueryNode;
import dev.kiji.search.QuerySyntaxException;
import dev.kiji.search.SearchResult;
import dev.kiji.search.Searcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * kiji's search over an OpenSearch index made by {@link OpenSearchIndexer}: the same query
 * language ({@link QueryLanguage}), ranking rules and {@link SearchResult} as the embedded {@link
 * ArticleSearcher}.
 *
 * <p>Ranking: BM25 over title (boost 2) and body; a query without words lists the newest articles
 * first (articles without a date last). Snippets: OpenSearch's unified highlighter, two passages
 * of the body joined by "…", matches marked «like this». Facets: terms aggregations on party and
 * site (top {@value Facets#TOP}, count then name), a monthly date histogram on published.
 *
 * <pre>{@code
 * try (Searcher s = new OpenSearchSearcher(new OpenSearchClient("http://localhost:9200"), "kiji")) {
 *   SearchResult r = s.search("補助金 party:米国", 10, 0, true);
 * }
 * }</pre>
 *
 * <p>Weaknesses: scores differ from the embedded index's (other analysis, per-shard statistics),
 * so the order of hits with close scores may differ; snippets are cut by OpenSearch's rules.
 */
public final class OpenSearchSearcher implements Searcher {

  private static final String RAW_OPEN = "\uE000";
  private static final String RAW_CLOSE = "\uE001";
  private static final int FRAGMENT_SIZE = 120;

  private final OpenSearchClient client;
  private final String index;

  /** Searches {@code index} through {@code client}, which {@link #close} closes. */
  public OpenSearchSearcher(OpenSearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  /** The {@code _search} request of {@code node}. */
  static ObjectNode request(QueryNode node, int limit, int offset, boolean facets) {
    ObjectNode body = OpenSearchClient.MAPPER.createObjectNode();
    body.set("query", OpenSearchQueries.toDsl(node));
    body.put("from", offset);
    body.put("size", limit);
    body.put("track_total_hits", true);
    body.put("track_scores", true);
    ArrayNode source = body.putArray("_source");
    for (String f : List.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.PUBLISHED, IndexSchema.PATH, IndexSchema.SOURCE)) {
      source.add(f);
    }
    if (!QueryNode.hasWords(node)) {
      ArrayNode sort = body.putArray("sort");
      sort.addObject().putObject(IndexSchema.PUBLISHED).put("order", "desc").put("missing", "_last");
      sort.add("_score");
    }
    ObjectNode highlight = body.putObject("highlight");
    highlight.putArray("pre_tags").add(RAW_OPEN);
    highlight.putArray("post_tags").add(RAW_CLOSE);
    ObjectNode bodyField = highlight.putObject("fields").putObject(IndexSchema.BODY);
    bodyField.put("type", "unified");
    bodyField.put("number_of_fragments", 2);
    bodyField.put("fragment_size", FRAGMENT_SIZE);
    bodyField.put("no_match_size", FRAGMENT_SIZE);
    if (facets) {
      ObjectNode aggs = body.putObject("aggs");
      aggs.set("parties", terms(IndexSchema.PARTY));
      aggs.set("sources", terms(SearchFields.SITE));
      ObjectNode months = aggs.putObject("months").putObject("date_histogram");
      months.put("field", IndexSchema.PUBLISHED);
      months.put("calendar_interval", "month");
      months.put("format", "yyyy-MM");
      months.put("min_doc_count", 1);
    }
    return body;
  }

  private static ObjectNode terms(String field) {
    ObjectNode agg = OpenSearchClient.MAPPER.createObjectNode();
    ObjectNode t = agg.putObject("terms");
    t.put("field", field);
    t.put("size", Facets.TOP);
    t.put("shard_size", 1000);
    ArrayNode order = t.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    return agg;
  }

  @Override
  public SearchResult search(String query, int limit, int offset, boolean facets)
      throws IOException, QuerySyntaxException {
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit must be ≥ 1 and offset ≥ 0");
    }
    QueryNode node = QueryLanguage.parse(query);
    JsonNode r = client.send("POST", "/" + OpenSearchClient.segment(index) + "/_search", request(node, limit, offset, facets));
    List<Hit> hits = new ArrayList<>();
    int rank = offset;
    for (JsonNode h : r.path("hits").path("hits")) {
      JsonNode s = h.path("_source");
      List<String> fragments = new ArrayList<>();
      h.path("highlight").path(IndexSchema.BODY).forEach(f -> fragments.add(f.asText()));
      String raw = String.join("…", fragments).replaceAll("\\s+", " ").strip();
      hits.add(new Hit(
          ++rank,
          (float) h.path("_score").asDouble(0),
          text(s, IndexSchema.ID, h.path("_id").asText()),
          text(s, IndexSchema.TITLE, ""),
          text(s, IndexSchema.PUBLISHED, null),
          text(s, IndexSchema.PATH, null),
          text(s, IndexSchema.SOURCE, null),
          raw.replace(RAW_OPEN, ArticleSearcher.MARK_OPEN).replace(RAW_CLOSE, ArticleSearcher.MARK_CLOSE),
          Html.escape(raw).replace(RAW_OPEN, "<mark>").replace(RAW_CLOSE, "</mark>")));
    }
    long total = r.path("hits").path("total").path("value").asLong(0);
    Facets f = facets ? facets(r.path("aggregations")) : Facets.NONE;
    return new SearchResult(query, total, offset, hits, f);
  }

  private static String text(JsonNode source, String field, String otherwise) {
    JsonNode v = source.get(field);
    return v == null || v.isNull() ? otherwise : v.asText();
  }

  private static Facets facets(JsonNode aggs) {
    return new Facets(counts(aggs.path("parties")), counts(aggs.path("months")), counts(aggs.path("sources")));
  }

  private static List<Facets.Count> counts(JsonNode agg) {
    List<Facets.Count> counts = new ArrayList<>();
    for (JsonNode b : agg.path("buckets")) {
      String key = b.has("key_as_string") ? b.get("key_as_string").asText() : b.path("key").asText();
      counts.add(new Facets.Count(key, b.path("doc_count").asLong()));
    }
    return counts;
  }

  /** Closes the client. */
  @Override
  public void close() {
    client.close();
  }
}
