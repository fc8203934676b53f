/**
 * The run: takes a list of input files, gives {@link dev.kiji.pipeline.ExtractedArticle}s to sinks.
 * {@link dev.kiji.pipeline.Pipeline} reads, analyses and extracts on N worker threads with a
 * bounded window of files in flight, and hands results to an {@link
 * dev.kiji.pipeline.ArticleSink} in input order from one thread.
 */
package dev.kiji.pipeline;
