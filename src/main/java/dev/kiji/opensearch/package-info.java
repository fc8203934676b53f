/**
 * The OpenSearch backend: the same index and search as {@code dev.kiji.index} and {@code
 * dev.kiji.search}, on an OpenSearch cluster with analysis-kuromoji, over plain HTTP and JSON (the
 * JDK's HTTP client and Jackson; no OpenSearch jar).
 *
 * <p>Takes analysed articles ({@code ExtractedArticle}) and kiji queries; gives an index whose
 * mapping ({@link dev.kiji.opensearch.OpenSearchMapping}) and documents ({@link
 * dev.kiji.opensearch.OpenSearchDocuments}) are derived from {@code IndexSchema}, written by {@link
 * dev.kiji.opensearch.OpenSearchIndexer} ({@code _bulk}, article ids as document ids), and searched
 * by {@link dev.kiji.opensearch.OpenSearchSearcher}, which translates the parsed query tree with
 * {@link dev.kiji.opensearch.OpenSearchQueries} and returns the embedded search's {@code
 * SearchResult}.
 *
 * <pre>
 * kiji analyze --opensearch http://localhost:9200 [--opensearch-index kiji]
 * kiji search  --opensearch http://localhost:9200 補助金 party:米国
 * </pre>
 *
 * <p>The integration tests (an in-process 2-node cluster) are in the separate Maven project
 * {@code src/opensearch}.
 */
package dev.kiji.opensearch;
