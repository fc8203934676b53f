package dev.kiji.analyze;

/**
 * One morpheme of the extraction chain (Kuromoji normal mode, punctuation kept).
 *
 * <p>Offsets are UTF-16 indexes into the <em>normalised</em> text of the {@link AnalyzedText}
 * that owns the token; map them back with {@link AnalyzedText#originalStart(int)} and {@link
 * AnalyzedText#originalEnd(int)}.
 *
 * @param surface the token as it appears in the normalised text
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param partOfSpeech IPADIC tag, e.g. {@code 名詞-固有名詞-人名-姓}; never null
 * @param baseForm dictionary form, or the surface when Kuromoji gives none
 * @param reading katakana reading, or null for unknown words
 * @param known false when Kuromoji made the token up (unknown word)
 */
public record Token(
    String surface,
    int start,
    int end,
    String partOfSpeech,
    String baseForm,
    String reading,
    boolean known) {

  /** True when the tag starts with {@code prefix}, e.g. {@code is("名詞-数")}. */
  public boolean is(String prefix) {
    return partOfSpeech.startsWith(prefix);
  }
}
