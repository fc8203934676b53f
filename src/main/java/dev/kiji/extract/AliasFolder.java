package dev.kiji.extract;

/**
 * Folds katakana spelling variants of names into one matching key, so that a lexicon alias or a
 * name introduced earlier in a text matches its variants. Only used for comparing, never shown.
 *
 * <p>What is folded (and nothing else):
 *
 * <ul>
 *   <li>ヴァ ヴィ ヴ ヴェ ヴォ → バ ビ ブ ベ ボ (ヴォロディミル = ボロディミル)
 *   <li>ヂ → ジ, ヅ → ズ
 *   <li>the long-vowel mark ー is dropped (ウラジーミル = ウラジミル)
 *   <li>the name joiners ＝ and = become ・ (ジャン＝ポール = ジャン・ポール)
 * </ul>
 *
 * <p>Known weakness: other variants (ゼレンスキー / ゼレンシキー, ウォ / ボ) are not folded; the
 * alias table lists them.
 */
final class AliasFolder {

  private AliasFolder() {}

  /** True when {@link #fold} may replace or drop {@code c}. */
  static boolean changes(char c) {
    return c == 'ヴ' || c == 'ヂ' || c == 'ヅ' || c == 'ー' || c == '=' || c == '＝';
  }

  /** The matching key of {@code s} (the NFKC form of a name). */
  static String fold(String s) {
    int first = 0;
    while (first < s.length() && !changes(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // most names: nothing to fold
    }
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      switch (c) {
        case 'ヴ' -> {
          switch (next) {
            case 'ァ' -> {
              b.append('バ');
              i++;
            }
            case 'ィ' -> {
              b.append('ビ');
              i++;
            }
            case 'ェ' -> {
              b.append('ベ');
              i++;
            }
            case 'ォ' -> {
              b.append('ボ');
              i++;
            }
            default -> b.append('ブ');
          }
        }
        case 'ヂ' -> b.append('ジ');
        case 'ヅ' -> b.append('ズ');
        case 'ー' -> {}
        case '=', '＝' -> b.append('・');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
