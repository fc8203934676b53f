package dev.kiji.pipeline;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An immutable set of readings in first-seen order, over a set that {@link TokenReadings#of} built
 * and nobody else holds, so that {@link ExtractedArticle} can keep it without copying.
 */
final class ReadingSet extends AbstractSet<String> {

  private final Set<String> set;

  /** {@code owned} must not be changed or shared after this call. */
  ReadingSet(LinkedHashSet<String> owned) {
    this.set = Collections.unmodifiableSet(owned);
  }

  @Override
  public Iterator<String> iterator() {
    return set.iterator();
  }

  @Override
  public int size() {
    return set.size();
  }

  @Override
  public boolean contains(Object o) {
    return set.contains(o);
  }
}
