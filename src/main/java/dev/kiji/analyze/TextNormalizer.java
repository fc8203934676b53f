package dev.kiji.analyze;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * NFKC normalisation that remembers where every output char came from.
 *
 * <p>Examples: {@code ４５億} → {@code 45億}; {@code ｶﾞｿﾘﾝ} → {@code ガソリン}; {@code ㈱} →
 * {@code (株)} (one original char, three normalised chars: all three map back to the one).
 *
 * <p>The text is cut into clusters (a base char plus the combining and half-width voicing marks
 * that follow it) and each cluster is normalised alone, so composition never crosses a cluster.
 * Every normalised char maps to the start of its cluster, every cluster end to the original
 * cluster end. Known weakness: inside a cluster that NFKC expands (㈱), a span that starts or
 * ends mid-expansion widens to the whole original cluster.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** The normalised text plus the offset maps back into the original. */
  public record Result(String original, String normalized, int[] startMap, int[] endMap) {

    /** Original index of the char at normalised index {@code i} (i may equal the length). */
    public int originalStart(int i) {
      return startMap[i];
    }

    /** Original end offset (exclusive) for a normalised span ending at {@code i} (exclusive). */
    public int originalEnd(int i) {
      return endMap[i];
    }

    /** True when normalisation changed nothing (the maps are then the identity). */
    public boolean identity() {
      return original.equals(normalized);
    }
  }

  /** Normalises {@code text} with NFKC and builds the offset maps. */
  public static Result normalize(String text) {
    int n = text.length();
    // the output; null while it equals text[0, i) (then m == i): most texts need no change at all
    char[] out = null;
    int m = 0;
    int[] starts = new int[n + 1];
    int[] ends = new int[n + 1];
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if ((isPlain(c) || keepsAlone(c)) && (i + 1 == n || startsCluster(text, i + 1))) {
        // the common case, a cluster of one char that NFKC keeps: no substring, no Normalizer
        if (m + 2 > starts.length) {
          starts = Arrays.copyOf(starts, Math.max(starts.length * 2, m + 2));
          ends = Arrays.copyOf(ends, starts.length);
        }
        if (out != null) {
          if (m == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[m] = c;
        }
        starts[m] = i;
        ends[m] = i;
        ends[m + 1] = i + 1;
        m++;
        i++;
        continue;
      }
      int clusterEnd = clusterEnd(text, i);
      String chunk = text.substring(i, clusterEnd);
      String norm = isPlain(chunk) ? chunk : Normalizer.normalize(chunk, Normalizer.Form.NFKC);
      int base = m;
      int next = m + norm.length();
      if (out == null && !norm.equals(chunk)) {
        out = new char[Math.max(n, next) + 16];
        text.getChars(0, m, out, 0);
      }
      if (out != null) {
        if (next > out.length) {
          out = Arrays.copyOf(out, Math.max(out.length * 2, next));
        }
        norm.getChars(0, norm.length(), out, base);
      }
      m = next;
      if (m + 1 > starts.length) {
        starts = Arrays.copyOf(starts, Math.max(starts.length * 2, m + 1));
        ends = Arrays.copyOf(ends, starts.length);
      }
      for (int k = base; k < m; k++) {
        starts[k] = i;
        ends[k] = i; // overwritten below for the cluster's last char
      }
      // a span ending after normalised char k ends after the whole original cluster
      for (int k = base + 1; k <= m; k++) {
        ends[k] = clusterEnd;
      }
      i = clusterEnd;
    }
    if (starts.length != m + 1) {
      starts = Arrays.copyOf(starts, m + 1);
      ends = Arrays.copyOf(ends, m + 1);
    }
    starts[m] = n;
    ends[m] = n;
    if (m > 0) {
      ends[0] = 0;
    }
    return new Result(text, out == null ? text : new String(out, 0, m), starts, ends);
  }

  /** Per BMP char: 0 not known yet, 1 NFKC keeps the char alone, 2 NFKC changes it. */
  private static final byte[] KEEPS = new byte[Character.MAX_VALUE + 1];

  /**
   * True when NFKC leaves {@code c}, taken alone, unchanged (、。「」（）and most other chars):
   * learnt from {@link Normalizer} once per char and remembered (a racy cache of facts, safe to
   * share between threads). False for surrogates.
   */
  private static boolean keepsAlone(char c) {
    byte k = KEEPS[c];
    if (k == 0) {
      String s = String.valueOf(c);
      k = !Character.isSurrogate(c) && Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s) ? (byte) 1 : (byte) 2;
      KEEPS[c] = k;
    }
    return k == 1;
  }

  /** True when the char at {@code j} is not a mark that joins the cluster before it. */
  private static boolean startsCluster(String text, int j) {
    char next = text.charAt(j);
    return isPlain(next) || !isMark(text.codePointAt(j));
  }

  private static boolean isPlain(String chunk) {
    return chunk.length() == 1 && isPlain(chunk.charAt(0));
  }

  private static boolean isPlain(char c) {
    // ASCII and the common Japanese blocks that NFKC leaves alone
    return (c < 0x80) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA)
        || (c >= 0x4E00 && c <= 0x9FFF);
  }

  private static int clusterEnd(String text, int i) {
    int n = text.length();
    int j = i + Character.charCount(text.codePointAt(i));
    while (j < n) {
      int cp = text.codePointAt(j);
      if (!isMark(cp)) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  private static boolean isMark(int cp) {
    if (cp == 0xFF9E || cp == 0xFF9F || cp == 0x3099 || cp == 0x309A) {
      return true; // half-width and combining (semi-)voiced sound marks
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
