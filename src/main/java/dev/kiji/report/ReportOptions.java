package dev.kiji.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the aggregate reports keep, shared by {@code kiji analyze} and {@code kiji report}.
 *
 * @param from first publication date kept (inclusive), or null; with a bound set, undated
 *     articles are left out
 * @param to last publication date kept (inclusive), or null
 * @param types party types kept (PERSON, ORGANIZATION...; upper case), empty for all
 * @param minCount rows counted fewer times are dropped (entity mentions, pair articles, term
 *     count, amounts per total); 1 keeps everything
 * @param top the first N rows of entities, terms and amount totals, the N most mentioned parties
 *     in the timeline, the N strongest partners per party in co-occurrence; 0 for all (then
 *     co-occurrence keeps {@value #DEFAULT_PARTNERS} partners)
 * @param period the timeline's bucket
 * @param bom write a UTF-8 byte order mark first in every CSV
 * @param stopwords words left out of terms.csv
 */
public record ReportOptions(
    LocalDate from,
    LocalDate to,
    Set<String> types,
    int minCount,
    int top,
    Period period,
    boolean bom,
    Set<String> stopwords) implements Serializable {

  /** Partners per party in cooccurrence.csv when no {@code --top} is given. */
  public static final int DEFAULT_PARTNERS = 10;

  public ReportOptions {
    TreeSet<String> t = new TreeSet<>();
    for (String s : types) {
      t.add(s.strip().toUpperCase(Locale.ROOT));
    }
    types = java.util.Collections.unmodifiableSet(t);
    stopwords = Set.copyOf(stopwords);
    if (minCount < 1 || top < 0) {
      throw new IllegalArgumentException("min-count must be at least 1 and top at least 0");
    }
  }

  /** No filter, monthly timeline, BOM on, the bundled stopwords. */
  public static ReportOptions defaults(boolean bom) {
    return new ReportOptions(null, null, Set.of(), 1, 0, Period.MONTH, bom, Stopwords.bundled());
  }

  /** True when an article published on {@code d} (maybe null) is kept. */
  public boolean keeps(LocalDate d) {
    if (from == null && to == null) {
      return true;
    }
    return d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
  }

  /** True when a party of type {@code type} is kept. */
  public boolean keepsType(String type) {
    return types.isEmpty() || (type != null && types.contains(type.toUpperCase(Locale.ROOT)));
  }

  /** Co-occurrence partners kept per party. */
  public int partners() {
    return top > 0 ? top : DEFAULT_PARTNERS;
  }
}
