package dev.kiji.pipeline;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map of term counts in key order (as a {@code TreeMap<String, Integer>} would give
 * them), stored as two arrays: what {@link ContentTerms#count} builds once per article, so that
 * {@link ExtractedArticle} can keep it without copying.
 */
final class TermCounts extends AbstractMap<String, Integer> {

  private final String[] keys;
  private final int[] counts;

  /** {@code keys} sorted ascending and distinct; {@code counts[i]} goes with {@code keys[i]}. */
  TermCounts(String[] keys, int[] counts) {
    this.keys = keys;
    this.counts = counts;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Integer get(Object key) {
    int i = key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
    return i >= 0 ? counts[i] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String s && Arrays.binarySearch(keys, s) >= 0;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Integer> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], counts[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, Integer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, Integer>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, Integer> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return Map.entry(keys[i], counts[i]);
          }
        };
      }
    };
  }
}
