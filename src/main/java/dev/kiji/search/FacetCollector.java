package dev.kiji.search;

import dev.kiji.index.IndexSchema;
import dev.kiji.index.SearchFields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts party, month and source values over every matching document, from doc values (the
 * sorted-set fields {@code party} and {@code site}, the numeric {@code published_day}).
 * Per segment it counts ordinals in arrays and resolves them to strings once at the segment's
 * end, so the cost is one array increment per value per hit.
 */
final class FacetCollector extends SimpleCollector {

  private final Map<String, Long> parties = new HashMap<>();
  private final Map<String, Long> sources = new HashMap<>();
  private final Map<Long, Long> months = new TreeMap<>();

  private SortedSetDocValues partyValues;
  private SortedSetDocValues siteValues;
  private NumericDocValues days;
  private long[] partyCounts;
  private long[] siteCounts;

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    partyValues = DocValues.getSortedSet(context.reader(), IndexSchema.PARTY);
    siteValues = DocValues.getSortedSet(context.reader(), SearchFields.SITE);
    days = DocValues.getNumeric(context.reader(), IndexSchema.PUBLISHED_DAY);
    partyCounts = new long[(int) partyValues.getValueCount()];
    siteCounts = new long[(int) siteValues.getValueCount()];
  }

  @Override
  public void collect(int doc) throws IOException {
    if (partyValues.advanceExact(doc)) {
      for (int i = partyValues.docValueCount(); i > 0; i--) {
        partyCounts[(int) partyValues.nextOrd()]++;
      }
    }
    if (siteValues.advanceExact(doc)) {
      for (int i = siteValues.docValueCount(); i > 0; i--) {
        siteCounts[(int) siteValues.nextOrd()]++;
      }
    }
    if (days.advanceExact(doc)) {
      LocalDate d = LocalDate.ofEpochDay(days.longValue());
      months.merge(d.getYear() * 12L + d.getMonthValue() - 1, 1L, Long::sum);
    }
  }

  private void flush() throws IOException {
    if (partyCounts != null) {
      resolve(partyValues, partyCounts, parties);
      resolve(siteValues, siteCounts, sources);
    }
    partyCounts = null;
    siteCounts = null;
  }

  private static void resolve(SortedSetDocValues values, long[] counts, Map<String, Long> into)
      throws IOException {
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) {
        into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
      }
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** Collects on each slice and adds the counts up. */
  static final class Manager implements CollectorManager<FacetCollector, Facets> {
    @Override
    public FacetCollector newCollector() {
      return new FacetCollector();
    }

    @Override
    public Facets reduce(Collection<FacetCollector> collectors) throws IOException {
      Map<String, Long> parties = new HashMap<>();
      Map<String, Long> sources = new HashMap<>();
      Map<Long, Long> months = new TreeMap<>();
      for (FacetCollector c : collectors) {
        c.flush();
        c.parties.forEach((k, v) -> parties.merge(k, v, Long::sum));
        c.sources.forEach((k, v) -> sources.merge(k, v, Long::sum));
        c.months.forEach((k, v) -> months.merge(k, v, Long::sum));
      }
      List<Facets.Count> monthCounts = new ArrayList<>();
      months.forEach((m, n) -> monthCounts.add(new Facets.Count(
          String.format(java.util.Locale.ROOT, "%04d-%02d", m / 12, m % 12 + 1), n)));
      return new Facets(top(parties), monthCounts, top(sources));
    }

    private static List<Facets.Count> top(Map<String, Long> counts) {
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(Facets.TOP)
          .map(e -> new Facets.Count(e.getKey(), e.getValue()))
          .toList();
    }
  }
}
