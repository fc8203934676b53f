package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import java.util.List;

/** Placeholder until the first version lands. */
public final class PartyExtractor implements Extractor {

  /** The extractor with kiji's bundled lexicon. */
  public static PartyExtractor withDefaultLexicon() {
    return new PartyExtractor();
  }

  @Override
  public List<Mention> extract(AnalyzedText text, ExtractionContext context) {
    return List.of();
  }
}
