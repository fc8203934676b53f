package dev.kiji.pipeline;

import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article with the mentions extracted from its text; what the index and report stages take.
 *
 * @param article the article as read
 * @param mentions the mentions, in text order, offsets into {@code article.text()}
 */
public record ExtractedArticle(Article article, List<Mention> mentions) {

  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
  }

  /** How many mentions of {@code type} the article has. */
  public int count(MentionType type) {
    int n = 0;
    for (Mention m : mentions) {
      if (m.type() == type) {
        n++;
      }
    }
    return n;
  }
}
