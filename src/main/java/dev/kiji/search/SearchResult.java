package dev.kiji.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param query the query as typed
 * @param totalHits how many articles match in all
 * @param offset hits skipped before this page
 * @param hits this page's hits, best first
 * @param facets counts over all hits, or {@link Facets#NONE} when not asked for
 */
public record SearchResult(String query, long totalHits, int offset, List<Hit> hits, Facets facets) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
