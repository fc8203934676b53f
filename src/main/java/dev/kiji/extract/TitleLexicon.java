package dev.kiji.extract;

import dev.kiji.extract.Toks.Tok;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Titles and honorifics that follow a person's name: 大統領, 首相, 氏, さん, 選手... loaded once
 * from {@code titles.txt}.
 *
 * <p>{@link #match} reads the longest title starting at a token: a listed title (大統領府長官), a
 * listed title behind one of the prefixes 前 元 副 現 新 次期 (前大統領, 元首相), or a kanji noun
 * in front of a listed head (財務 + 相 = 財務相, 官房 + 長官). Any token Kuromoji tags
 * 名詞-接尾-人名 (氏, さん, 様, 君...) is an honorific too. One-char titles (様, 氏) never head a
 * compound (仕様 is not a title).
 *
 * <p>Known weakness: a title written before the name (大統領のトランプ) is not read as a role.
 */
final class TitleLexicon {

  /** Class-path location of the bundled list. */
  static final String DEFAULT_RESOURCE = "/dev/kiji/extract/titles.txt";

  private static final List<String> PREFIXES = List.of("次期", "前", "元", "副", "現", "新");
  private static final int MAX_TOKENS = 5;
  private static final int MAX_CHARS = 12;

  /**
   * A title found after a name.
   *
   * @param end the token after the title
   * @param text its NFKC text
   * @param organisational true when such a title also follows organisations (社長, 監督)
   */
  record Match(int end, String text, boolean organisational) {}

  private final Set<String> titles;
  private final Set<String> heads;
  private final Set<String> organisational;

  private TitleLexicon(Set<String> titles, Set<String> heads, Set<String> organisational) {
    this.titles = Set.copyOf(titles);
    this.heads = Set.copyOf(heads);
    this.organisational = Set.copyOf(organisational);
  }

  /** The bundled list. */
  static TitleLexicon loadDefault() {
    Set<String> titles = new HashSet<>();
    Set<String> heads = new HashSet<>();
    Set<String> organisational = new HashSet<>();
    for (LexiconFile.Line line : LexiconFile.resource(DEFAULT_RESOURCE)) {
      String s = line.text();
      if (s.contains(" ") || s.contains("\t")) {
        throw line.error("one title per line");
      }
      boolean org = s.startsWith("!");
      if (org) {
        s = s.substring(1);
        organisational.add(s.startsWith("~") ? s.substring(1) : s);
      }
      if (s.startsWith("~")) {
        heads.add(s.substring(1));
      } else {
        titles.add(s);
        heads.add(s);
      }
    }
    return new TitleLexicon(titles, heads, organisational);
  }

  /** True when {@code s} alone is a title (大統領, 前大統領, 氏), never a party. */
  boolean isTitle(String s) {
    return titles.contains(stripPrefix(s));
  }

  /** The longest title starting at token {@code from}, or null. */
  Match match(Toks tokens, int from) {
    return match(tokens, from, true);
  }

  /**
   * The longest title starting at token {@code from}, or null; with {@code composite} false only
   * listed titles (with their prefixes) count, not kanji + head compounds.
   */
  Match match(Toks tokens, int from, boolean composite) {
    if (from >= tokens.size()) {
      return null;
    }
    Match best = null;
    Tok first = tokens.get(from);
    if (first.is(Toks.SUFFIX_PERSON)) {
      best = new Match(from + 1, first.surface(), false);
    }
    if (!first.is(Toks.NOUN | Toks.PREFIX)) {
      return best; // most calls: no title starts here (the loop below would stop at once)
    }
    StringBuilder s = new StringBuilder();
    boolean plainSoFar = true; // all tokens before the current one are known common words
    for (int j = from; j < tokens.size() && j < from + MAX_TOKENS; j++) {
      Tok t = tokens.get(j);
      if (j > from && t.start() != tokens.get(j - 1).end()) {
        break;
      }
      if (!(t.is(Toks.NOUN) || t.is(Toks.PREFIX))) {
        break;
      }
      s.append(t.surface());
      if (s.length() > MAX_CHARS) {
        break;
      }
      String c = s.toString();
      if (isTitle(c) || (composite && plainSoFar && isComposite(c))) {
        best = new Match(j + 1, c, isOrganisational(c));
      }
      plainSoFar &= t.known() && !t.is(Toks.PROPER);
    }
    return best;
  }

  /**
   * A kanji noun before a kanji head: 財務相, 官房長官. The caller checks that the noun is made of
   * known common words, so a given name Kuromoji did not recognise (亜実さん) is no title.
   */
  private boolean isComposite(String s) {
    String core = stripPrefix(s);
    if (!isKanji(core, 0, core.length())) {
      return false;
    }
    for (int cut = 1; cut < core.length() && cut <= 6; cut++) {
      String head = core.substring(cut);
      if (heads.contains(head) && (head.length() >= 2 || !titles.contains(head))) {
        return true;
      }
    }
    return false;
  }

  private boolean isOrganisational(String s) {
    String core = stripPrefix(s);
    for (String o : organisational) {
      if (core.endsWith(o)) {
        return true;
      }
    }
    return false;
  }

  private static String stripPrefix(String s) {
    for (String p : PREFIXES) {
      if (s.length() > p.length() && s.startsWith(p)) {
        return s.substring(p.length());
      }
    }
    return s;
  }

  private static boolean isKanji(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Scripts.isHan(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
