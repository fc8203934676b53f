/**
 * Search: takes a query string and an index folder, gives ranked {@link dev.kiji.search.Hit}s with
 * highlighted snippets and, if asked, {@link dev.kiji.search.Facets} over all hits. The query
 * language ({@code KijiQueryParser}) is Lucene's classic syntax plus {@code party:}, {@code type:},
 * {@code published:A..B}, {@code amount>=X}, {@code reading:} and alias-aware words. Queries are
 * analysed with the index chain; a word the analyzer splits must match as a phrase (補助金 never
 * matches a lone 金).
 */
package dev.kiji.search;
