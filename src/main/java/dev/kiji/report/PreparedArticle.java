package dev.kiji.report;

import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ExtractedArticle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link CorpusReport#accept(PreparedArticle)} needs of one article, computed from the article alone
 * ({@link CorpusReport#prepare}): pure, so worker threads can make it while the report counts in order.
 * Holds the article's party keys (canonical name and type, sorted), their mention counts, the
 * sentences they share pairwise, the money amounts with their candidate parties nearest first,
 * and the term counts; not the text. Options (date range, party types) apply in {@code accept}.
 */
public final class PreparedArticle {
  final String id;
  final String path;
  final LocalDate published;
  /** Distinct party keys, sorted by canonical name then type. */
  final String[] canonical;
  final String[] type;
  /** The raw subtype of each key (for the type filter). */
  final String[] subtype;
  final int[] keyMentions;
  /** Sentences shared by keys i &lt; j, at {@link #pairIndex}. */
  final int[] shared;
  /** Per party mention with a canonical name, in text order: its key, surface and role. */
  final int[] mentionKey;
  final String[] surface;
  final String[] role;
  /** Mentions per {@link MentionType} ordinal, parties not counted. */
  final int[] typeCounts;
  final int[] amountStart;
  final int[] amountEnd;
  final String[] amountSurface;
  final BigDecimal[] amountValue;
  final String[] amountCurrency;
  final String[] amountMod;
  /** Per amount: keys of the parties of its sentence, nearest first (the earlier on a tie). */
  final int[][] amountParties;
  final String[] termKeys;
  final int[] termCounts;

  PreparedArticle(ExtractedArticle in) {
    Article a = in.article();
    id = a.id();
    path = a.path();
    published = a.published();
    id.hashCode(); // String caches its hash: computed here, on the caller's thread
    typeCounts = new int[TYPES.length];
    List<Mention> ms = in.mentions();
    List<Mention> parties = new ArrayList<>();
    for (Mention m : ms) {
      if (m.type() != MentionType.PARTY) {
        typeCounts[m.type().ordinal()]++;
      } else if (m.canonical() != null) {
        parties.add(m);
      }
    }
    String text = a.text();
    int[] bounds = parties.isEmpty() ? null : CorpusReport.sentenceEnds(text);

    // distinct keys in first-seen order, then sorted
    Map<Key, Integer> index = new HashMap<>();
    List<Key> keys = new ArrayList<>();
    int[] keyOfMention = new int[parties.size()];
    int[] sentenceOf = new int[parties.size()];
    for (int j = 0; j < parties.size(); j++) {
      Mention m = parties.get(j);
      Key k = new Key(m.canonical(), String.valueOf(m.subtype()), m.subtype());
      Integer i = index.putIfAbsent(k, keys.size());
      if (i == null) {
        i = keys.size();
        keys.add(k);
      }
      keyOfMention[j] = i;
      sentenceOf[j] = CorpusReport.sentence(bounds, m.start());
    }
    int n = keys.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int c = keys.get(x).canonical.compareTo(keys.get(y).canonical);
      return c != 0 ? c : keys.get(x).type.compareTo(keys.get(y).type);
    });
    int[] rank = new int[n];
    canonical = new String[n];
    type = new String[n];
    subtype = new String[n];
    for (int r = 0; r < n; r++) {
      Key k = keys.get(order[r]);
      rank[order[r]] = r;
      canonical[r] = k.canonical;
      type[r] = k.type;
      subtype[r] = k.subtype;
      k.canonical.hashCode();
      k.type.hashCode();
    }
    keyMentions = new int[n];
    mentionKey = new int[parties.size()];
    surface = new String[parties.size()];
    role = new String[parties.size()];
    int[][] sentences = new int[n][];
    int[] sentenceCount = new int[n];
    for (int j = 0; j < parties.size(); j++) {
      Mention m = parties.get(j);
      int r = rank[keyOfMention[j]];
      mentionKey[j] = r;
      keyMentions[r]++;
      surface[j] = m.surface();
      role[j] = m.role();
      m.surface().hashCode();
      if (m.role() != null) {
        m.role().hashCode();
      }
      // sentences of a key: ascending and distinct, as mentions come in text order
      int[] ss = sentences[r];
      int c = sentenceCount[r];
      if (ss == null) {
        sentences[r] = ss = new int[4];
      }
      if (c == 0 || ss[c - 1] != sentenceOf[j]) {
        if (c == ss.length) {
          sentences[r] = ss = Arrays.copyOf(ss, c * 2);
        }
        ss[c] = sentenceOf[j];
        sentenceCount[r] = c + 1;
      }
    }
    shared = new int[n * (n - 1) / 2];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        shared[pairIndex(n, i, j)] = common(sentences[i], sentenceCount[i], sentences[j], sentenceCount[j]);
      }
    }

    List<Mention> money = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (Mention m : ms) {
      if (m.type() != MentionType.AMOUNT || !"MONEY".equals(m.subtype()) || m.value() == null) {
        continue;
      }
      try {
        values.add(new BigDecimal(m.value()));
        money.add(m);
      } catch (NumberFormatException ex) {
        // not a number: left out of the amounts, as before
      }
    }
    int na = money.size();
    amountStart = new int[na];
    amountEnd = new int[na];
    amountSurface = new String[na];
    amountValue = values.toArray(new BigDecimal[0]);
    amountCurrency = new String[na];
    amountMod = new String[na];
    amountParties = new int[na][];
    CodePoints cp = na == 0 ? null : CodePoints.of(text);
    for (int k = 0; k < na; k++) {
      Mention m = money.get(k);
      amountStart[k] = cp.index(m.start());
      amountEnd[k] = cp.index(m.end());
      amountSurface[k] = m.surface();
      amountCurrency[k] = m.unit() == null ? "" : m.unit();
      amountMod[k] = m.mod();
      amountParties[k] = nearest(m, parties, bounds, sentenceOf, keyOfMention, rank);
    }

    Map<String, Integer> terms = in.terms();
    termKeys = new String[terms.size()];
    termCounts = new int[terms.size()];
    int t = 0;
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      termKeys[t] = e.getKey();
      termCounts[t++] = e.getValue();
      e.getKey().hashCode();
    }
  }

  /** The party keys of the amount's sentence, nearest first (fewest chars between, then text order). */
  private static int[] nearest(Mention amount, List<Mention> parties, int[] bounds, int[] sentenceOf,
      int[] keyOfMention, int[] rank) {
    if (parties.isEmpty()) {
      return NONE;
    }
    int s = CorpusReport.sentence(bounds, amount.start());
    long[] found = new long[parties.size()];
    int n = 0;
    for (int j = 0; j < parties.size(); j++) {
      if (sentenceOf[j] != s) {
        continue;
      }
      Mention p = parties.get(j);
      int gap = p.end() <= amount.start() ? amount.start() - p.end() : Math.max(0, p.start() - amount.end());
      found[n++] = ((long) gap << 32) | j;
    }
    Arrays.sort(found, 0, n);
    int[] out = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      int k = rank[keyOfMention[(int) found[i]]];
      boolean seen = false;
      for (int x = 0; x < m && !seen; x++) {
        seen = out[x] == k;
      }
      if (!seen) {
        out[m++] = k;
      }
    }
    return m == n ? out : Arrays.copyOf(out, m);
  }

  private static int common(int[] a, int na, int[] b, int nb) {
    int i = 0;
    int j = 0;
    int c = 0;
    while (i < na && j < nb) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        c++;
        i++;
        j++;
      }
    }
    return c;
  }

  private static final int[] NONE = new int[0];
  private static final MentionType[] TYPES = MentionType.values();

  /** A party key of one article while it is prepared. */
  private record Key(String canonical, String type, String subtype) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.canonical.equals(canonical) && k.type.equals(type);
    }

    @Override
    public int hashCode() {
      return canonical.hashCode() * 31 + type.hashCode();
    }
  }

  /** The place of pair (i, j), i &lt; j, among the n·(n−1)/2 pairs of n keys. */
  static int pairIndex(int n, int i, int j) {
    return i * (2 * n - i - 1) / 2 + (j - i - 1);
  }
}
