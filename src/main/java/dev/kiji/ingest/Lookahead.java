package dev.kiji.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;

/**
 * Base of the {@link ArticleStream}s: one entry of lookahead, and every failure turned into a
 * last error entry ({@code path: reason}), so no exception escapes to the caller.
 */
abstract class Lookahead implements ArticleStream {

  final String path;
  final boolean gzip;
  private Ingested ahead;
  private boolean finished;
  private int count;

  Lookahead(String path, boolean gzip) {
    this.path = path;
    this.gzip = gzip;
  }

  /** The next entry, or null at the end; may throw, which ends the stream with an error. */
  abstract Ingested read() throws IOException;

  /** Where a failure happened, appended to its reason, e.g. {@code "after line 12"}; or "". */
  String position() {
    return "";
  }

  abstract void release() throws IOException;

  /** The error of a file that gave no entry at all. */
  String noRecords() {
    return "no records in file";
  }

  @Override
  public final boolean hasNext() {
    if (ahead == null && !finished) {
      try {
        ahead = read();
      } catch (LimitException e) {
        ahead = fail(e.getMessage());
      } catch (UncheckedIOException e) {
        ahead = fail(reason(e.getCause()));
      } catch (IOException e) {
        ahead = fail(reason(e));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        ahead = fail("internal error: " + e);
      }
      if (ahead == null) {
        finished = true;
        close();
        if (count == 0) {
          // nothing is ever dropped silently: a file with no record says so
          ahead = Ingested.error(path, noRecords());
        }
      }
      if (ahead != null) {
        count++;
      }
    }
    return ahead != null;
  }

  @Override
  public final Ingested next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Ingested i = ahead;
    ahead = null;
    return i;
  }

  @Override
  public final void close() {
    try {
      release();
    } catch (IOException | RuntimeException e) {
      // nothing left to report: the entries are out
    }
  }

  private Ingested fail(String reason) {
    finished = true;
    close();
    String where = position();
    return Ingested.error(path, where.isEmpty() ? reason : reason + " (" + where + ")");
  }

  String reason(Throwable e) {
    if (e instanceof LimitException) {
      return e.getMessage();
    }
    if (gzip && (e instanceof ZipException || e instanceof EOFException)) {
      return "corrupt or truncated gzip data: " + e.getMessage();
    }
    if (e instanceof EOFException) {
      return "unexpected end of file";
    }
    return "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
