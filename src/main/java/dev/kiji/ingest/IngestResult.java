package dev.kiji.ingest;

import java.util.List;

/** STUB (replaced by the ingest branch). */
public record IngestResult(List<Article> articles, List<InputError> errors) {}
