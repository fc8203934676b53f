package dev.kiji.ingest;

/**
 * Normalises decoded text before any reader sees it: CRLF and lone CR become LF, a leading BOM
 * character (U+FEFF) is dropped, and control characters (Unicode category Cc, C1 included) other
 * than LF and TAB are removed. Nothing else changes, so offsets of later stages point into this
 * cleaned text.
 *
 * <p>Example: {@code "題\r\n本文\u0007\r"} becomes {@code "題\n本文\n"}.
 */
final class TextCleaner {

  private TextCleaner() {}

  static String clean(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean keep = c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == '\uFEFF' && i == 0);
      if (keep && out == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n).append(s, 0, i);
      }
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (keep) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
