package dev.kiji.analyze;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A char filter that applies {@link TextNormalizer} (NFKC) and corrects offsets, so tokens of the
 * index chain point into the original text (highlighting marks the original chars).
 *
 * <p>No longer used by {@link IndexAnalyzer}, which maps offsets through {@link AnalyzedText}; kept
 * for other Lucene chains that need kiji's normalisation.
 *
 * <p>Reads its whole input on first use: meant for article-sized texts, not gigabyte streams.
 */
public final class NormalizingCharFilter extends BaseCharFilter {

  private Reader normalized;

  public NormalizingCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (normalized == null) {
      normalized = new StringReader(normalizeAll());
    }
    return normalized.read(cbuf, off, len);
  }

  private String normalizeAll() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n = input.read(buf); n >= 0; n = input.read(buf)) {
      sb.append(buf, 0, n);
    }
    TextNormalizer.Result r = TextNormalizer.normalize(sb.toString());
    if (!r.identity()) {
      int lastDiff = 0;
      int len = r.normalized().length();
      for (int i = 0; i <= len; i++) {
        int diff = r.originalStart(i) - i;
        if (diff != lastDiff) {
          addOffCorrectMap(i, diff);
          lastDiff = diff;
        }
      }
    }
    return r.normalized();
  }
}
