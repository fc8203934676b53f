package dev.kiji.index;

/**
 * How a field of kiji's index is indexed; each backend maps a kind to its own field types
 * ({@link IndexSchema#document} for Lucene, {@code dev.kiji.opensearch.OpenSearchMapping} for
 * OpenSearch).
 */
public enum FieldKind {
  /** An exact value, indexed and stored ({@code id}, {@code source}). */
  KEYWORD,
  /** An exact value, indexed, stored and counted as a facet (doc values: {@code party}, {@code site}). */
  FACET,
  /** An exact value, indexed only ({@code mention_type}, {@code reading}). */
  KEYWORD_UNSTORED,
  /** Stored only, never searched ({@code path}, {@code mentions}). */
  STORED,
  /** Text analysed by the index chain, stored ({@code title}). */
  TEXT,
  /** Text analysed by the index chain, stored, with positions and offsets for highlighting ({@code body}). */
  TEXT_OFFSETS,
  /**
   * A calendar day ({@link java.time.LocalDate}), stored as ISO text and searchable as a range (in
   * Lucene as the epoch day in {@code <name>_day}, point and doc values).
   */
  DATE,
  /** A number (double), searchable as a range, not stored. */
  NUMBER
}
