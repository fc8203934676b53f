package dev.kiji.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails with a {@link LimitException} once more than {@code max} characters were
 * read since the last {@link #reset()}: a parser that buffers a whole record (a CSV row with an
 * unclosed quote, a JSON array element) can then never hold more than about {@code max} chars.
 */
final class BudgetReader extends FilterReader {

  static final int SLACK = 1 << 16;

  private final long max;
  private final String what;
  private long used;

  BudgetReader(Reader in, long max, String what) {
    super(in);
    this.max = max;
    this.what = what;
  }

  /** Starts the count of a new record. */
  @Override
  public void reset() {
    used = 0;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      spend(1);
    }
    return c;
  }

  @Override
  public int read(char[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      spend(n);
    }
    return n;
  }

  private void spend(int n) throws LimitException {
    used += n;
    if (used > max + SLACK) {
      throw new LimitException(what + " too long (over " + max + " characters)");
    }
  }
}
