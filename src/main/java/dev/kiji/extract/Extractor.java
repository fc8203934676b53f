package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import java.util.List;

/**
 * A pure function from an analysed text to mentions: no I/O, no clock, no global mutable state,
 * so it can be called from any thread and shipped to a distributed engine's workers.
 */
@FunctionalInterface
public interface Extractor {

  /**
   * Finds the mentions in {@code text}.
   *
   * @return mentions in text order, spans in original-text offsets
   */
  List<Mention> extract(AnalyzedText text, ExtractionContext context);
}
