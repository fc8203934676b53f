/**
 * Stage 4a, index: takes {@link dev.kiji.pipeline.ExtractedArticle}s, gives a Lucene index folder
 * with one document per article ({@link dev.kiji.index.IndexSchema} declares every field once).
 * Document ids are article ids, so indexing the same article again replaces it.
 */
package dev.kiji.index;
