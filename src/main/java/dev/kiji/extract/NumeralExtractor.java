package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import java.util.List;

/**
 * An extractor that reads the numerals of {@link AmountNumerals#find}: {@link Extractors} finds
 * them once per text and hands the same list to every such extractor (amounts, durations).
 */
interface NumeralExtractor extends Extractor {

  /** Same as {@link #extract(AnalyzedText, ExtractionContext)} with the text's numerals given. */
  List<Mention> extract(
      AnalyzedText text, ExtractionContext context, List<AmountNumerals.Numeral> numerals);
}
