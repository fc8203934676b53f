/**
 * Stage 2, analyze: takes an article's text, gives an {@link dev.kiji.analyze.AnalyzedText} — the
 * original text, its NFKC form with offset maps back to the original, and Kuromoji tokens
 * (normal mode, punctuation kept, kiji's user dictionary). Also holds the index chain, {@link
 * dev.kiji.analyze.IndexAnalyzer} (search mode keeping compounds), used by the index and search
 * stages.
 *
 * <p>Dictionaries load once per JVM; tokenizers are per thread and never serialized.
 */
package dev.kiji.analyze;
