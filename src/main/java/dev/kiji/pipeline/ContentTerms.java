package dev.kiji.pipeline;

import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.Token;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The content words of an analysed text with their counts, for the term report: base forms of
 * nouns (general, proper, サ変, 形容動詞 stems), independent verbs and independent adjectives,
 * keyed {@code base/品詞}.
 *
 * <pre>{@code
 * 政府は補助金を拡充した。  ->  {政府/名詞=1, 補助金/名詞=1, 拡充/名詞=1, する/動詞=1}
 * }</pre>
 *
 * <p>Number, pronoun, suffix, non-independent and adverbial nouns are left out, and so are
 * tokens without a letter and single kana or Latin letters. Stopwords are applied later, at report
 * time, so a user's own list works on an existing index. Weakness: Kuromoji's segmentation
 * decides what a word is (a compound like 補助金 may come out as 補助 + 金).
 */
public final class ContentTerms {

  private static final String[] CLASSES = {"名詞", "動詞", "形容詞"};

  private ContentTerms() {}

  /**
   * Counts the content words of {@code text}: an immutable map in key order (String order, like a
   * {@code TreeMap}), built once.
   */
  public static Map<String, Integer> count(AnalyzedText text) {
    // base form -> counts per class; the key strings are made once per distinct word at the end
    Map<String, int[]> byBase = new HashMap<>();
    for (Token t : text.tokens()) {
      int c = classIndex(t.partOfSpeech());
      if (c < 0) {
        continue;
      }
      String base = t.baseForm() == null || t.baseForm().isEmpty() || t.baseForm().equals("*") ? t.surface() : t.baseForm();
      byBase.computeIfAbsent(base, b -> new int[CLASSES.length])[c]++;
    }
    Term[] terms = new Term[byBase.size() + 8];
    int n = 0;
    for (Map.Entry<String, int[]> e : byBase.entrySet()) {
      if (!worthCounting(e.getKey())) {
        continue;
      }
      int[] counts = e.getValue();
      for (int c = 0; c < counts.length; c++) {
        if (counts[c] > 0) {
          if (n == terms.length) {
            terms = Arrays.copyOf(terms, n * 2);
          }
          terms[n++] = new Term(e.getKey() + "/" + CLASSES[c], counts[c]);
        }
      }
    }
    if (n == 0) {
      return Map.of();
    }
    Arrays.sort(terms, 0, n);
    String[] keys = new String[n];
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = terms[i].key;
      counts[i] = terms[i].count;
    }
    return new TermCounts(keys, counts);
  }

  /** A key and its count, in key order. */
  private record Term(String key, int count) implements Comparable<Term> {
    @Override
    public int compareTo(Term o) {
      return key.compareTo(o.key);
    }
  }

  /** 名詞, 動詞 or 形容詞 for a content word's part of speech, else null. */
  static String classOf(String pos) {
    int c = classIndex(pos);
    return c < 0 ? null : CLASSES[c];
  }

  /** Index in {@link #CLASSES} of a content word's part of speech, else -1. */
  private static int classIndex(String pos) {
    if (pos == null || pos.isEmpty()) {
      return -1;
    }
    switch (pos.charAt(0)) {
      case '名':
        if (pos.startsWith("名詞-")) {
          return pos.startsWith("名詞-一般") || pos.startsWith("名詞-固有名詞") || pos.startsWith("名詞-サ変接続")
                  || pos.startsWith("名詞-形容動詞語幹")
              ? 0
              : -1;
        }
        return -1;
      case '動':
        return pos.startsWith("動詞-自立") ? 1 : -1;
      case '形':
        return pos.startsWith("形容詞-自立") ? 2 : -1;
      default:
        return -1;
    }
  }

  /** False for strings without a letter, and for a single kana or Latin letter. */
  static boolean worthCounting(String s) {
    if (!hasLetter(s)) {
      return false;
    }
    if (s.codePointCount(0, s.length()) == 1) {
      Character.UnicodeBlock b = Character.UnicodeBlock.of(s.codePointAt(0));
      return b != Character.UnicodeBlock.HIRAGANA && b != Character.UnicodeBlock.KATAKANA
          && b != Character.UnicodeBlock.BASIC_LATIN && b != Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
    return true;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
