package dev.kiji.analyze;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * The index tokens of an {@link AnalyzedText}, ready to be replayed into the index: an immutable
 * list in position order.
 *
 * <p>Derived from the normal-mode tokens: punctuation left out (the rule of Kuromoji's {@code
 * discardPunctuation}), offsets mapped to the original text, long compounds decompounded the way
 * Kuromoji's search mode would, keeping the compound too; then the filters of the index chain
 * applied once, here, so that indexing only replays the result: tokens with a part of speech in
 * Lucene's Japanese stop tags and Lucene's Japanese stop words are left out (their positions kept
 * as gaps in the next token's increment, or in {@link #endGap()}), katakana long-vowel stemming and
 * lower case ({@link IndexTermFilter}, Lucene's own filters run once per distinct term).
 *
 * <p>Decompounding runs a search-mode Viterbi over the compound's surface only (an all-kanji token
 * longer than 2 chars or any token longer than 7, the lengths search mode penalises), so it costs a
 * small fraction of tokenizing the article again. Example: 北大西洋条約機構 (one token in normal
 * mode) is indexed as 北大西洋, 北大西洋条約機構 (same position, spanning 3), 条約, 機構.
 *
 * <p>Known weakness: a compound is split without its context, so the parts can differ from what
 * search mode picks inside the sentence (rarely, for a compound next to another noun).
 */
public final class IndexTokens extends AbstractList<IndexToken> implements RandomAccess {

  private static final int KANJI_LENGTH = 2;
  private static final int OTHER_LENGTH = 7;

  private static final Set<String> STOP_TAGS = JapaneseAnalyzer.getDefaultStopTags();

  private static final IndexTokens EMPTY = new IndexTokens(new IndexToken[0], 0, 0);

  private final IndexToken[] tokens;
  private final int size;
  private final int endGap;

  private IndexTokens(IndexToken[] tokens, int size, int endGap) {
    this.tokens = tokens;
    this.size = size;
    this.endGap = endGap;
  }

  /** The index tokens of {@code text}, in position order, filtered (terms as indexed). */
  public static IndexTokens of(AnalyzedText text) {
    Builder b = new Builder(text.tokens().size(), IndexTermFilter.get());
    collect(text, b);
    return b.size == 0 && b.gap == 0 ? EMPTY : new IndexTokens(b.tokens, b.size, b.gap);
  }

  /**
   * The tokens before the index chain's filters: base forms, every part of speech, increments 1
   * (or 0 for a compound). What {@link #of} filters; for tests that compare with Lucene's filters.
   */
  static List<IndexToken> unfiltered(AnalyzedText text) {
    Builder b = new Builder(text.tokens().size(), null);
    collect(text, b);
    return List.of(Arrays.copyOf(b.tokens, b.size));
  }

  /** Positions left out after the last token (stop words or stop tags at the end of the text). */
  public int endGap() {
    return endGap;
  }

  @Override
  public IndexToken get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return tokens[index];
  }

  @Override
  public int size() {
    return size;
  }

  private static void collect(AnalyzedText text, Builder out) {
    Splitter splitter = null;
    for (Token t : text.tokens()) {
      String s = t.surface();
      if (s.isEmpty() || isPunctuation(s.charAt(0))) {
        continue;
      }
      if (isCompoundCandidate(s)) {
        if (splitter == null) {
          splitter = Splitter.LOCAL.get();
        }
        if (splitter.split(text, t, out)) {
          continue;
        }
      }
      out.add(t.baseForm(), t.partOfSpeech(), text.originalStart(t.start()), text.originalEnd(t.end()), 1, 1);
    }
  }

  static boolean isCompoundCandidate(String s) {
    if (s.length() > OTHER_LENGTH) {
      return true;
    }
    if (s.length() <= KANJI_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isHan(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code UnicodeScript.of(c) == HAN}, without the script lookup for the common blocks. */
  private static boolean isHan(char c) {
    if (c >= 0x4E00 && c <= 0x9FFF) {
      return true; // CJK unified ideographs: all Han
    }
    if (c < 0x80 || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA)) {
      return false; // ASCII, kana
    }
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Kuromoji's punctuation test (on a token's first char): separators, controls, symbols. */
  static boolean isPunctuation(char ch) {
    if ((ch >= 0x3041 && ch <= 0x3096) || (ch >= 0x30A1 && ch <= 0x30FA) || (ch >= 0x4E00 && ch <= 0x9FFF)
        || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
      return false; // kana, kanji, ASCII letters and digits, without the type lookup
    }
    return isPunctuationType(ch);
  }

  /** The test itself, by {@link Character#getType}. */
  static boolean isPunctuationType(char ch) {
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

  /**
   * Collects tokens; with a filter, drops stop tags and stop words (adding their increments to the
   * next token's, as Lucene's filters do) and stores the filtered term.
   */
  private static final class Builder {
    private final IndexTermFilter filter;
    private IndexToken[] tokens;
    private int size;
    private int gap;

    Builder(int expected, IndexTermFilter filter) {
      this.tokens = new IndexToken[expected + 8];
      this.filter = filter;
    }

    void add(String term, String partOfSpeech, int start, int end, int increment, int length) {
      if (filter != null) {
        if (!partOfSpeech.isEmpty() && STOP_TAGS.contains(partOfSpeech)) {
          gap += increment;
          return;
        }
        term = filter.apply(term);
        if (term == null) {
          gap += increment;
          return;
        }
        increment += gap;
        gap = 0;
      }
      if (size == tokens.length) {
        tokens = Arrays.copyOf(tokens, size * 2 + 8);
      }
      tokens[size++] = new IndexToken(term, partOfSpeech, start, end, increment, length);
    }
  }

  /** A part of a compound: base form, tag, offsets into the compound's surface. */
  private record Part(String term, String partOfSpeech, int start, int end) {}

  /**
   * A per-thread search-mode tokenizer (compounds discarded) for one compound at a time, with a
   * cache of the splits by surface shared by all threads (compounds repeat: 株式会社, 東京都; a split
   * depends on the surface only), cleared when large.
   */
  private static final class Splitter {
    private static final int CACHE_LIMIT = 100_000;
    private static final ThreadLocal<Splitter> LOCAL = ThreadLocal.withInitial(Splitter::new);
    private static final Map<String, List<Part>> CACHE = new ConcurrentHashMap<>();

    private final JapaneseTokenizer tok =
        new JapaneseTokenizer(Analysis.userDictionary(), true, true, JapaneseTokenizer.Mode.SEARCH);

    /** Adds the first part, the compound, then the other parts; false when it does not split. */
    boolean split(AnalyzedText text, Token t, Builder out) {
      List<Part> parts = CACHE.get(t.surface());
      if (parts == null) {
        if (CACHE.size() >= CACHE_LIMIT) {
          CACHE.clear();
        }
        parts = parts(t.surface());
        CACHE.put(t.surface(), parts);
      }
      if (parts.size() < 2) {
        return false;
      }
      for (int i = 0; i < parts.size(); i++) {
        Part p = parts.get(i);
        out.add(
            p.term(),
            p.partOfSpeech(),
            text.originalStart(t.start() + p.start()),
            text.originalEnd(t.start() + p.end()),
            1,
            1);
        if (i == 0) {
          out.add(
              t.baseForm(),
              t.partOfSpeech(),
              text.originalStart(t.start()),
              text.originalEnd(t.end()),
              0,
              parts.size());
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
