package dev.kiji.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest
  @CsvSource({
    "４５億ドル, 45億ドル",
    "ｶﾞｿﾘﾝ, ガソリン",
    "㈱カシオ, (株)カシオ",
    "令和６年, 令和6年",
    "plain, plain",
  })
  void testNormalizedForm(String in, String expected) {
    assertEquals(expected, TextNormalizer.normalize(in).normalized());
  }

  @Test
  void testHalfWidthVoicedMarkMapsBackToBothChars() {
    TextNormalizer.Result r = TextNormalizer.normalize("xｶﾞy");
    assertEquals("xガy", r.normalized());
    // normalised ガ = [1,2) covers original ｶﾞ = [1,3)
    assertEquals(1, r.originalStart(1));
    assertEquals(3, r.originalEnd(2));
    assertEquals(4, r.originalEnd(3));
  }

  @Test
  void testExpansionMapsToWholeOriginalChar() {
    TextNormalizer.Result r = TextNormalizer.normalize("a㈱b");
    assertEquals("a(株)b", r.normalized());
    assertEquals(1, r.originalStart(1));
    assertEquals(2, r.originalEnd(4)); // end of ")" is end of ㈱
    assertEquals(5, r.normalized().length());
    assertEquals(3, r.originalEnd(5));
  }

  @Test
  void testFullWidthDigitsKeepOffsets() {
    TextNormalizer.Result r = TextNormalizer.normalize("約４５億ドル");
    assertEquals(1, r.originalStart(1));
    assertEquals(3, r.originalEnd(3));
  }

  @Test
  void testSurrogatePairsStayWhole() {
    String s = "💡日本";
    TextNormalizer.Result r = TextNormalizer.normalize(s);
    assertEquals(s, r.normalized());
    assertEquals(2, r.originalStart(2));
    assertEquals(4, r.originalEnd(4));
  }

  /**
   * A plain char (kana, kanji, ASCII) takes the fast path only when no combining mark follows:
   * か + U+3099 (combining voiced mark) is one cluster, composed to が, covering both chars.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'か\u3099き', がき, 0, 2, 3",
    "'e\u0301x', éx, 0, 2, 3",
    "'日本か\u3099', 日本が, 2, 4, 4",
  })
  void testPlainCharFollowedByCombiningMarkIsOneCluster(
      String in, String expected, int clusterStart, int clusterEnd, int textEnd) {
    TextNormalizer.Result r = TextNormalizer.normalize(in);
    assertEquals(expected, r.normalized());
    // the chars before the cluster are plain, so the cluster starts at the same index in both
    assertEquals(clusterStart, r.originalStart(clusterStart));
    assertEquals(clusterEnd, r.originalEnd(clusterStart + 1));
    assertEquals(textEnd, r.originalEnd(r.normalized().length()));
  }

  /** The fast path and the cluster path give the same maps as normalising each char alone. */
  @Test
  void testPlainTextMapsAreTheIdentity() {
    String s = "政府はABCを3日に発表した。";
    TextNormalizer.Result r = TextNormalizer.normalize(s);
    assertEquals(s, r.normalized());
    for (int i = 0; i < s.length(); i++) {
      assertEquals(i, r.originalStart(i));
      assertEquals(i + 1, r.originalEnd(i + 1));
    }
  }

  /**
   * The fast paths (chars NFKC keeps, output not copied while nothing changed) against the plain
   * rule: every cluster (a char and the marks after it) normalised alone with {@link
   * java.text.Normalizer}, on seeded random mixes of plain, full-width, half-width, marked,
   * expanding and surrogate chars.
   */
  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2", "3", "4", "5", "6", "7", "8"})
  void testFastPathsEqualClusterByClusterNfkc(long seed) {
    String[] pieces = {
      "あ", "ア", "漢", "a", "Z", "7", " ", "\n", "、", "。", "「", "」", "（", "）", "！", "ー", "・",
      "４", "Ａ", "ｶ", "ﾞ", "ﾟ", "\u3099", "\u0301", "㈱", "①", "ℓ", "ﬀ", "\uD842\uDFB7", "\uAC00",
      "\u1100", "\u1161", "e", "Å", "〜", "～", "—", "‐", "\u00A0", "\u3000", "々", "〆"
    };
    java.util.Random random = new java.util.Random(seed);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(12);
      for (int k = 0; k < len; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      TextNormalizer.Result r = TextNormalizer.normalize(text);
      TextNormalizer.Result expected = clusterByCluster(text);
      assertEquals(expected.normalized(), r.normalized(), text);
      assertEquals(java.util.Arrays.toString(expected.startMap()), java.util.Arrays.toString(r.startMap()), text);
      assertEquals(java.util.Arrays.toString(expected.endMap()), java.util.Arrays.toString(r.endMap()), text);
    }
  }

  /** The rule without shortcuts: clusters cut as TextNormalizer cuts them, each normalised. */
  private static TextNormalizer.Result clusterByCluster(String text) {
    StringBuilder out = new StringBuilder();
    java.util.List<int[]> maps = new java.util.ArrayList<>(); // per output char: start, end-after
    int i = 0;
    while (i < text.length()) {
      int j = i + Character.charCount(text.codePointAt(i));
      while (j < text.length() && isMark(text.codePointAt(j))) {
        j += Character.charCount(text.codePointAt(j));
      }
      String norm = java.text.Normalizer.normalize(text.substring(i, j), java.text.Normalizer.Form.NFKC);
      out.append(norm);
      for (int k = 0; k < norm.length(); k++) {
        maps.add(new int[] {i, j}); // a span ending inside an expansion ends after the cluster
      }
      i = j;
    }
    int m = out.length();
    int[] starts = new int[m + 1];
    int[] ends = new int[m + 1];
    for (int k = 0; k < m; k++) {
      starts[k] = maps.get(k)[0];
      ends[k + 1] = maps.get(k)[1];
    }
    starts[m] = text.length();
    ends[m] = text.length();
    ends[0] = 0;
    return new TextNormalizer.Result(text, out.toString(), starts, ends);
  }

  private static boolean isMark(int cp) {
    if (cp == 0xFF9E || cp == 0xFF9F || cp == 0x3099 || cp == 0x309A) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
