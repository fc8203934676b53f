/**
 * Stage 4b, report: takes {@link dev.kiji.pipeline.ExtractedArticle}s in input order, gives the
 * CSV reports (articles, mentions, entities, errors) and the JSON Lines of {@code kiji extract}.
 * Output is deterministic: fixed headers, total sort orders, code point offsets. Aggregates
 * ({@link dev.kiji.report.EntityTable}) merge associatively.
 */
package dev.kiji.report;
