package dev.kiji.search;

import java.util.List;
import java.util.Objects;

/**
 * A parsed kiji query, independent of the engine that runs it: {@link KijiQueryParser} makes it,
 * {@link LuceneQueries} turns it into a Lucene query for the embedded index and {@code
 * dev.kiji.opensearch.OpenSearchQueries} into OpenSearch query DSL.
 *
 * <p>Text is kept as typed (not analysed), so each engine analyses it with its own chain; every
 * other clause is already resolved to index values (canonical party, epoch days, amount unit).
 *
 * <pre>
 * 補助金 -party:米国   →  Bool[MUST Text(null, 補助金), MUST_NOT Filter(Party(米国, exact))]
 * </pre>
 */
public sealed interface QueryNode {

  /** How a clause of a {@link Bool} counts. */
  enum Occur { MUST, SHOULD, MUST_NOT, FILTER }

  /**
   * Words to find in {@code field} ({@code title} or {@code body}), or in both when null (title
   * weighing double). {@code phrase} when typed in quotes; {@code slop} from {@code "a b"~2}.
   */
  record Text(String field, String text, boolean phrase, int slop) implements QueryNode {
    public Text {
      Objects.requireNonNull(text);
    }
  }

  /** Words starting with {@code prefix} ({@code 補助*}), in {@code field} or both when null. */
  record Prefix(String field, String prefix) implements QueryNode {}

  /** The canonical party {@code name}; with {@code orPrefix} also any canonical name starting with it. */
  record Party(String name, boolean orPrefix) implements QueryNode {}

  /** A mention type or subtype, upper case: {@code PERSON}, {@code MONEY}. */
  record MentionTypeIs(String type) implements QueryNode {}

  /** Published between two epoch days, inclusive; {@link Long#MIN_VALUE}/{@link Long#MAX_VALUE} = open. */
  record Published(long fromDay, long toDay) implements QueryNode {}

  /** An amount in {@code unit} within [min, max] (inclusive; infinite = open). */
  record Amount(String unit, double min, double max) implements QueryNode {}

  /** A token (or two adjacent nouns) read {@code katakana}. */
  record Reading(String katakana) implements QueryNode {}

  /** Every article. */
  record All() implements QueryNode {}

  /** {@code node} as a filter: matches the same, scores a constant. */
  record Filter(QueryNode node) implements QueryNode {}

  /** {@code node} with its score multiplied by {@code boost} ({@code title:x^2}). */
  record Boost(QueryNode node, float boost) implements QueryNode {}

  /** Clauses combined; a Bool without MUST or FILTER clauses needs one SHOULD clause to match. */
  record Bool(List<Clause> clauses) implements QueryNode {
    public Bool {
      clauses = List.copyOf(clauses);
    }
  }

  /** One clause of a {@link Bool}. */
  record Clause(Occur occur, QueryNode node) {}

  /** True when {@code node} has words to find (outside exclusions), so hits rank by relevance. */
  static boolean hasWords(QueryNode node) {
    return switch (node) {
      case Text t -> true;
      case Prefix p -> true;
      case Boost b -> hasWords(b.node());
      case Bool b -> b.clauses().stream().anyMatch(c -> c.occur() != Occur.MUST_NOT && hasWords(c.node()));
      default -> false;
    };
  }
}
