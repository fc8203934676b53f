package dev.kiji.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds http(s) URLs in running text. A URL ends at the first character that cannot be part of
 * one, so {@code 出典: https://example.jp/a/記事} gives {@code https://example.jp/a/}; trailing
 * sentence punctuation and an unbalanced closing parenthesis are dropped.
 *
 * <p>Weakness: internationalised (non-ASCII) paths and hosts are cut at the first non-ASCII
 * character, which is also what lets URLs glued to Japanese text end at the right place.
 */
final class Urls {

  private static final Pattern URL =
      Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");

  private Urls() {}

  /** The first URL in {@code s}, or null. */
  static String first(String s) {
    Matcher m = URL.matcher(s);
    while (m.find()) {
      String u = trim(m.group());
      if (u.length() > "https://".length()) {
        return u;
      }
    }
    return null;
  }

  /** True when {@code s}, stripped, is one URL and nothing else. */
  static boolean isBareUrl(String s) {
    return URL.matcher(s.strip()).matches();
  }

  private static String trim(String u) {
    int end = u.length();
    while (end > 0) {
      char c = u.charAt(end - 1);
      if (".,;:!?'\"".indexOf(c) >= 0) {
        end--;
      } else if (c == ')' && count(u, '(', end) < count(u, ')', end)) {
        end--;
      } else if (c == ']' && count(u, '[', end) < count(u, ']', end)) {
        end--;
      } else {
        break;
      }
    }
    return u.substring(0, end);
  }

  private static int count(String s, char c, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
