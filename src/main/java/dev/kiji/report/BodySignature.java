package dev.kiji.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * What duplicate detection knows of an article body: an exact key and a MinHash sketch, 76 bytes
 * in all, computed once when the article is indexed and stored with it.
 *
 * <p>The body is the article text without its title line (the first non-blank line when it equals
 * the title), NFKC-normalised, with every whitespace character removed: {@code "政府は　予算を\n決めた"}
 * and {@code "政府は予算を決めた"} have the same body.
 *
 * <ul>
 *   <li>{@link #exact()}: the first 8 bytes of the SHA-256 of the body's UTF-8, as a long; equal
 *       keys are exact duplicates (a false match needs a 64-bit collision: about 1 in 3·10⁷ for a
 *       million articles).
 *   <li>{@link #sketch(int)}: {@value #HASHES} MinHash values (one multiply-add hash function each) over the distinct
 *       {@value #SHINGLE}-character shingles of the body's prose lines (normalised lines with a
 *       sentence end 。!?; so menus, breadcrumbs, share links and bylines do not count; the whole
 *       body when these give fewer than {@value #MIN_CHARS} chars or less than half the body), each reduced to its low 16 bits (b-bit
 *       MinHash). The share of equal values estimates the Jaccard similarity of the two shingle
 *       sets (standard error about 0.07 at 0.8). Texts shorter than {@value #MIN_CHARS}
 *       characters have no sketch: they only take part in exact detection.
 * </ul>
 *
 * <p>Weaknesses: Jaccard similarity punishes boilerplate that reads as prose (a footer of full
 * sentences, a list of related headlines ending in 。); templated notices (the same announcement
 * for another product, 90% the same words) are near duplicates by this measure. Hash functions
 * are fixed, so signatures stored in an index stay comparable across runs.
 */
public final class BodySignature {

  /** MinHash values per sketch. */
  public static final int HASHES = 32;

  /** Shingle length, in UTF-16 chars of the normalised body. */
  public static final int SHINGLE = 5;

  /** Shortest normalised body (chars) that gets a sketch. */
  public static final int MIN_CHARS = 50;

  /** Bytes of {@link #toBytes()}. */
  public static final int BYTES = 8 + 4 + 2 * HASHES;

  private static final long[] MULTIPLIERS = new long[HASHES];
  private static final long[] ADDENDS = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      MULTIPLIERS[i] = s | 1L;
      s = mix(s + 0x9E3779B97F4A7C15L);
      ADDENDS[i] = s;
    }
  }

  private final long exact;
  private final int length;
  private final char[] sketch;

  private BodySignature(long exact, int length, char[] sketch) {
    this.exact = exact;
    this.length = length;
    this.sketch = sketch;
  }

  /** The signature of an article with this title and text. */
  public static BodySignature of(String title, String text) {
    // NFKC does not reach across a line break, so the lines are normalised one by one; prose lines
    // are those with a sentence end (。!?): menus, breadcrumbs, share links and bylines mostly have none
    StringBuilder body = new StringBuilder();
    StringBuilder prose = new StringBuilder();
    for (String line : withoutTitle(title, text).split("\n")) {
      String n = normalise(line);
      body.append(n);
      if (n.indexOf('。') >= 0 || n.indexOf('!') >= 0 || n.indexOf('?') >= 0) {
        prose.append(n);
      }
    }
    long exact = ByteBuffer.wrap(sha256(body.toString().getBytes(StandardCharsets.UTF_8))).getLong();
    // prose stands for the story only when it is most of the text (else a list-like article would be
    // reduced to its one prose paragraph, and two such articles would look the same)
    CharSequence content = prose.length() < MIN_CHARS || prose.length() * 2 < body.length() ? body : prose;
    return new BodySignature(exact, content.length(), content.length() < MIN_CHARS ? null : sketch(content));
  }

  /** Reads what {@link #toBytes()} wrote. */
  public static BodySignature fromBytes(byte[] b) {
    if (b.length != BYTES) {
      throw new IllegalArgumentException("a body signature has " + BYTES + " bytes, not " + b.length);
    }
    ByteBuffer in = ByteBuffer.wrap(b);
    long exact = in.getLong();
    int length = in.getInt();
    char[] sketch = new char[HASHES];
    for (int i = 0; i < HASHES; i++) {
      sketch[i] = in.getChar();
    }
    return new BodySignature(exact, length, length < MIN_CHARS ? null : sketch);
  }

  /** {@value #BYTES} bytes: exact key, body length, sketch (zeros when there is none). */
  public byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(BYTES);
    out.putLong(exact).putInt(length);
    for (int i = 0; i < HASHES; i++) {
      out.putChar(sketch == null ? 0 : sketch[i]);
    }
    return out.array();
  }

  /** The exact-duplicate key. */
  public long exact() {
    return exact;
  }

  /** Length in chars of the normalised text the sketch was made of. */
  public int length() {
    return length;
  }

  /** True when the body is long enough for near-duplicate detection. */
  public boolean hasSketch() {
    return sketch != null;
  }

  /** MinHash value {@code i} (0 ≤ i < {@value #HASHES}); only when {@link #hasSketch()}. */
  public char sketch(int i) {
    return sketch[i];
  }

  /** Estimated Jaccard similarity of the two bodies' shingle sets (0 when either has no sketch). */
  public double similarity(BodySignature other) {
    if (sketch == null || other.sketch == null) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (sketch[i] == other.sketch[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BodySignature s && s.exact == exact && s.length == length && Arrays.equals(s.sketch, sketch);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(exact);
  }

  /** The text without its first non-blank line when that line is the title. */
  static String withoutTitle(String title, String text) {
    if (title == null || title.isBlank()) {
      return text;
    }
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int nl = text.indexOf('\n', start);
    int end = nl < 0 ? text.length() : nl;
    return text.substring(start, end).strip().equals(title.strip()) ? text.substring(end) : text;
  }

  /** NFKC, then every whitespace character removed. */
  static String normalise(String s) {
    String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static char[] sketch(CharSequence body) {
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= body.length(); i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) {
        h = h * 0x100000001B3L + body.charAt(i + k);
      }
      h = mix(h);
      for (int j = 0; j < HASHES; j++) {
        // unsigned order through the sign flip
        long v = (h * MULTIPLIERS[j] + ADDENDS[j]) ^ Long.MIN_VALUE;
        if (v < min[j]) {
          min[j] = v;
        }
      }
    }
    char[] out = new char[HASHES];
    for (int j = 0; j < HASHES; j++) {
      out[j] = (char) mix(min[j]);
    }
    return out;
  }

  /** The 64-bit finaliser of MurmurHash3 (a public-domain mixing function). */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
