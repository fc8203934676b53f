package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import java.util.List;

/** Placeholder until the first version lands. */
public final class DurationExtractor implements Extractor {
  @Override
  public List<Mention> extract(AnalyzedText text, ExtractionContext context) {
    return List.of();
  }
}
