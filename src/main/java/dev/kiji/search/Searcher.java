package dev.kiji.search;

import java.io.IOException;

/**
 * A search backend running kiji's query language: the embedded index ({@link ArticleSearcher}) or
 * an OpenSearch cluster ({@code dev.kiji.opensearch.OpenSearchSearcher}); both give the same
 * {@link SearchResult}, so {@code kiji search} prints them alike.
 */
public interface Searcher extends AutoCloseable {

  /** Runs {@code query}, returning hits {@code offset+1 .. offset+limit} and, if asked, facets. */
  SearchResult search(String query, int limit, int offset, boolean facets) throws IOException, QuerySyntaxException;

  @Override
  void close() throws IOException;
}
