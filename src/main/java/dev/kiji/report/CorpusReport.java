package dev.kiji.report;

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
 * corpus (every money amount and, per party, the numbers of its articles are kept until the tables
 * are built).
 *
 * <p>Per article, everything that needs only the article ({@link #prepare}: sentence bounds, the
 * distinct party keys and the sentences they share, the nearest parties of each amount, code
 * point offsets) is pure and can run on worker threads; {@link #accept(PreparedArticle)} only adds
 * counts, keyed by int ids (parties, periods, article numbers) rather than composite strings:
 *
 * <pre>{@code
 * PreparedArticle p = CorpusReport.prepare(article);         // any thread
 * report.accept(p);                                          // the report's thread
 * }</pre>
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

  /** One canonical party (name and type) and what the entity table counts of it. */
  private static final class Party implements Serializable {
    private static final long serialVersionUID = 1L;
    final String canonical;
    final String type;
    int mentions;
    /** Numbers of the distinct articles it is in, ascending. */
    int[] articles = new int[2];
    int articleCount;
    LocalDate first;
    LocalDate last;
    final Map<String, int[]> surfaces = new HashMap<>(4);
    Map<String, int[]> roles;

    Party(String canonical, String type) {
      this.canonical = canonical;
      this.type = type;
    }

    void article(int no) {
      int n = articleCount;
      if (n == 0 || articles[n - 1] < no) {
        if (n == articles.length) {
          articles = Arrays.copyOf(articles, n * 2);
        }
        articles[articleCount++] = no;
        return;
      }
      int at = Arrays.binarySearch(articles, 0, n, no);
      if (at < 0) {
        at = -at - 1;
        if (n == articles.length) {
          articles = Arrays.copyOf(articles, n * 2);
        }
        System.arraycopy(articles, at, articles, at + 1, n - at);
        articles[at] = no;
        articleCount++;
      }
    }

    void published(LocalDate d) {
      if (d != null) {
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }

    void role(String role, int n) {
      if (roles == null) {
        roles = new HashMap<>(4);
      }
      count(roles, role, n);
    }

    Map<String, Integer> surfaceCounts() {
      return counts(surfaces);
    }

    Map<String, Integer> roleCounts() {
      return roles == null ? Map.of() : counts(roles);
    }

    private static Map<String, Integer> counts(Map<String, int[]> m) {
      Map<String, Integer> out = new HashMap<>(m.size() * 2);
      m.forEach((k, v) -> out.put(k, v[0]));
      return Map.copyOf(out);
    }
  }

  private static void count(Map<String, int[]> m, String key, int n) {
    int[] c = m.get(key);
    if (c == null) {
      m.put(key, new int[] {n});
    } else {
      c[0] += n;
    }
  }

  private final ReportOptions options;
  /** Party ids by key (canonical name, type); {@code parties} holds party {@code i} at index i. */
  private final Numbering<List<String>> partyIds = new Numbering<>();
  private final List<Party> parties = new ArrayList<>();
  /** Article numbers by id (ids may repeat: an article counts once per party). */
  private final Numbering<String> articleNos = new Numbering<>();
  /** Timeline counts (mentions, articles) by (party id, period id). */
  private final LongCounts timeline = new LongCounts();
  private final Numbering<String> periods = new Numbering<>();
  private transient Map<LocalDate, Integer> periodOfDate;
  /** Pair counts (articles, sentences) by (party id, party id), the ids in key order. */
  private final LongCounts pairs = new LongCounts();
  private final List<AmountRow> amounts = new ArrayList<>();
  private final Map<String, int[]> terms = new HashMap<>();
  private static final MentionType[] TYPES = MentionType.values();
  private final int[] mentionCounts = new int[TYPES.length];
  private int articles;
  private int dated;
  private LocalDate first;
  private LocalDate last;

  public CorpusReport(ReportOptions options) {
    this.options = options;
  }

  /** What {@link #accept(PreparedArticle)} needs of one article; pure and thread-safe. */
  public static PreparedArticle prepare(ExtractedArticle in) {
    return new PreparedArticle(in);
  }

  /** Counts one article, unless the date filter leaves it out: {@code accept(prepare(in))}. */
  public void accept(ExtractedArticle in) {
    accept(prepare(in));
  }

  /** Counts one prepared article, unless the date filter leaves it out. */
  public void accept(PreparedArticle p) {
    if (!options.keeps(p.published)) {
      return;
    }
    for (int t = 0; t < TYPES.length; t++) {
      mentionCounts[t] += p.typeCounts[t];
    }
    articles++;
    LocalDate published = p.published;
    if (published != null) {
      dated++;
      first = first == null || published.isBefore(first) ? published : first;
      last = last == null || published.isAfter(last) ? published : last;
    }
    int n = p.canonical.length;
    if (n > 0) {
      countParties(p, n);
    }
    for (int k = 0; k < p.amountValue.length; k++) {
      int near = -1;
      for (int c : p.amountParties[k]) {
        if (options.keepsType(p.subtype[c])) {
          near = c;
          break;
        }
      }
      amounts.add(new AmountRow(p.id, p.path, published, p.amountStart[k], p.amountEnd[k], p.amountSurface[k],
          p.amountValue[k], p.amountCurrency[k], p.amountMod[k], near < 0 ? "" : p.canonical[near],
          near < 0 ? "" : p.type[near]));
    }
    String[] tk = p.termKeys;
    for (int t = 0; t < tk.length; t++) {
      int[] c = terms.get(tk[t]);
      if (c == null) {
        terms.put(tk[t], c = new int[2]);
      }
      c[0] += p.termCounts[t];
      c[1]++;
    }
  }

  private void countParties(PreparedArticle p, int n) {
    int[] ids = new int[n];
    int no = articleNo(p.id);
    int partyMentions = 0;
    for (int i = 0; i < n; i++) {
      if (!options.keepsType(p.subtype[i])) {
        ids[i] = -1;
        continue;
      }
      int id = partyId(p.canonical[i], p.type[i]);
      ids[i] = id;
      Party q = parties.get(id);
      q.mentions += p.keyMentions[i];
      q.article(no);
      q.published(p.published);
      partyMentions += p.keyMentions[i];
    }
    mentionCounts[MentionType.PARTY.ordinal()] += partyMentions;
    for (int j = 0; j < p.mentionKey.length; j++) {
      int id = ids[p.mentionKey[j]];
      if (id >= 0) {
        Party q = parties.get(id);
        count(q.surfaces, p.surface[j], 1);
        if (p.role[j] != null && !p.role[j].isEmpty()) {
          q.role(p.role[j], 1);
        }
      }
    }
    if (p.published != null) {
      int period = periodOf(p.published);
      for (int i = 0; i < n; i++) {
        if (ids[i] >= 0) {
          timeline.add(LongCounts.key(ids[i], period), p.keyMentions[i], 1);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (ids[i] < 0) {
        continue;
      }
      for (int j = i + 1; j < n; j++) {
        if (ids[j] >= 0) {
          pairs.add(LongCounts.key(ids[i], ids[j]), 1, p.shared[PreparedArticle.pairIndex(n, i, j)]);
        }
      }
    }
  }

  private int articleNo(String id) {
    return articleNos.number(id);
  }

  private int partyId(String canonical, String type) {
    int id = partyIds.number(List.of(canonical, type));
    if (id == parties.size()) {
      parties.add(new Party(canonical, type));
    }
    return id;
  }

  private int periodOf(LocalDate d) {
    if (periodOfDate == null) {
      periodOfDate = new HashMap<>();
    }
    Integer id = periodOfDate.get(d);
    if (id == null) {
      id = periodId(options.period().key(d));
      periodOfDate.put(d, id);
    }
    return id;
  }

  private int periodId(String period) {
    return periods.number(period);
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
    int[] articleMap = new int[other.articleNos.size()];
    for (int i = 0; i < articleMap.length; i++) {
      articleMap[i] = articleNo(other.articleNos.key(i));
    }
    int[] partyMap = new int[other.parties.size()];
    for (int i = 0; i < partyMap.length; i++) {
      Party o = other.parties.get(i);
      int id = partyId(o.canonical, o.type);
      partyMap[i] = id;
      Party q = parties.get(id);
      q.mentions += o.mentions;
      int[] nos = new int[o.articleCount];
      for (int k = 0; k < nos.length; k++) {
        nos[k] = articleMap[o.articles[k]];
      }
      Arrays.sort(nos);
      for (int no : nos) {
        q.article(no);
      }
      q.published(o.first);
      q.published(o.last);
      o.surfaces.forEach((s, c) -> count(q.surfaces, s, c[0]));
      if (o.roles != null) {
        o.roles.forEach((s, c) -> q.role(s, c[0]));
      }
    }
    int[] periodMap = new int[other.periods.size()];
    for (int i = 0; i < periodMap.length; i++) {
      periodMap[i] = periodId(other.periods.key(i));
    }
    for (int s = 0; s < other.timeline.capacity(); s++) {
      if (other.timeline.used(s)) {
        long k = other.timeline.keyAt(s);
        timeline.add(LongCounts.key(partyMap[LongCounts.hi(k)], periodMap[LongCounts.lo(k)]),
            other.timeline.first(s), other.timeline.second(s));
      }
    }
    for (int s = 0; s < other.pairs.capacity(); s++) {
      if (other.pairs.used(s)) {
        long k = other.pairs.keyAt(s);
        pairs.add(LongCounts.key(partyMap[LongCounts.hi(k)], partyMap[LongCounts.lo(k)]),
            other.pairs.first(s), other.pairs.second(s));
      }
    }
    amounts.addAll(other.amounts);
    other.terms.forEach((k, c) -> {
      int[] mine = terms.computeIfAbsent(k, x -> new int[2]);
      mine[0] += c[0];
      mine[1] += c[1];
    });
    for (int t = 0; t < TYPES.length; t++) {
      mentionCounts[t] += other.mentionCounts[t];
    }
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

  /** The tables, filtered by the options and sorted as written. */
  public Tables tables() {
    int min = options.minCount();
    int top = options.top();
    int np = parties.size();
    // party ids in report order: mentions desc, then canonical name, then type
    Integer[] byMentions = new Integer[np];
    for (int i = 0; i < np; i++) {
      byMentions[i] = i;
    }
    Arrays.sort(byMentions, this::byMentions);
    int listedCount = 0;
    while (listedCount < np && parties.get(byMentions[listedCount]).mentions >= min) {
      listedCount++;
    }
    int shown = top > 0 ? Math.min(top, listedCount) : listedCount;
    List<EntityTable.Row> ent = new ArrayList<>(shown);
    for (int i = 0; i < shown; i++) {
      Party q = parties.get(byMentions[i]);
      ent.add(new EntityTable.Row(q.canonical, q.type, q.mentions, q.articleCount, q.first, q.last,
          q.surfaceCounts(), q.roleCounts()));
    }
    EnumMap<MentionType, Integer> counts = new EnumMap<>(MentionType.class);
    for (MentionType t : TYPES) {
      if (mentionCounts[t.ordinal()] > 0) {
        counts.put(t, mentionCounts[t.ordinal()]);
      }
    }
    Summary summary = new Summary(articles, dated, first, last, counts, np);

    List<TimelineRow> tl = timelineRows(byMentions, shown, true);
    List<PairRow> pr = pairRows(min, true);

    List<AmountRow> am = new ArrayList<>(amounts);
    am.sort(CorpusReport::amountOrder);
    Map<List<String>, BigDecimal> sums = new HashMap<>();
    Map<List<String>, Integer> amountCounts = new HashMap<>();
    for (AmountRow r : am) {
      List<String> k = List.of(r.party(), r.partyType(), r.currency());
      sums.merge(k, r.value(), BigDecimal::add);
      amountCounts.merge(k, 1, Integer::sum);
    }
    List<AmountTotal> totals = new ArrayList<>();
    sums.forEach((k, v) -> {
      if (amountCounts.get(k) >= min) {
        totals.add(new AmountTotal(k.get(0), k.get(1), k.get(2), amountCounts.get(k), v));
      }
    });
    totals.sort(Comparator.comparingInt(AmountTotal::amounts).reversed()
        .thenComparing(AmountTotal::total, Comparator.reverseOrder())
        .thenComparing(AmountTotal::party).thenComparing(AmountTotal::type).thenComparing(AmountTotal::currency));
    List<AmountTotal> tt = top > 0 && totals.size() > top ? totals.subList(0, top) : totals;

    List<TermRow> tr = new ArrayList<>();
    Set<String> stopwords = options.stopwords();
    terms.forEach((k, c) -> {
      if (c[0] < min) {
        return;
      }
      int slash = k.lastIndexOf('/');
      String term = slash < 0 ? k : k.substring(0, slash);
      if (!stopwords.contains(term)) {
        tr.add(new TermRow(term, slash < 0 ? "" : k.substring(slash + 1), c[0], c[1]));
      }
    });
    tr.sort(CorpusReport::termOrder);
    List<TermRow> terms2 = top > 0 && tr.size() > top ? tr.subList(0, top) : tr;
    return new Tables(summary, List.copyOf(ent), tl, pr, am, tt, terms2);
  }

  /** The timeline of every party with at least {@code min} mentions, sorted with or without packing keys. */
  List<TimelineRow> timelineRows(int min, boolean mayPack) {
    Integer[] byMentions = new Integer[parties.size()];
    int shown = 0;
    for (int i = 0; i < byMentions.length; i++) {
      byMentions[i] = i;
    }
    Arrays.sort(byMentions, this::byMentions);
    while (shown < byMentions.length && parties.get(byMentions[shown]).mentions >= min) {
      shown++;
    }
    return timelineRows(byMentions, shown, mayPack);
  }

  /** Party ids by mentions desc, then canonical name, then type. */
  private int byMentions(int x, int y) {
    Party a = parties.get(x);
    Party b = parties.get(y);
    int c = Integer.compare(b.mentions, a.mentions);
    if (c == 0) {
      c = a.canonical.compareTo(b.canonical);
    }
    return c != 0 ? c : a.type.compareTo(b.type);
  }

  /** Per shown party (the first {@code shown} of {@code byMentions}), its periods in order. */
  private List<TimelineRow> timelineRows(Integer[] byMentions, int shown, boolean mayPack) {
    int[] position = new int[parties.size()];
    Arrays.fill(position, -1);
    for (int i = 0; i < shown; i++) {
      position[byMentions[i]] = i;
    }
    String[] periodNames = new String[periods.size()];
    for (int i = 0; i < periodNames.length; i++) {
      periodNames[i] = periods.key(i);
    }
    Integer[] byName = new Integer[periodNames.length];
    for (int i = 0; i < byName.length; i++) {
      byName[i] = i;
    }
    Arrays.sort(byName, (x, y) -> periodNames[x].compareTo(periodNames[y]));
    int[] periodRank = new int[byName.length];
    for (int r = 0; r < byName.length; r++) {
      periodRank[byName[r]] = r;
    }
    if (!mayPack || shown >= 1 << 21 || periods.size() >= 1 << 21 || timeline.capacity() >= 1 << 21) {
      return timelineRowsSlow(byMentions, shown, periodNames);
    }
    // (position of the party, rank of the period, slot) sorted: rows in output order
    long[] rows = new long[timeline.size()];
    int n = 0;
    for (int s = 0; s < timeline.capacity(); s++) {
      if (timeline.used(s)) {
        long k = timeline.keyAt(s);
        int pos = position[LongCounts.hi(k)];
        if (pos >= 0) {
          rows[n++] = ((long) pos << 42) | ((long) periodRank[LongCounts.lo(k)] << 21) | s;
        }
      }
    }
    Arrays.sort(rows, 0, n);
    List<TimelineRow> tl = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int s = (int) (rows[i] & ((1 << 21) - 1));
      long k = timeline.keyAt(s);
      Party q = parties.get(LongCounts.hi(k));
      tl.add(new TimelineRow(q.canonical, q.type, periodNames[LongCounts.lo(k)], timeline.first(s), timeline.second(s)));
    }
    return tl;
  }

  /** {@link #timelineRows} for tables too large to pack a row into a long. */
  private List<TimelineRow> timelineRowsSlow(Integer[] byMentions, int shown, String[] periodNames) {
    Map<Integer, TreeMap<String, Integer>> slots = new HashMap<>();
    for (int s = 0; s < timeline.capacity(); s++) {
      if (timeline.used(s)) {
        long k = timeline.keyAt(s);
        slots.computeIfAbsent(LongCounts.hi(k), x -> new TreeMap<>()).put(periodNames[LongCounts.lo(k)], s);
      }
    }
    List<TimelineRow> tl = new ArrayList<>();
    for (int i = 0; i < shown; i++) {
      Party q = parties.get(byMentions[i]);
      slots.getOrDefault(byMentions[i], new TreeMap<>()).forEach((period, s) ->
          tl.add(new TimelineRow(q.canonical, q.type, period, timeline.first(s), timeline.second(s))));
    }
    return tl;
  }

  /** The co-occurrence rows: pairs of listed parties, strongest first, at most {@code partners} per party. */
  List<PairRow> pairRows(int min, boolean mayPack) {
    int np = parties.size();
    boolean[] listed = new boolean[np];
    Integer[] byName = new Integer[np];
    for (int i = 0; i < np; i++) {
      listed[i] = parties.get(i).mentions >= min;
      byName[i] = i;
    }
    Arrays.sort(byName, (x, y) -> {
      Party a = parties.get(x);
      Party b = parties.get(y);
      int c = a.canonical.compareTo(b.canonical);
      return c != 0 ? c : a.type.compareTo(b.type);
    });
    int[] nameRank = new int[np];
    for (int r = 0; r < np; r++) {
      nameRank[byName[r]] = r;
    }
    int[] slots = new int[pairs.size()];
    int n = 0;
    long maxArticles = 0;
    long maxSum = 0;
    long maxSentences = 0;
    for (int s = 0; s < pairs.capacity(); s++) {
      if (pairs.used(s) && pairs.first(s) >= min) {
        long k = pairs.keyAt(s);
        int a = LongCounts.hi(k);
        int b = LongCounts.lo(k);
        if (listed[a] && listed[b]) {
          slots[n++] = s;
          maxArticles = Math.max(maxArticles, pairs.first(s));
          maxSentences = Math.max(maxSentences, pairs.second(s));
          maxSum = Math.max(maxSum, (long) parties.get(a).articleCount + parties.get(b).articleCount);
        }
      }
    }
    int bitsArticles = bits(maxArticles);
    int bitsSum = bits(maxSum);
    int bitsSentences = bits(maxSentences);
    int bitsRank = bits(Math.max(0, np - 1));
    int[] order = new int[n]; // pair slots, strongest first
    if (mayPack && bitsArticles + bitsSum + bitsSentences + 2 * bitsRank <= 63) {
      // the whole sort key in one long: sorting primitives, no comparator
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        int s = slots[i];
        long k = pairs.keyAt(s);
        int a = LongCounts.hi(k);
        int b = LongCounts.lo(k);
        long sum = (long) parties.get(a).articleCount + parties.get(b).articleCount;
        long key = maxArticles - pairs.first(s);
        key = (key << bitsSum) | sum;
        key = (key << bitsSentences) | (maxSentences - pairs.second(s));
        key = (key << bitsRank) | nameRank[a];
        keys[i] = (key << bitsRank) | nameRank[b];
      }
      Arrays.sort(keys);
      long rankMask = (1L << bitsRank) - 1;
      for (int i = 0; i < n; i++) {
        int a = byName[(int) ((keys[i] >>> bitsRank) & rankMask)];
        int b = byName[(int) (keys[i] & rankMask)];
        order[i] = pairs.slot(LongCounts.key(a, b));
      }
    } else {
      List<Candidate> all = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int s = slots[i];
        long k = pairs.keyAt(s);
        int a = LongCounts.hi(k);
        int b = LongCounts.lo(k);
        all.add(new Candidate(s, pairs.first(s), pairs.second(s),
            (long) parties.get(a).articleCount + parties.get(b).articleCount, nameRank[a], nameRank[b]));
      }
      all.sort(Candidate::compare);
      for (int i = 0; i < n; i++) {
        order[i] = all.get(i).slot();
      }
    }
    int[] taken = new int[np];
    int partners = options.partners();
    List<PairRow> pr = new ArrayList<>();
    for (int s : order) {
      long k = pairs.keyAt(s);
      int ia = LongCounts.hi(k);
      int ib = LongCounts.lo(k);
      if (taken[ia] < partners || taken[ib] < partners) {
        Party a = parties.get(ia);
        Party b = parties.get(ib);
        pr.add(new PairRow(a.canonical, a.type, b.canonical, b.type, pairs.first(s), pairs.second(s), a.articleCount,
            b.articleCount));
      }
      taken[ia]++;
      taken[ib]++;
    }
    return List.copyOf(pr);
  }

  /**
   * A pair while co-occurrence is sorted: the order of {@link #byStrength} on ints (with equal
   * shared articles, the higher Dice is the smaller sum of the two parties' articles; names
   * compare by their rank in name order).
   */
  private record Candidate(int slot, int articles, int sentences, long sum, int rankA, int rankB) {
    static int compare(Candidate x, Candidate y) {
      int c = Integer.compare(y.articles, x.articles);
      if (c == 0) {
        c = Long.compare(x.sum, y.sum);
      }
      if (c == 0) {
        c = Integer.compare(y.sentences, x.sentences);
      }
      if (c == 0) {
        c = Integer.compare(x.rankA, y.rankA);
      }
      return c != 0 ? c : Integer.compare(x.rankB, y.rankB);
    }
  }

  /** Bits needed for the values 0 to {@code max}. */
  private static int bits(long max) {
    return 64 - Long.numberOfLeadingZeros(max);
  }

  /** Amounts by publication date (undated last), path, start, article id. */
  private static int amountOrder(AmountRow x, AmountRow y) {
    int c;
    if (x.published() == null || y.published() == null) {
      c = x.published() == null ? (y.published() == null ? 0 : 1) : -1;
    } else {
      c = x.published().compareTo(y.published());
    }
    if (c == 0) {
      c = x.path().compareTo(y.path());
    }
    if (c == 0) {
      c = Integer.compare(x.start(), y.start());
    }
    return c != 0 ? c : x.articleId().compareTo(y.articleId());
  }

  /** Terms by count desc, articles desc, term, part of speech. */
  private static int termOrder(TermRow x, TermRow y) {
    int c = Integer.compare(y.count(), x.count());
    if (c == 0) {
      c = Integer.compare(y.articles(), x.articles());
    }
    if (c == 0) {
      c = x.term().compareTo(y.term());
    }
    return c != 0 ? c : x.pos().compareTo(y.pos());
  }
}
