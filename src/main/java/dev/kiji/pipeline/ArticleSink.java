package dev.kiji.pipeline;

import dev.kiji.ingest.InputError;
import java.io.IOException;

/**
 * Receives the pipeline's output in input order (files sorted by path, articles in file order),
 * from one thread at a time, so sinks need no locking and their output is deterministic.
 */
public interface ArticleSink extends AutoCloseable {

  /** One analysed article. */
  void accept(ExtractedArticle article) throws IOException;

  /** One input (file, or line of a multi-article file) that could not be read. */
  void error(InputError error) throws IOException;

  /** Flushes and finishes the output. */
  @Override
  void close() throws IOException;
}
