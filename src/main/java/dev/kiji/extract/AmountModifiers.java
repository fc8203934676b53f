package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;

/**
 * The words around an amount or duration that qualify it, mapped to the {@code mod} field.
 *
 * <ul>
 *   <li>before: 約 / およそ / 概ね / ほぼ / 推定 → APPROX; 最大 / 最高 / 上限 → MAX; 最低 / 最小 /
 *       少なくとも → MIN
 *   <li>after: 超 / 超え / 余り / 余 / 強 → MORE_THAN; 以上 → EQUAL_OR_MORE; 未満 / 弱 / 足らず →
 *       LESS_THAN; 以下 / 以内 → EQUAL_OR_LESS; 程度 / 前後 / ほど / くらい / ぐらい / 近く / 規模 → APPROX
 * </ul>
 *
 * <p>Predicates after an amount ({@link #predicate}): を上回る / を超える / を超す / を突破 →
 * MORE_THAN; を下回る / に満たない / を割る / を切る → LESS_THAN, in any inflection (を上回った,
 * を下回り). They give the mod but stay out of the span: a verb is not part of the amount.
 *
 * <p>A word after the amount must end on a token end (5%強化 has no 強), a word before it must
 * start on a token start (so 要約 gives no 約).
 */
final class AmountModifiers {

  /** A modifier found next to an amount: where its span reaches and what it means. */
  record Found(int edge, String mod) {}

  private static final String[][] BEFORE = {
    {"少なくとも", "MIN"}, {"およそ", "APPROX"}, {"おおよそ", "APPROX"}, {"おおむね", "APPROX"},
    {"概ね", "APPROX"}, {"ほぼ", "APPROX"}, {"推定", "APPROX"}, {"約", "APPROX"},
    {"最大", "MAX"}, {"最高", "MAX"}, {"上限", "MAX"}, {"最低", "MIN"}, {"最小", "MIN"}, {"最少", "MIN"},
  };

  private static final String[][] AFTER = {
    {"足らず", "LESS_THAN"}, {"くらい", "APPROX"}, {"ぐらい", "APPROX"}, {"あまり", "MORE_THAN"},
    {"以上", "EQUAL_OR_MORE"}, {"以下", "EQUAL_OR_LESS"}, {"以内", "EQUAL_OR_LESS"},
    {"未満", "LESS_THAN"}, {"超え", "MORE_THAN"}, {"余り", "MORE_THAN"}, {"程度", "APPROX"},
    {"前後", "APPROX"}, {"ほど", "APPROX"}, {"近く", "APPROX"}, {"超", "MORE_THAN"},
    {"余", "MORE_THAN"}, {"強", "MORE_THAN"}, {"弱", "LESS_THAN"}, {"規模", "APPROX"},
  };

  /** Verb stems after を/に: matched as prefixes, so every inflection counts. */
  private static final String[][] PREDICATE = {
    {"を上回", "MORE_THAN"}, {"を超え", "MORE_THAN"}, {"を超す", "MORE_THAN"}, {"を超し", "MORE_THAN"},
    {"を越え", "MORE_THAN"}, {"を突破", "MORE_THAN"}, {"を下回", "LESS_THAN"}, {"に満たな", "LESS_THAN"},
    {"に満たず", "LESS_THAN"}, {"を割り込", "LESS_THAN"}, {"を割っ", "LESS_THAN"}, {"を割る", "LESS_THAN"},
    {"を割り", "LESS_THAN"}, {"を切っ", "LESS_THAN"}, {"を切る", "LESS_THAN"}, {"を切り", "LESS_THAN"},
  };

  private AmountModifiers() {}

  /**
   * The comparing predicate starting at normalised index {@code end} (を上回る, を下回った...), or
   * null. The found edge is {@code end} itself: the predicate is not part of the span.
   */
  static Found predicate(AnalyzedText text, int end) {
    String s = text.normalized();
    if (!text.isTokenStart(end)) {
      return null;
    }
    for (String[] w : PREDICATE) {
      if (s.startsWith(w[0], end)) {
        return new Found(end, w[1]);
      }
    }
    return null;
  }

  /** The modifier ending right before normalised index {@code start}, or null. */
  static Found before(AnalyzedText text, int start) {
    String s = text.normalized();
    for (String[] w : BEFORE) {
      int b = start - w[0].length();
      if (b >= 0 && s.startsWith(w[0], b) && text.isTokenStart(b)) {
        return new Found(b, w[1]);
      }
    }
    return null;
  }

  /** The modifier starting at normalised index {@code end}, or null. */
  static Found after(AnalyzedText text, int end) {
    String s = text.normalized();
    for (String[] w : AFTER) {
      int e = end + w[0].length();
      if (s.startsWith(w[0], end) && text.isTokenEnd(e)) {
        return new Found(e, w[1]);
      }
    }
    return null;
  }
}
