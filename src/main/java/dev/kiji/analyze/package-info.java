/**
 * Stage 2, analyze: takes an article's text, gives an {@link dev.kiji.analyze.AnalyzedText} — the
 * original text, its NFKC form with offset maps back to the original, and Kuromoji tokens
 * (normal mode, punctuation kept, kiji's user dictionary). Also holds the index chain, {@link
 * dev.kiji.analyze.IndexAnalyzer}, used by the index and search stages: it is fed from the same
 * tokens ({@link dev.kiji.analyze.IndexTokens}: punctuation dropped, long compounds also split into
 * their search-mode parts, stop words and stop tags left out, terms stemmed and lower-cased once),
 * so Kuromoji's Viterbi runs once per article and indexing only replays the ready terms.
 *
 * <p>Dictionaries load once per JVM; tokenizers are per thread and never serialized.
 */
package dev.kiji.analyze;
