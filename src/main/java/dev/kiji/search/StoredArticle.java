package dev.kiji.search;

import dev.kiji.extract.Mention;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as stored in the index, for showing it whole.
 *
 * @param id article id
 * @param title headline
 * @param published publication date, or null
 * @param source URL, or null
 * @param path input file
 * @param text the analysed text; extracted mention offsets point into it
 * @param mentions the mentions extracted when the article was indexed
 */
public record StoredArticle(
    String id, String title, LocalDate published, String source, String path, String text, List<Mention> mentions) {

  public StoredArticle {
    mentions = List.copyOf(mentions);
  }
}
