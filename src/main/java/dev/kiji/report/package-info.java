/**
 * Stage 4b, report: takes {@link dev.kiji.pipeline.ExtractedArticle}s (from the pipeline during
 * {@code kiji analyze}, or read back from the index by {@code kiji report}), gives the CSV reports
 * (articles, mentions, errors; and the aggregates of {@link dev.kiji.report.CorpusReport} written
 * by {@link dev.kiji.report.ReportFiles}: entities, timeline, co-occurrence, amounts, amount
 * totals, terms), the self-contained {@code report.html} ({@link dev.kiji.report.ReportHtml}) and
 * the JSON Lines of {@code kiji extract}. Output is deterministic: fixed headers, total sort
 * orders, code point offsets, independent of input order. Aggregates
 * ({@link dev.kiji.report.EntityTable}) merge associatively.
 */
package dev.kiji.report;
