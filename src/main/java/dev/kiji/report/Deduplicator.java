package dev.kiji.report;

import java.util.Arrays;

/**
 * Finds exact and near duplicates in a stream of {@link BodySignature}s given in input order: the
 * first article of a group is the original, each later one is a duplicate of an original (never of
 * another duplicate). Same input order, same answers, whatever the thread count of the run.
 *
 * <pre>{@code
 * Deduplicator d = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD);
 * d.check(sigA, 0);   // null: A is an original, remembered with reference 0
 * d.check(sigB, 1);   // Match(original 0, reference 0, EXACT, 1.0) when B has A's body
 * }</pre>
 *
 * <p>Exact: equal {@link BodySignature#exact()} keys. Near: the sketch is split into {@value
 * #BANDS} bands of {@value #ROWS} values (locality-sensitive hashing); an original that shares a
 * whole band is a candidate, and the candidate with the highest estimated Jaccard similarity at or
 * above the threshold wins (the earlier original on a tie). A pair at similarity 0.7 becomes a
 * candidate with probability 0.89, at 0.8 with 0.985, at 0.9 with 0.9998.
 *
 * <p>Memory: only originals are kept: per original 8 bytes of exact key, 64 bytes of sketch, 4
 * bytes of reference, and one int slot in the exact table and in each of the 8 band tables
 * (tables at most half full): about 150 bytes, so roughly 150 MB per million distinct articles;
 * duplicates cost nothing. Weakness: each band table keeps the first original per band value, so
 * a later original with the same band value is reachable through its other bands only.
 */
public final class Deduplicator {

  /** Estimated Jaccard similarity from which two bodies are near duplicates. */
  public static final double DEFAULT_THRESHOLD = 0.85;

  static final int BANDS = 8;
  static final int ROWS = BodySignature.HASHES / BANDS;

  /** Why an article is a duplicate. */
  public enum Kind {
    EXACT,
    NEAR;

    /** {@code exact} or {@code near}, as the CSVs write it. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A duplicate's original.
   *
   * @param original the original's ordinal among originals (0 for the first)
   * @param reference what the caller gave with the original's signature
   * @param similarity 1 for exact duplicates, the estimated Jaccard similarity for near ones
   */
  public record Match(int original, int reference, Kind kind, double similarity) {}

  private final double threshold;
  private long[] exact = new long[1024];
  private char[] sketches = new char[1024 * BodySignature.HASHES];
  private boolean[] sketched = new boolean[1024];
  private int[] references = new int[1024];
  private int originals;
  private int[] exactTable = new int[2048];
  private final int[][] bandTables = new int[BANDS][2048];
  private final int[] bandEntries = new int[BANDS];

  public Deduplicator(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /** Originals seen so far. */
  public int originals() {
    return originals;
  }

  /**
   * The original that {@code s} duplicates, or null when {@code s} is an original itself; it is
   * then remembered with {@code reference}.
   */
  public Match check(BodySignature s, int reference) {
    int found = findExact(s.exact());
    if (found >= 0) {
      return new Match(found, references[found], Kind.EXACT, 1.0);
    }
    if (s.hasSketch()) {
      int best = -1;
      int bestSame = -1;
      for (int b = 0; b < BANDS; b++) {
        int c = findBand(b, band(s, b));
        if (c >= 0 && c != best) {
          int same = same(s, c);
          if (same > bestSame || (same == bestSame && c < best)) {
            best = c;
            bestSame = same;
          }
        }
      }
      double sim = bestSame / (double) BodySignature.HASHES;
      if (best >= 0 && sim >= threshold) {
        return new Match(best, references[best], Kind.NEAR, sim);
      }
    }
    add(s, reference);
    return null;
  }

  private void add(BodySignature s, int reference) {
    int o = originals;
    if (o == exact.length) {
      int n = o * 2;
      exact = Arrays.copyOf(exact, n);
      sketches = Arrays.copyOf(sketches, n * BodySignature.HASHES);
      sketched = Arrays.copyOf(sketched, n);
      references = Arrays.copyOf(references, n);
    }
    exact[o] = s.exact();
    references[o] = reference;
    if (s.hasSketch()) {
      sketched[o] = true;
      for (int i = 0; i < BodySignature.HASHES; i++) {
        sketches[o * BodySignature.HASHES + i] = s.sketch(i);
      }
    }
    originals++;
    if (originals * 2 > exactTable.length) {
      exactTable = new int[exactTable.length * 2];
      for (int i = 0; i < originals; i++) {
        putExact(i);
      }
    } else {
      putExact(o);
    }
    if (s.hasSketch()) {
      for (int b = 0; b < BANDS; b++) {
        putBand(b, o);
      }
    }
  }

  private void putExact(int o) {
    int mask = exactTable.length - 1;
    int i = (int) BodySignature.mix(exact[o]) & mask;
    while (exactTable[i] != 0) {
      if (exact[exactTable[i] - 1] == exact[o]) {
        return;
      }
      i = (i + 1) & mask;
    }
    exactTable[i] = o + 1;
  }

  private int findExact(long key) {
    int mask = exactTable.length - 1;
    int i = (int) BodySignature.mix(key) & mask;
    while (exactTable[i] != 0) {
      if (exact[exactTable[i] - 1] == key) {
        return exactTable[i] - 1;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private void putBand(int b, int o) {
    if ((bandEntries[b] + 1) * 2 > bandTables[b].length) {
      int[] old = bandTables[b];
      bandTables[b] = new int[old.length * 2];
      for (int slot : old) {
        if (slot != 0) {
          insertBand(b, slot - 1);
        }
      }
    }
    if (insertBand(b, o)) {
      bandEntries[b]++;
    }
  }

  private boolean insertBand(int b, int o) {
    int[] table = bandTables[b];
    int mask = table.length - 1;
    long key = band(o, b);
    int i = (int) BodySignature.mix(key) & mask;
    while (table[i] != 0) {
      if (band(table[i] - 1, b) == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = o + 1;
    return true;
  }

  private int findBand(int b, long key) {
    int[] table = bandTables[b];
    int mask = table.length - 1;
    int i = (int) BodySignature.mix(key) & mask;
    while (table[i] != 0) {
      if (band(table[i] - 1, b) == key) {
        return table[i] - 1;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private static long band(BodySignature s, int b) {
    long k = 0;
    for (int r = 0; r < ROWS; r++) {
      k = (k << 16) | s.sketch(b * ROWS + r);
    }
    return k;
  }

  private long band(int o, int b) {
    long k = 0;
    int base = o * BodySignature.HASHES + b * ROWS;
    for (int r = 0; r < ROWS; r++) {
      k = (k << 16) | sketches[base + r];
    }
    return k;
  }

  private int same(BodySignature s, int o) {
    if (!sketched[o]) {
      return 0;
    }
    int n = 0;
    int base = o * BodySignature.HASHES;
    for (int i = 0; i < BodySignature.HASHES; i++) {
      if (sketches[base + i] == s.sketch(i)) {
        n++;
      }
    }
    return n;
  }
}
