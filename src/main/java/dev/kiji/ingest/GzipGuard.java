package dev.kiji.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Opens gzip content (recognised by its magic bytes {@code 1F 8B}, whatever the file name) as a
 * decompressing stream that stops with a {@link LimitException} when the decompressed size passes
 * {@link IngestOptions#maxDecompressedBytes()}, or when, past {@value #RATIO_FLOOR} bytes, the
 * decompressed size is over {@link IngestOptions#maxCompressionRatio()} times the compressed
 * bytes read (a zip bomb expands 1000:1; news text 3-10:1).
 *
 * <p>Concatenated gzip members are read as one stream (as {@code gzip -d} does).
 */
final class GzipGuard {

  static final long RATIO_FLOOR = 16L << 20;

  private GzipGuard() {}

  /** True when {@code head} starts with the gzip magic bytes. */
  static boolean isGzip(byte[] head, int n) {
    return n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /** The decompressed content of {@code compressed}, guarded by the limits of {@code o}. */
  static InputStream open(InputStream compressed, IngestOptions o) throws IOException {
    Counting in = new Counting(compressed);
    return new Guarded(new GZIPInputStream(in, 1 << 16), in, o);
  }

  /** Counts the compressed bytes the inflater consumed. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count++;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  private static final class Guarded extends FilterInputStream {
    private final Counting compressed;
    private final long max;
    private final int ratio;
    private long total;

    Guarded(InputStream in, Counting compressed, IngestOptions o) {
      super(in);
      this.compressed = compressed;
      this.max = o.maxDecompressedBytes();
      this.ratio = o.maxCompressionRatio();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        total += n;
        if (total > max) {
          throw new LimitException("decompressed size over " + max + " bytes (gzip)");
        }
        if (total > RATIO_FLOOR && total > (double) ratio * Math.max(1, compressed.count)) {
          throw new LimitException(
              "compression ratio over " + ratio + ":1 (" + compressed.count + " bytes expand to more than "
                  + total + "; zip bomb?)");
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[8192];
      long done = 0;
      while (done < n) {
        int r = read(buf, 0, (int) Math.min(buf.length, n - done));
        if (r < 0) {
          break;
        }
        done += r;
      }
      return done;
    }
  }
}
