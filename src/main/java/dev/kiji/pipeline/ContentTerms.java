package dev.kiji.pipeline;

import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.Token;
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

  private ContentTerms() {}

  /** Counts the content words of {@code text}. */
  public static Map<String, Integer> count(AnalyzedText text) {
    Map<String, Integer> out = new HashMap<>();
    for (Token t : text.tokens()) {
      String pos = classOf(t.partOfSpeech());
      if (pos == null) {
        continue;
      }
      String base = t.baseForm() == null || t.baseForm().isEmpty() || t.baseForm().equals("*") ? t.surface() : t.baseForm();
      if (worthCounting(base)) {
        out.merge(base + "/" + pos, 1, Integer::sum);
      }
    }
    return out;
  }

  /** 名詞, 動詞 or 形容詞 for a content word's part of speech, else null. */
  static String classOf(String pos) {
    if (pos == null) {
      return null;
    }
    if (pos.startsWith("名詞-")) {
      return pos.startsWith("名詞-一般") || pos.startsWith("名詞-固有名詞") || pos.startsWith("名詞-サ変接続")
              || pos.startsWith("名詞-形容動詞語幹")
          ? "名詞"
          : null;
    }
    if (pos.startsWith("動詞-自立")) {
      return "動詞";
    }
    if (pos.startsWith("形容詞-自立")) {
      return "形容詞";
    }
    return null;
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
