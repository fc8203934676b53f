package dev.kiji.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at LF (a CR before it is dropped) without ever holding more than
 * {@code max} bytes of one line: a longer line is skipped to its end and returned as {@link
 * Line#tooLong()} with its length, so a 1 GB line costs no memory. Works for UTF-8, windows-31j and
 * EUC-JP, whose multi-byte characters never contain the byte 0x0A.
 */
final class LineReader {

  /** One line: its bytes, or (when over the limit) none and its full length. */
  record Line(byte[] bytes, long length, boolean tooLong) {}

  private final InputStream in;
  private final int max;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private int number;

  LineReader(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The 1-based number of the line last returned. */
  int number() {
    return number;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int len = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl < 0 ? end : nl;
      int n = stop - start;
      length += n;
      if (length <= max) {
        if (len + n > line.length) {
          line = Arrays.copyOf(line, Math.max(len + n, Math.min(max, line.length * 2)));
        }
        System.arraycopy(buf, start, line, len, n);
        len += n;
      }
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    number++;
    if (length > max) {
      return new Line(null, length, true);
    }
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    return new Line(Arrays.copyOf(line, len), length, false);
  }
}
