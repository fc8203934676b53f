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
}
