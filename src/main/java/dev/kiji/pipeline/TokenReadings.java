package dev.kiji.pipeline;

import dev.kiji.analyze.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The katakana readings of a text's content tokens, for {@code reading:} search: each content
 * token's reading, plus the joined readings of adjacent nouns (岸田 + 文雄 → キシダフミオ), taken from
 * the extraction chain's tokens so the text is not tokenized again.
 *
 * <p>Weakness: readings are Kuromoji's dictionary readings, so a name read unusually cannot be
 * found by its reading; unknown words have a reading only when written in katakana.
 */
public final class TokenReadings {

  private TokenReadings() {}

  /** Readings of content tokens and of adjacent noun pairs, deduplicated, in text order, katakana; immutable. */
  public static Set<String> of(List<Token> tokens) {
    LinkedHashSet<String> out = new LinkedHashSet<>(Math.max(16, tokens.size()));
    String previousNoun = null;
    for (Token t : tokens) {
      String r = reading(t);
      String pos = t.partOfSpeech();
      char first = pos.isEmpty() ? 0 : pos.charAt(0);
      // the same as !t.is("記号") && !t.is("助詞") && !t.is("助動詞"), testing the first char once
      boolean content = r != null
          && !(first == '記' && pos.startsWith("記号"))
          && !(first == '助' && (pos.startsWith("助詞") || pos.startsWith("助動詞")));
      if (content) {
        out.add(r);
      }
      if (content && first == '名' && pos.startsWith("名詞")) {
        if (previousNoun != null) {
          out.add(previousNoun + r);
        }
        previousNoun = r;
      } else {
        previousNoun = null;
      }
    }
    return out.isEmpty() ? Set.of() : new ReadingSet(out);
  }

  private static String reading(Token t) {
    String r = t.reading();
    if (r != null && !r.isEmpty() && !r.equals("*")) {
      return r;
    }
    String s = t.surface();
    if (s.isEmpty()) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'ァ' && c <= 'ヺ') || c == 'ー')) {
        return null;
      }
    }
    return s;
  }
}
