package dev.kiji.ingest;

import java.io.IOException;

/** A read stopped by a limit of {@link IngestOptions}; the message is the reason to report. */
final class LimitException extends IOException {
  private static final long serialVersionUID = 1L;

  LimitException(String reason) {
    super(reason);
  }
}
