/**
 * Search: takes a query string and an index folder, gives ranked {@link dev.kiji.search.Hit}s with
 * highlighted snippets. Queries are analysed with the index chain; a word the analyzer splits
 * must match as a phrase (補助金 never matches a lone 金).
 */
package dev.kiji.search;
