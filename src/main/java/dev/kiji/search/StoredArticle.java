package dev.kiji.search;

import java.time.LocalDate;

/**
 * An article as stored in the index, for showing it whole.
 *
 * @param id article id
 * @param title headline
 * @param published publication date, or null
 * @param source URL, or null
 * @param path input file
 * @param text the analysed text; extracted mention offsets point into it
 */
public record StoredArticle(String id, String title, LocalDate published, String source, String path, String text) {}
