package dev.kiji.extract;

import dev.kiji.analyze.Token;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens of one text with their classes computed once per extraction call: each {@link Tok}
 * carries bit flags for the IPADIC tag prefixes the party rules test and for the script of its
 * surface, so the inner loops test an int instead of comparing tag strings or scanning chars.
 *
 * <pre>{@code
 * Toks toks = Toks.of(text.tokens());
 * toks.get(i).is(Toks.SURNAME);   // same as tokens.get(i).is("名詞-固有名詞-人名-姓")
 * toks.contiguous(i);             // token i starts where token i-1 ends
 * }</pre>
 *
 * <p>Each tag flag is exactly one {@link Token#is} prefix; the flags of a tag string are computed
 * on first sight and cached (IPADIC has under a hundred tags).
 */
final class Toks {

  /** {@code 名詞}. */
  static final int NOUN = 1;
  /** {@code 名詞-固有名詞}. */
  static final int PROPER = 1 << 1;
  /** {@code 名詞-固有名詞-地域}. */
  static final int PLACE = 1 << 2;
  /** {@code 名詞-固有名詞-地域-国}. */
  static final int COUNTRY = 1 << 3;
  /** {@code 名詞-固有名詞-地域-一般}. */
  static final int PLACE_GENERAL = 1 << 4;
  /** {@code 名詞-固有名詞-組織}. */
  static final int ORG = 1 << 5;
  /** {@code 名詞-固有名詞-人名}. */
  static final int PERSON = 1 << 6;
  /** {@code 名詞-固有名詞-人名-姓}. */
  static final int SURNAME = 1 << 7;
  /** {@code 名詞-固有名詞-人名-名}. */
  static final int GIVEN = 1 << 8;
  /** {@code 名詞-固有名詞-人名-一般}. */
  static final int PERSON_GENERAL = 1 << 9;
  /** {@code 名詞-接尾}. */
  static final int SUFFIX = 1 << 10;
  /** {@code 名詞-接尾-地域}. */
  static final int SUFFIX_PLACE = 1 << 11;
  /** {@code 名詞-接尾-人名}. */
  static final int SUFFIX_PERSON = 1 << 12;
  /** {@code 名詞-接尾-助数詞}. */
  static final int COUNTER = 1 << 13;
  /** {@code 名詞-数}. */
  static final int NUMBER = 1 << 14;
  /** {@code 名詞-代名詞}. */
  static final int PRONOUN = 1 << 15;
  /** {@code 名詞-非自立}. */
  static final int NON_INDEPENDENT = 1 << 16;
  /** {@code 接頭詞}. */
  static final int PREFIX = 1 << 17;

  /** Surface is all kanji (Han script or 々), not empty. */
  static final int HAN_WORD = 1 << 20;
  /** Surface is katakana (ァ..ヺ, ー, not first), not empty. */
  static final int KATAKANA_WORD = 1 << 21;
  /** Surface is ASCII letters, not empty. */
  static final int LATIN_WORD = 1 << 22;

  private static final String[] TAGS = {
    "名詞", "名詞-固有名詞", "名詞-固有名詞-地域", "名詞-固有名詞-地域-国", "名詞-固有名詞-地域-一般",
    "名詞-固有名詞-組織", "名詞-固有名詞-人名", "名詞-固有名詞-人名-姓", "名詞-固有名詞-人名-名",
    "名詞-固有名詞-人名-一般", "名詞-接尾", "名詞-接尾-地域", "名詞-接尾-人名", "名詞-接尾-助数詞", "名詞-数",
    "名詞-代名詞", "名詞-非自立", "接頭詞"
  };

  private static final ConcurrentHashMap<String, Integer> TAG_FLAGS = new ConcurrentHashMap<>();

  /**
   * One token with its flags.
   *
   * @param token the token
   * @param flags the tag and script flags of this class
   */
  record Tok(Token token, int flags) {

    /** True when the token has one of the flags in {@code mask}. */
    boolean is(int mask) {
      return (flags & mask) != 0;
    }

    String surface() {
      return token.surface();
    }

    int start() {
      return token.start();
    }

    int end() {
      return token.end();
    }

    boolean known() {
      return token.known();
    }
  }

  private final Tok[] toks;

  private Toks(Tok[] toks) {
    this.toks = toks;
  }

  /** The classed tokens of {@code tokens}. */
  static Toks of(List<Token> tokens) {
    Tok[] a = new Tok[tokens.size()];
    for (int i = 0; i < a.length; i++) {
      Token t = tokens.get(i);
      a[i] = new Tok(t, tagFlags(t.partOfSpeech()) | scriptFlags(t.surface()));
    }
    return new Toks(a);
  }

  Tok get(int i) {
    return toks[i];
  }

  int size() {
    return toks.length;
  }

  /** True when token {@code j} (j ≥ 1) starts where token {@code j - 1} ends. */
  boolean contiguous(int j) {
    return toks[j].start() == toks[j - 1].end();
  }

  private static int tagFlags(String pos) {
    Integer f = TAG_FLAGS.get(pos);
    if (f == null) {
      int bits = 0;
      for (int k = 0; k < TAGS.length; k++) {
        if (pos.startsWith(TAGS[k])) {
          bits |= 1 << k;
        }
      }
      f = bits;
      TAG_FLAGS.putIfAbsent(pos, f);
    }
    return f;
  }

  private static int scriptFlags(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    boolean han = true;
    boolean kata = s.charAt(0) != 'ー';
    boolean latin = true;
    for (int i = 0; i < s.length() && (han || kata || latin); i++) {
      char c = s.charAt(i);
      han &= Scripts.isHan(c) || c == '々';
      kata &= (c >= 'ァ' && c <= 'ヺ') || c == 'ー';
      latin &= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
    return (han ? HAN_WORD : 0) | (kata ? KATAKANA_WORD : 0) | (latin ? LATIN_WORD : 0);
  }
}
