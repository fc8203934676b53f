package dev.kiji.report;

import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects what the aggregate reports need from a stream of articles (in any order: every table
 * is sorted totally, so {@code kiji analyze} and {@code kiji report} over its index agree) and
 * builds the tables of entities, timeline, co-occurrence, amounts and terms ({@link #tables()}).
 *
 * <p>Sentences are the spans between 。！？!? and line breaks; a mention belongs to the sentence
 * its first char is in. The nearest party of an amount is the party of the same sentence with the
 * fewest chars between the two spans (the earlier one on a tie). Weakness: a sentence split at
 * a quoted 「…。」 counts the quote's end as a sentence end.
 *
 * <p>Partial reports merge associatively and commutatively ({@link #merge}): build one per
 * worker, partition or thread over disjoint sets of articles, merge them in any order, and
 * {@link #tables()} gives the same tables as one report that saw every article. Serializable so a
 * distributed engine can ship partial reports to the driver. Weakness: the state grows with the
 * corpus (every money amount and, per party, the ids of its articles are kept until the tables
 * are built).
 */
public final class CorpusReport implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of timeline.csv. */
  public record TimelineRow(String party, String type, String period, int mentions, int articles) {}

  /** One row of cooccurrence.csv; {@code dice} is 2·articles / (articlesA + articlesB). */
  public record PairRow(
      String partyA, String typeA, String partyB, String typeB, int articles, int sentences,
      int articlesA, int articlesB) {
    public double dice() {
      return 2.0 * articles / (articlesA + articlesB);
    }
  }

  /** One row of amounts.csv (offsets in code points). */
  public record AmountRow(
      String articleId, String path, LocalDate published, int start, int end, String surface,
      BigDecimal value, String currency, String mod, String party, String partyType) implements Serializable {}

  /** One row of amount_totals.csv; party is empty for amounts with no party in their sentence. */
  public record AmountTotal(String party, String type, String currency, int amounts, BigDecimal total) {}

  /** One row of terms.csv. */
  public record TermRow(String term, String pos, int count, int articles) {}

  /** Corpus figures for the summary. */
  public record Summary(
      int articles, int datedArticles, LocalDate first, LocalDate last, Map<MentionType, Integer> mentions,
      int parties) {}

  /** Every table, filtered and sorted as the CSVs are written. */
  public record Tables(
      Summary summary,
      List<EntityTable.Row> entities,
      List<TimelineRow> timeline,
      List<PairRow> pairs,
      List<AmountRow> amounts,
      List<AmountTotal> amountTotals,
      List<TermRow> terms) {}

  private final ReportOptions options;
  private final EntityTable entities = new EntityTable();
  private final Map<List<String>, Map<String, int[]>> timeline = new HashMap<>();
  private final Map<List<String>, int[]> pairs = new HashMap<>();
  private final List<AmountRow> amounts = new ArrayList<>();
  private final Map<String, int[]> terms = new HashMap<>();
  private final Map<MentionType, Integer> mentionCounts = new EnumMap<>(MentionType.class);
  private int articles;
  private int dated;
  private LocalDate first;
  private LocalDate last;

  public CorpusReport(ReportOptions options) {
    this.options = options;
  }

  /** Counts one article, unless the date filter leaves it out. */
  public void accept(ExtractedArticle in) {
    Article a = in.article();
    if (!options.keeps(a.published())) {
      return;
    }
    List<Mention> kept = new ArrayList<>();
    for (Mention m : in.mentions()) {
      if (m.type() != MentionType.PARTY || (m.canonical() != null && options.keepsType(m.subtype()))) {
        kept.add(m);
        mentionCounts.merge(m.type(), 1, Integer::sum);
      }
    }
    ExtractedArticle e = new ExtractedArticle(a, kept, List.of());
    articles++;
    LocalDate p = a.published();
    if (p != null) {
      dated++;
      first = first == null || p.isBefore(first) ? p : first;
      last = last == null || p.isAfter(last) ? p : last;
    }
    entities.add(e);
    int[] bounds = sentenceEnds(a.text());
    Map<List<String>, Set<Integer>> sentencesOf = new LinkedHashMap<>();
    List<Mention> parties = new ArrayList<>();
    for (Mention m : kept) {
      if (m.type() == MentionType.PARTY) {
        parties.add(m);
        sentencesOf.computeIfAbsent(key(m), k -> new HashSet<>()).add(sentence(bounds, m.start()));
      }
    }
    if (p != null) {
      String period = options.period().key(p);
      Map<List<String>, Integer> perParty = new HashMap<>();
      for (Mention m : parties) {
        perParty.merge(key(m), 1, Integer::sum);
      }
      perParty.forEach((k, n) -> {
        int[] c = timeline.computeIfAbsent(k, x -> new TreeMap<>()).computeIfAbsent(period, x -> new int[2]);
        c[0] += n;
        c[1]++;
      });
    }
    List<List<String>> keys = new ArrayList<>(sentencesOf.keySet());
    keys.sort(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        List<String> pk = List.of(keys.get(i).get(0), keys.get(i).get(1), keys.get(j).get(0), keys.get(j).get(1));
        int[] c = pairs.computeIfAbsent(pk, x -> new int[2]);
        c[0]++;
        Set<Integer> shared = new HashSet<>(sentencesOf.get(keys.get(i)));
        shared.retainAll(sentencesOf.get(keys.get(j)));
        c[1] += shared.size();
      }
    }
    CodePoints cp = null;
    for (Mention m : kept) {
      if (m.type() != MentionType.AMOUNT || !"MONEY".equals(m.subtype()) || m.value() == null) {
        continue;
      }
      BigDecimal value;
      try {
        value = new BigDecimal(m.value());
      } catch (NumberFormatException ex) {
        continue;
      }
      cp = cp == null ? CodePoints.of(a.text()) : cp;
      Mention near = nearestParty(m, parties, bounds);
      amounts.add(new AmountRow(a.id(), a.path(), p, cp.index(m.start()), cp.index(m.end()), m.surface(), value,
          m.unit() == null ? "" : m.unit(), m.mod(), near == null ? "" : near.canonical(),
          near == null ? "" : String.valueOf(near.subtype())));
    }
    in.terms().forEach((t, n) -> {
      int[] c = terms.computeIfAbsent(t, x -> new int[2]);
      c[0] += n;
      c[1]++;
    });
  }

  /**
   * Adds every count of {@code other} (built with equal options over other articles) into this
   * report; {@code other} is left unchanged. {@code a.merge(b)} then {@code tables()} equals the
   * tables of one report that accepted the articles of both, in any order.
   *
   * @throws IllegalArgumentException when the two reports were built with different options
   */
  public CorpusReport merge(CorpusReport other) {
    if (!options.equals(other.options)) {
      throw new IllegalArgumentException("cannot merge reports built with different options");
    }
    entities.merge(other.entities);
    other.timeline.forEach((k, byPeriod) -> {
      Map<String, int[]> mine = timeline.computeIfAbsent(k, x -> new TreeMap<>());
      byPeriod.forEach((period, c) -> add(mine.computeIfAbsent(period, x -> new int[2]), c));
    });
    other.pairs.forEach((k, c) -> add(pairs.computeIfAbsent(k, x -> new int[2]), c));
    amounts.addAll(other.amounts);
    other.terms.forEach((k, c) -> add(terms.computeIfAbsent(k, x -> new int[2]), c));
    other.mentionCounts.forEach((t, n) -> mentionCounts.merge(t, n, Integer::sum));
    articles += other.articles;
    dated += other.dated;
    if (other.first != null) {
      first = first == null || other.first.isBefore(first) ? other.first : first;
    }
    if (other.last != null) {
      last = last == null || other.last.isAfter(last) ? other.last : last;
    }
    return this;
  }

  private static void add(int[] into, int[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  private static List<String> key(Mention m) {
    return List.of(m.canonical(), String.valueOf(m.subtype()));
  }

  /** Sorted char indexes just after each sentence end (。！？!? or a line break). */
  static int[] sentenceEnds(String text) {
    int[] out = new int[16];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n' || c == '\r') {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i + 1;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The sentence number of char index {@code i}. */
  static int sentence(int[] ends, int i) {
    int k = Arrays.binarySearch(ends, i);
    return k >= 0 ? k + 1 : -k - 1;
  }

  private static Mention nearestParty(Mention amount, List<Mention> parties, int[] bounds) {
    int s = sentence(bounds, amount.start());
    Mention best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Mention p : parties) {
      if (sentence(bounds, p.start()) != s) {
        continue;
      }
      int gap = p.end() <= amount.start() ? amount.start() - p.end() : Math.max(0, p.start() - amount.end());
      if (gap < bestGap) {
        best = p;
        bestGap = gap;
      }
    }
    return best;
  }

  /** The tables, filtered by the options and sorted as written. */
  /**
   * Strongest pair first: more shared articles, then higher Dice, then more shared sentences, then
   * by the names and types (a total order, so the output is the same whatever the input order).
   */
  static int byStrength(PairRow x, PairRow y) {
    int c = Integer.compare(y.articles(), x.articles());
    if (c == 0) {
      c = Double.compare(y.dice(), x.dice());
    }
    if (c == 0) {
      c = Integer.compare(y.sentences(), x.sentences());
    }
    if (c == 0) {
      c = x.partyA().compareTo(y.partyA());
    }
    if (c == 0) {
      c = x.typeA().compareTo(y.typeA());
    }
    if (c == 0) {
      c = x.partyB().compareTo(y.partyB());
    }
    if (c == 0) {
      c = x.typeB().compareTo(y.typeB());
    }
    return c;
  }

  public Tables tables() {
    int min = options.minCount();
    int top = options.top();
    List<EntityTable.Row> allEntities = entities.rows();
    List<EntityTable.Row> ent = allEntities.stream().filter(r -> r.mentions() >= min).toList();
    if (top > 0 && ent.size() > top) {
      ent = ent.subList(0, top);
    }
    Summary summary = new Summary(articles, dated, first, last, new EnumMap<>(mentionCounts), allEntities.size());

    List<TimelineRow> tl = new ArrayList<>();
    for (EntityTable.Row r : ent) {
      Map<String, int[]> byPeriod = timeline.getOrDefault(List.of(r.canonical(), r.type()), Map.of());
      byPeriod.forEach((period, c) -> tl.add(new TimelineRow(r.canonical(), r.type(), period, c[0], c[1])));
    }

    Map<List<String>, Integer> docs = new HashMap<>();
    Set<List<String>> listed = new HashSet<>();
    for (EntityTable.Row r : allEntities) {
      docs.put(List.of(r.canonical(), r.type()), r.articles());
      if (r.mentions() >= min) {
        listed.add(List.of(r.canonical(), r.type()));
      }
    }
    List<PairRow> all = new ArrayList<>();
    pairs.forEach((k, c) -> {
      List<String> a = k.subList(0, 2);
      List<String> b = k.subList(2, 4);
      if (c[0] >= min && listed.contains(a) && listed.contains(b)) {
        all.add(new PairRow(k.get(0), k.get(1), k.get(2), k.get(3), c[0], c[1], docs.get(a), docs.get(b)));
      }
    });
    all.sort(CorpusReport::byStrength);
    Map<List<String>, Integer> taken = new HashMap<>();
    List<PairRow> pr = new ArrayList<>();
    for (PairRow r : all) {
      List<String> a = List.of(r.partyA(), r.typeA());
      List<String> b = List.of(r.partyB(), r.typeB());
      int na = taken.getOrDefault(a, 0);
      int nb = taken.getOrDefault(b, 0);
      if (na < options.partners() || nb < options.partners()) {
        pr.add(r);
      }
      taken.put(a, na + 1);
      taken.put(b, nb + 1);
    }
    pr = List.copyOf(pr);

    List<AmountRow> am = new ArrayList<>(amounts);
    am.sort(Comparator.comparing(AmountRow::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(AmountRow::path).thenComparingInt(AmountRow::start).thenComparing(AmountRow::articleId));
    Map<List<String>, BigDecimal> sums = new HashMap<>();
    Map<List<String>, Integer> counts = new HashMap<>();
    for (AmountRow r : am) {
      List<String> k = List.of(r.party(), r.partyType(), r.currency());
      sums.merge(k, r.value(), BigDecimal::add);
      counts.merge(k, 1, Integer::sum);
    }
    List<AmountTotal> totals = new ArrayList<>();
    sums.forEach((k, v) -> {
      if (counts.get(k) >= min) {
        totals.add(new AmountTotal(k.get(0), k.get(1), k.get(2), counts.get(k), v));
      }
    });
    totals.sort(Comparator.comparingInt(AmountTotal::amounts).reversed()
        .thenComparing(AmountTotal::total, Comparator.reverseOrder())
        .thenComparing(AmountTotal::party).thenComparing(AmountTotal::type).thenComparing(AmountTotal::currency));
    List<AmountTotal> tt = top > 0 && totals.size() > top ? totals.subList(0, top) : totals;

    List<TermRow> tr = new ArrayList<>();
    terms.forEach((k, c) -> {
      int slash = k.lastIndexOf('/');
      String term = slash < 0 ? k : k.substring(0, slash);
      String pos = slash < 0 ? "" : k.substring(slash + 1);
      if (c[0] >= min && !options.stopwords().contains(term)) {
        tr.add(new TermRow(term, pos, c[0], c[1]));
      }
    });
    tr.sort(Comparator.comparingInt(TermRow::count).reversed()
        .thenComparing(Comparator.comparingInt(TermRow::articles).reversed())
        .thenComparing(TermRow::term).thenComparing(TermRow::pos));
    List<TermRow> terms2 = top > 0 && tr.size() > top ? tr.subList(0, top) : tr;
    return new Tables(summary, ent, tl, pr, am, tt, terms2);
  }
}
