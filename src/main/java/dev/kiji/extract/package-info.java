/**
 * Stage 3, extract: takes an {@link dev.kiji.analyze.AnalyzedText} and an {@link
 * dev.kiji.extract.ExtractionContext} (the reference date), gives {@link dev.kiji.extract.Mention}s
 * of four types — AMOUNT ({@link dev.kiji.extract.AmountExtractor}), DATE ({@link
 * dev.kiji.extract.DateExtractor}), DURATION ({@link dev.kiji.extract.DurationExtractor}) and PARTY
 * ({@link dev.kiji.extract.PartyExtractor}) — composed by {@link dev.kiji.extract.Extractors}.
 *
 * <p>Extractors are pure: no I/O after their lexicons load, no clock, no default locale or time
 * zone, thread-safe. Spans are offsets into the original text; values are normalised (plain
 * decimals, ISO 4217, ISO 8601). Lexicons are UTF-8 resources next to this package.
 */
package dev.kiji.extract;
