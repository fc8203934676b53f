package dev.kiji.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param query the query as typed
 * @param totalHits how many articles match in all
 * @param hits this page's hits, best first
 */
public record SearchResult(String query, long totalHits, List<Hit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
