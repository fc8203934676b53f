package dev.kiji.pipeline;

import dev.kiji.analyze.IndexToken;
import dev.kiji.analyze.IndexTokens;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An article with the mentions extracted from its text; what the index and report stages take.
 *
 * @param article the article as read
 * @param mentions the mentions, in text order, offsets into {@code article.text()}
 * @param warnings problems met while reading the article that did not stop it (a replaced
 *     malformed byte sequence, an unreadable date field); usually empty
 * @param terms content words of the text and how often each occurs, keyed {@code base/品詞}
 *     like {@code 発表/名詞} ({@link ContentTerms}); sorted; empty when not computed
 * @param readings katakana readings of the content words ({@link TokenReadings}); empty when not
 *     computed (an article read back from the index has none)
 * @param indexTokens the body's tokens for the index ({@link IndexTokens}), made from the tokens
 *     the extractors saw so Kuromoji runs once, terms as indexed; empty when not computed (the
 *     index then analyses the text itself, with the same result)
 *
 * <p>The collections are kept as given when they are the immutable ones that {@link
 * ContentTerms#count}, {@link TokenReadings#of} and {@link IndexTokens#of} return, else copied.
 */
public record ExtractedArticle(
    Article article,
    List<Mention> mentions,
    List<String> warnings,
    Map<String, Integer> terms,
    Set<String> readings,
    List<IndexToken> indexTokens) {

  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
    warnings = List.copyOf(warnings);
    // what ContentTerms, TokenReadings and IndexTokens give is immutable already: kept, not copied
    terms = terms == null || terms.isEmpty()
        ? Map.of()
        : terms instanceof TermCounts ? terms : java.util.Collections.unmodifiableMap(new TreeMap<>(terms));
    readings = readings == null ? Set.of() : readings instanceof ReadingSet ? readings : Set.copyOf(readings);
    indexTokens = indexTokens == null ? List.of() : indexTokens instanceof IndexTokens ? indexTokens : List.copyOf(indexTokens);
  }

  /** An article without index tokens. */
  public ExtractedArticle(
      Article article, List<Mention> mentions, List<String> warnings, Map<String, Integer> terms, Set<String> readings) {
    this(article, mentions, warnings, terms, readings, List.of());
  }

  /** An article without readings. */
  public ExtractedArticle(Article article, List<Mention> mentions, List<String> warnings, Map<String, Integer> terms) {
    this(article, mentions, warnings, terms, Set.of());
  }

  /** An article without term counts. */
  public ExtractedArticle(Article article, List<Mention> mentions, List<String> warnings) {
    this(article, mentions, warnings, Map.of());
  }

  /** An article read without warnings. */
  public ExtractedArticle(Article article, List<Mention> mentions) {
    this(article, mentions, List.of());
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
