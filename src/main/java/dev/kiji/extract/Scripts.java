package dev.kiji.extract;

import java.util.BitSet;

/**
 * Script tests for single chars, answered from a table built once from {@link
 * Character.UnicodeScript}, so inner loops do not binary-search the script ranges per char.
 *
 * <pre>{@code
 * Scripts.isHan('日');   // true
 * Scripts.isHan('〇');   // true (U+3007 is Han)
 * Scripts.isHan('ア');   // false
 * }</pre>
 */
final class Scripts {

  private static final BitSet HAN = table(Character.UnicodeScript.HAN);
  private static final BitSet KATAKANA = table(Character.UnicodeScript.KATAKANA);

  private Scripts() {}

  private static BitSet table(Character.UnicodeScript script) {
    BitSet b = new BitSet(Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.UnicodeScript.of(c) == script) {
        b.set(c);
      }
    }
    return b;
  }

  /** Same as {@code Character.UnicodeScript.of(c) == HAN}. */
  static boolean isHan(char c) {
    return HAN.get(c);
  }

  /** Same as {@code Character.UnicodeScript.of(c) == KATAKANA}. */
  static boolean isKatakana(char c) {
    return KATAKANA.get(c);
  }
}
