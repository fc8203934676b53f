package dev.kiji.analyze;

/**
 * One token for the index, made from the extraction tokens so Kuromoji runs once per article.
 * Plain values only (no Lucene types), so it can travel from the analysis stage to the index stage.
 *
 * <p>{@link IndexTokens#of} gives them final, as indexed; {@link IndexTokens#unfiltered} (tests)
 * gives them before the term filters.
 *
 * @param term the term as indexed: the base form (or the surface when there is none) after the
 *     index chain's term filters ({@link IndexAnalyzer#filter}: katakana stemming, lower case)
 * @param partOfSpeech Kuromoji's tag like {@code 名詞-一般}; {@code ""} when unknown
 * @param start start offset into the ORIGINAL text
 * @param end end offset into the ORIGINAL text
 * @param positionIncrement 1, or 0 for a compound stacked on its first part, plus the positions
 *     of the stop words and stop tags left out just before
 * @param positionLength 1, or the number of parts a compound spans
 */
public record IndexToken(
    String term, String partOfSpeech, int start, int end, int positionIncrement, int positionLength) {}
