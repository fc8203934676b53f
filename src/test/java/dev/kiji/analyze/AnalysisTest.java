package dev.kiji.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  private static Token token(AnalyzedText t, String surface) {
    return t.tokens().stream().filter(k -> k.surface().equals(surface)).findFirst().orElseThrow();
  }

  @Test
  void testFullWidthDigitsAreOneNumberTokenMappedToTheOriginal() {
    AnalyzedText t = Analysis.analyze("約４５億ドル");
    Token n = token(t, "45");
    assertTrue(n.is("名詞-数"));
    assertEquals("４５", t.original().substring(t.originalStart(n.start()), t.originalEnd(n.end())));
  }

  @Test
  void testPunctuationIsKept() {
    AnalyzedText t = Analysis.analyze("1.5万人、増えた。");
    assertEquals(List.of("1", ".", "5", "万", "人", "、", "増え", "た", "。"),
        t.tokens().stream().map(Token::surface).toList());
  }

  @Test
  void testUserDictionaryNamesWinOverIpadic() {
    // IPADIC alone reads トランプ as the card game (名詞-一般)
    assertTrue(token(Analysis.analyze("トランプ氏が来日"), "トランプ").is("名詞-固有名詞-人名"));
    assertTrue(token(Analysis.analyze("G7首脳会議"), "G7").is("名詞-固有名詞-組織"));
  }

  @Test
  void testTokenBoundaries() {
    AnalyzedText t = Analysis.analyze("人気アイドルが来た");
    int i = t.normalized().indexOf("ドル");
    assertFalse(t.isTokenStart(i), "ドル inside アイドル starts no token");
    assertTrue(t.isTokenEnd(i + 2));
    assertTrue(t.isTokenStart(0) && t.isTokenEnd(t.normalized().length()));
  }

  private static List<String> indexTokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer a = new IndexAnalyzer(); TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + text.substring(off.startOffset(), off.endOffset()));
      }
      ts.end();
    }
    return out;
  }

  @Test
  void testIndexChainKeepsCompoundsAndOriginalOffsets() throws IOException {
    List<String> tokens = indexTokens("ｶﾞｿﾘﾝ代と北大西洋条約機構");
    assertTrue(tokens.contains("ガソリン@ｶﾞｿﾘﾝ"), tokens.toString());
    assertTrue(tokens.contains("北大西洋@北大西洋"), tokens.toString());
    assertTrue(tokens.contains("条約@条約"), tokens.toString());
  }

  @Test
  void testIndexChainUsesBaseFormsAndDropsParticles() throws IOException {
    List<String> tokens = indexTokens("資金を集めた");
    assertEquals(List.of("資金@資金", "集める@集め"), tokens);
  }
}
