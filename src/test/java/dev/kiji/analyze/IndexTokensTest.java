package dev.kiji.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexTokensTest {

  /** term@original-surface+increment/length, for each token of a stream. */
  private static List<String> render(String text, TokenStream ts) throws IOException {
    return RenderedTokens.of(ts, (term, start, end, inc, len) ->
        term + "@" + text.substring(start, end) + "+" + inc + "/" + len, false);
  }

  private static List<String> fromTokens(String text) throws IOException {
    List<IndexToken> tokens = IndexTokens.of(Analysis.analyze(text));
    return render(text, IndexAnalyzer.tokenStream(tokens, text.length()));
  }

  private static List<String> fromText(String text) throws IOException {
    try (Analyzer a = new IndexAnalyzer()) {
      return render(text, a.tokenStream("body", text));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "資金を集めた。|資金@資金+1/1 集める@集め+2/1",
        "ｶﾞｿﾘﾝ代が上がった|ガソリン@ｶﾞｿﾘﾝ+1/1 代@代+1/1 上がる@上がっ+2/1",
        // normal mode: 北大西洋 条約 機構; 北大西洋 also split as Kuromoji's search mode does
        "北大西洋条約機構|北大@北大+1/1 北大西洋@北大西洋+0/2 西洋@西洋+1/1 条約@条約+1/1 機構@機構+1/1",
        "「ＡＢＣ」、Ｇ７！|abc@ＡＢＣ+1/1 g7@Ｇ７+1/1",
      })
  void testIndexTokensOfText(String text, String expected) throws IOException {
    assertEquals(List.of(expected.split(" ")), fromTokens(text));
  }

  /** Queries and titles are analysed from text; they must give what the body's tokens give. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "クラウドファンディングサイトで資金を集めた",
    "日本銀行は４５億ドルを拠出、トランプ氏が来日した。",
    "  東京都知事選挙　（2024年）  ",
    "iPhone 15 Proを発売",
  })
  void testAnalyzerOnTextEqualsReplayOfTokens(String text) throws IOException {
    List<String> replay = fromTokens(text);
    assertFalse(replay.isEmpty());
    assertEquals(replay, fromText(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "東京都, true",
    "東京, false",
    "株式会社, true",
    "ABC株式, false",
    "ソフトウェア, false",
    "クラウドファンディング, true",
    "日々新聞, true", // 々 is Han too, outside the CJK block
    "〇〇〇, true",
    "東京タワ, false",
  })
  void testCompoundCandidate(String surface, boolean expected) {
    assertEquals(expected, IndexTokens.isCompoundCandidate(surface));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"゛|true", "゠|true", "ー|false", "。|true", "、|true", "「|true", "・|true", "$|true", "　|true", "あ|false", "A|false", "7|false", "東|false"})
  void testPunctuation(String c, boolean expected) {
    assertEquals(expected, IndexTokens.isPunctuation(c.charAt(0)));
  }

  /** The shortcut for kana, kanji and ASCII letters and digits agrees with the type test. */
  @org.junit.jupiter.api.Test
  void testPunctuationShortcutAgreesWithTypes() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(IndexTokens.isPunctuationType(c), IndexTokens.isPunctuation(c), "U+" + Integer.toHexString(c));
    }
  }

  @org.junit.jupiter.api.Test
  void testCompoundPartsCoverTheCompound() {
    String text = "クラウドファンディングサイト";
    List<IndexToken> tokens = IndexTokens.of(Analysis.analyze(text));
    IndexToken compound = tokens.stream().filter(t -> t.positionLength() > 1).findFirst().orElseThrow();
    assertEquals(0, compound.start());
    assertEquals(text.length(), compound.end());
    assertEquals(0, compound.positionIncrement());
    assertEquals(compound.positionLength() + 1, tokens.size());
    assertEquals(0, tokens.get(0).start());
    assertEquals(text.length(), tokens.get(tokens.size() - 1).end());
    // Known weakness, same as Kuromoji's search mode in context: the parts of an unknown
    // katakana compound are dictionary fragments (クラ ウド ファン ディングサイト), not サイト.
    assertTrue(tokens.stream().noneMatch(t -> t.term().equals("サイト")), tokens.toString());
  }
}
