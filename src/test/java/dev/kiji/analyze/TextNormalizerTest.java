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
}
