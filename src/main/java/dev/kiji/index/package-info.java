/**
 * Stage 4a, index: takes {@link dev.kiji.pipeline.ExtractedArticle}s, gives a Lucene index folder
 * with one document per article ({@link dev.kiji.index.IndexSchema} declares every field once).
 *
 * <p>{@code kiji analyze} writes through {@link dev.kiji.index.CorpusIndex}, the one index writer:
 * articles plus one file document per input file (content hash, errors), committed every few
 * thousand files or seconds, so incremental runs skip unchanged files, a changed file's articles
 * replace those of the last run and a killed run resumes from its last commit; {@link
 * dev.kiji.index.IndexedFiles} reads a file's records back for the reports, {@link
 * dev.kiji.index.StoredArticles} every article for {@code kiji report}.
 */
package dev.kiji.index;
