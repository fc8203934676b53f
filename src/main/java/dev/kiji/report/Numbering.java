package dev.kiji.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers distinct keys 0, 1, 2... in the order they are first seen, so that counters can be keyed
 * by small ints instead of composite strings.
 *
 * <pre>{@code
 * Numbering<String> n = new Numbering<>();
 * n.number("2024-06");  // 0
 * n.number("2024-07");  // 1
 * n.number("2024-06");  // 0 again
 * n.key(1);             // "2024-07"
 * }</pre>
 *
 * <p>Not thread-safe. Serializable when the keys are (reports travel between Spark tasks).
 */
final class Numbering<K> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<K, Integer> numbers = new HashMap<>();
  private final List<K> keys = new ArrayList<>();

  /** The number of {@code key}; a new key gets the next free number. */
  int number(K key) {
    Integer n = numbers.putIfAbsent(key, keys.size());
    if (n == null) {
      n = keys.size();
      keys.add(key);
    }
    return n;
  }

  /** The key numbered {@code n}. */
  K key(int n) {
    return keys.get(n);
  }

  /** How many keys are numbered. */
  int size() {
    return keys.size();
  }
}
