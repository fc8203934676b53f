package dev.kiji.report;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Two int counters per long key, in an open-addressing hash table: what the co-occurrence and
 * timeline tables count per (party id, party id) and (party id, period id) without boxing a key
 * or allocating a counter array per entry.
 *
 * <pre>{@code
 * LongCounts c = new LongCounts();
 * c.add(LongCounts.key(3, 7), 1, 2);
 * c.add(LongCounts.key(3, 7), 1, 0);
 * c.first(c.slot(LongCounts.key(3, 7)));  // 2
 * }</pre>
 *
 * Entries are visited by slot: {@code for (int s = 0; s < c.capacity(); s++) if (c.used(s)) ...}.
 * Weakness: no removal (the reports only ever add).
 */
final class LongCounts implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys;
  private int[] counts; // two per slot
  private int size;

  LongCounts() {
    keys = new long[64];
    Arrays.fill(keys, EMPTY);
    counts = new int[128];
  }

  /** The key of the pair ({@code hi}, {@code lo}), both non-negative. */
  static long key(int hi, int lo) {
    return ((long) hi << 32) | (lo & 0xffffffffL);
  }

  static int hi(long key) {
    return (int) (key >>> 32);
  }

  static int lo(long key) {
    return (int) key;
  }

  /** Adds {@code a} to the first counter and {@code b} to the second counter of {@code key}. */
  void add(long key, int a, int b) {
    int s = find(key);
    if (keys[s] == EMPTY) {
      keys[s] = key;
      if (++size * 2 > keys.length) {
        grow();
        s = find(key);
      }
    }
    counts[2 * s] += a;
    counts[2 * s + 1] += b;
  }

  int size() {
    return size;
  }

  int capacity() {
    return keys.length;
  }

  boolean used(int slot) {
    return keys[slot] != EMPTY;
  }

  long keyAt(int slot) {
    return keys[slot];
  }

  int first(int slot) {
    return counts[2 * slot];
  }

  int second(int slot) {
    return counts[2 * slot + 1];
  }

  /** The slot of {@code key}, or -1. */
  int slot(long key) {
    int s = find(key);
    return keys[s] == EMPTY ? -1 : s;
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int s = mix(key) & mask;
    while (keys[s] != EMPTY && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 41));
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    counts = new int[oldCounts.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int s = find(oldKeys[i]);
        keys[s] = oldKeys[i];
        counts[2 * s] = oldCounts[2 * i];
        counts[2 * s + 1] = oldCounts[2 * i + 1];
      }
    }
  }
}
