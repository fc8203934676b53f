package dev.kiji.analyze;

import java.util.List;

/**
 * A text tokenized once: the original text (which owns every offset that leaves kiji), its
 * NFKC-normalised form (what the tokenizer and the extractors read) and the tokens.
 *
 * <p>Extractors match on {@link #normalized()} and {@link #tokens()}, then report spans through
 * {@link #originalStart(int)} / {@link #originalEnd(int)} so that mentions point into the
 * original text.
 */
public final class AnalyzedText {

  private final TextNormalizer.Result norm;
  private final List<Token> tokens;
  private final int[] tokenAt; // normalised char index -> token index, -1 outside tokens

  AnalyzedText(TextNormalizer.Result norm, List<Token> tokens) {
    this.norm = norm;
    this.tokens = List.copyOf(tokens);
    int length = norm.normalized().length();
    this.tokenAt = new int[length + 1];
    int filled = 0; // tokenAt is set below this index
    for (int t = 0; t < this.tokens.size(); t++) {
      Token tok = this.tokens.get(t);
      if (tok.start() > filled) {
        java.util.Arrays.fill(tokenAt, filled, tok.start(), -1);
      }
      for (int c = tok.start(); c < tok.end(); c++) {
        tokenAt[c] = t;
      }
      filled = Math.max(filled, tok.end());
    }
    java.util.Arrays.fill(tokenAt, filled, length + 1, -1);
  }

  /** The text as given. */
  public String original() {
    return norm.original();
  }

  /** The NFKC form of the text: full-width digits and Latin become ASCII, half-width kana full. */
  public String normalized() {
    return norm.normalized();
  }

  /** The tokens of the normalised text, in order. Whitespace between them has no token. */
  public List<Token> tokens() {
    return tokens;
  }

  /** Index in {@link #tokens()} of the token covering normalised char {@code i}, or -1. */
  public int tokenIndexAt(int i) {
    return i >= 0 && i < tokenAt.length ? tokenAt[i] : -1;
  }

  /** True when normalised index {@code i} is the start of a token (or the end of the text). */
  public boolean isTokenStart(int i) {
    if (i == normalized().length()) {
      return true;
    }
    int t = tokenIndexAt(i);
    return t < 0 || tokens.get(t).start() == i;
  }

  /** True when normalised index {@code i} is the end of a token (or the start of the text). */
  public boolean isTokenEnd(int i) {
    if (i == 0) {
      return true;
    }
    int t = tokenIndexAt(i - 1);
    return t < 0 || tokens.get(t).end() == i;
  }

  /** Original char index for a span starting at normalised index {@code i}. */
  public int originalStart(int i) {
    return norm.originalStart(i);
  }

  /** Original char index (exclusive) for a span ending at normalised index {@code i}. */
  public int originalEnd(int i) {
    return norm.originalEnd(i);
  }
}
