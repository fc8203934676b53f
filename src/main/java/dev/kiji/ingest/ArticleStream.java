package dev.kiji.ingest;

import java.io.Closeable;
import java.util.Iterator;

/**
 * The articles of one input file, read one at a time: a closeable iterator of {@link Ingested}
 * (an article or an error). Never throws for bad input: a read failure is the last entry. Not
 * thread-safe; close it (try-with-resources) to release the file.
 *
 * <pre>{@code
 * try (ArticleStream s = Ingest.open(Path.of("dump.jsonl.gz"), IngestOptions.DEFAULTS)) {
 *   while (s.hasNext()) {
 *     Ingested i = s.next();
 *     if (i.error() != null) System.err.println(i.error().path() + ": error: " + i.error().reason());
 *   }
 * }
 * }</pre>
 *
 * <p>Record formats (JSON Lines, JSON arrays, CSV, and their .gz) are read record by record in
 * bounded memory, whatever the file size: {@link #perRecord()} is true and each {@code next()}
 * is cheap. Other formats (text, HTML) hold one article: the first {@code next()} reads, decodes
 * and parses the whole file (up to {@link IngestOptions#maxFileBytes()}), so a pipeline may hand
 * such a stream to a worker thread.
 */
public interface ArticleStream extends Iterator<Ingested>, Closeable {

  /** True when entries are read one record at a time (JSON Lines, JSON array, CSV). */
  boolean perRecord();

  /** Closes the file; never throws. */
  @Override
  void close();
}
