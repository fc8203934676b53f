/**
 * Ingest stage: takes input files (scraped plain text, livedoor corpus text, HTML pages, JSON
 * Lines) and gives immutable {@link dev.kiji.ingest.Article}s plus one {@link
 * dev.kiji.ingest.InputError} per rejected input. Entry point: {@link dev.kiji.ingest.Ingest}.
 *
 * <p>Bad input never stops a batch. Charset detection, binary rejection and text cleaning happen
 * here, once, so every later offset points into {@link dev.kiji.ingest.Article#text()}.
 */
package dev.kiji.ingest;
