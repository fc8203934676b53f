package dev.kiji.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * A file that holds one article (text, HTML): the first {@code next()} reads it whole, up to
 * {@link IngestOptions#maxFileBytes()} (over it: {@code file too large}), and parses it.
 */
final class SingleStream extends Lookahead {

  private final InputStream in;
  private final String ext;
  private final long knownSize;
  private final IngestOptions o;
  private Iterator<Ingested> entries;

  /**
   * @param knownSize the file size when known and not compressed, else -1
   */
  SingleStream(String path, InputStream in, String ext, boolean gzip, long knownSize, IngestOptions o) {
    super(path, gzip);
    this.in = in;
    this.ext = ext;
    this.knownSize = knownSize;
    this.o = o;
  }

  /** A stream of one error. */
  static ArticleStream failed(String path, String reason) {
    SingleStream s = new SingleStream(path, InputStream.nullInputStream(), "", false, -1, IngestOptions.DEFAULTS);
    s.entries = List.of(Ingested.error(path, reason)).iterator();
    return s;
  }

  @Override
  public boolean perRecord() {
    return false;
  }

  @Override
  Ingested read() throws IOException {
    if (entries == null) {
      long max = o.maxFileBytes();
      if (knownSize > max) {
        entries = List.of(Ingested.error(path, tooLarge(knownSize + " bytes", max))).iterator();
      } else {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        entries = (b.length > max
            ? List.of(Ingested.error(path, tooLarge("over " + max + " bytes" + (gzip ? " decompressed" : ""), max)))
            : Ingest.whole(path, b, ext, gzip, o)).iterator();
        in.close();
      }
    }
    return entries.hasNext() ? entries.next() : null;
  }

  private static String tooLarge(String size, long max) {
    return "file too large (" + size + "; limit " + max + ")";
  }

  @Override
  void release() throws IOException {
    in.close();
  }
}
