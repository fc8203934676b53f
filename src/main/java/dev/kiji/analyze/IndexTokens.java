package dev.kiji.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * Derives the index tokens from an {@link AnalyzedText}: the normal-mode tokens without
 * punctuation (the rule of Kuromoji's {@code discardPunctuation}), offsets mapped to the original
 * text, and long compounds decompounded the way Kuromoji's search mode would, keeping the compound
 * too.
 *
 * <p>Decompounding runs a search-mode Viterbi over the compound's surface only (an all-kanji token
 * longer than 2 chars or any token longer than 7, the lengths search mode penalises), so it costs a
 * small fraction of tokenizing the article again. Example: 北大西洋条約機構 (one token in normal
 * mode) is indexed as 北大西洋, 北大西洋条約機構 (same position, spanning 3), 条約, 機構.
 *
 * <p>Known weakness: a compound is split without its context, so the parts can differ from what
 * search mode picks inside the sentence (rarely, for a compound next to another noun).
 */
public final class IndexTokens {

  private static final int KANJI_LENGTH = 2;
  private static final int OTHER_LENGTH = 7;

  private static final ThreadLocal<Splitter> SPLITTER = ThreadLocal.withInitial(Splitter::new);

  private IndexTokens() {}

  /** The index tokens of {@code text}, in position order. */
  public static List<IndexToken> of(AnalyzedText text) {
    List<Token> tokens = text.tokens();
    List<IndexToken> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String s = t.surface();
      if (s.isEmpty() || isPunctuation(s.charAt(0))) {
        continue;
      }
      int start = text.originalStart(t.start());
      int end = text.originalEnd(t.end());
      if (isCompoundCandidate(s) && SPLITTER.get().split(text, t, out)) {
        continue;
      }
      out.add(new IndexToken(t.baseForm(), t.partOfSpeech(), start, end, 1, 1));
    }
    return out;
  }

  static boolean isCompoundCandidate(String s) {
    if (s.length() > OTHER_LENGTH) {
      return true;
    }
    if (s.length() <= KANJI_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }

  /** Kuromoji's punctuation test (on a token's first char): separators, controls, symbols. */
  static boolean isPunctuation(char ch) {
    return switch (Character.getType(ch)) {
      case Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.CONTROL,
          Character.FORMAT,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  /** A part of a compound: base form, tag, offsets into the compound's surface. */
  private record Part(String term, String partOfSpeech, int start, int end) {}

  /**
   * A per-thread search-mode tokenizer (compounds discarded) for one compound at a time, with a
   * cache of the splits by surface (compounds repeat: 株式会社, 東京都), cleared when large.
   */
  private static final class Splitter {
    private static final int CACHE_LIMIT = 50_000;

    private final JapaneseTokenizer tok =
        new JapaneseTokenizer(Analysis.userDictionary(), true, true, JapaneseTokenizer.Mode.SEARCH);
    private final Map<String, List<Part>> cache = new HashMap<>();

    /** Adds the first part, the compound, then the other parts; false when it does not split. */
    boolean split(AnalyzedText text, Token t, List<IndexToken> out) {
      List<Part> parts = cache.get(t.surface());
      if (parts == null) {
        if (cache.size() >= CACHE_LIMIT) {
          cache.clear();
        }
        parts = parts(t.surface());
        cache.put(t.surface(), parts);
      }
      if (parts.size() < 2) {
        return false;
      }
      for (int i = 0; i < parts.size(); i++) {
        Part p = parts.get(i);
        out.add(
            new IndexToken(
                p.term(),
                p.partOfSpeech(),
                text.originalStart(t.start() + p.start()),
                text.originalEnd(t.start() + p.end()),
                1,
                1));
        if (i == 0) {
          out.add(
              new IndexToken(
                  t.baseForm(),
                  t.partOfSpeech(),
                  text.originalStart(t.start()),
                  text.originalEnd(t.end()),
                  0,
                  parts.size()));
        }
      }
      return true;
    }

    private List<Part> parts(String surface) {
      List<Part> parts = new ArrayList<>(4);
      for (Token t : Analysis.tokenize(tok, surface)) {
        parts.add(new Part(t.baseForm(), t.partOfSpeech(), t.start(), t.end()));
      }
      return parts.size() < 2 ? List.of() : List.copyOf(parts);
    }
  }
}
