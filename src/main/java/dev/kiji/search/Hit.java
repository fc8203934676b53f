package dev.kiji.search;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One ranked search result.
 *
 * @param rank 1-based position in the whole result list
 * @param score Lucene's BM25 score
 * @param id article id
 * @param title the headline
 * @param published ISO date, or null
 * @param path the input file
 * @param source the article's URL, or null
 * @param snippet best passages of the body with matches marked «like this», one line
 * @param snippetHtml the same passages HTML-escaped, matches in {@code <mark>}
 */
public record Hit(
    int rank,
    float score,
    String id,
    String title,
    String published,
    String path,
    String source,
    String snippet,
    @JsonIgnore String snippetHtml) {}
