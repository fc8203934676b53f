package dev.kiji.ingest;

/** STUB (replaced by the ingest branch). */
public record InputError(String path, String reason) {}
