/**
 * Stage 4a, index: takes {@link dev.kiji.pipeline.ExtractedArticle}s, gives a Lucene index folder
 * with one document per article ({@link dev.kiji.index.IndexSchema} declares every field once).
 * Document ids are article ids, so indexing the same article again replaces it.
 *
 * <p>{@code kiji analyze} writes through {@link dev.kiji.index.CorpusIndex}: articles plus one
 * file document per input file (content hash, errors), committed every few thousand files or
 * seconds, so incremental runs skip unchanged files and a killed run resumes from its last commit;
 * {@link dev.kiji.index.IndexedFiles} reads a file's records back for the reports. {@link
 * dev.kiji.index.ArticleIndexer} is the plain writer (one commit at close) for tools and tests.
 */
package dev.kiji.index;
