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

  /** Readings of content tokens and of adjacent noun pairs, deduplicated, katakana. */
  public static Set<String> of(List<Token> tokens) {
    Set<String> out = new LinkedHashSet<>();
    String previousNoun = null;
    for (Token t : tokens) {
      String r = reading(t);
      boolean content = r != null && !t.is("記号") && !t.is("助詞") && !t.is("助動詞");
      if (content) {
        out.add(r);
      }
      if (content && t.is("名詞")) {
        if (previousNoun != null) {
          out.add(previousNoun + r);
        }
        previousNoun = r;
      } else {
        previousNoun = null;
      }
    }
    return out;
  }

  private static String reading(Token t) {
    if (t.reading() != null && !t.reading().isEmpty() && !t.reading().equals("*")) {
      return t.reading();
    }
    String s = t.surface();
    return !s.isEmpty() && s.chars().allMatch(c -> (c >= 'ァ' && c <= 'ヺ') || c == 'ー') ? s : null;
  }
}
