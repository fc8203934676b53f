package dev.kiji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.IndexTokens;
import dev.kiji.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The products of the analysis stage come out in their final, immutable form, so the article keeps
 * them as they are: term counts in String order (what a TreeMap gives), readings in text order.
 */
class ContentTermsOrderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'ABCとAB、A!とA社がIT企業のIT部門を見た。見た人は多い。'",
    "'政府は補助金を拡充した。政府は補助金を拡充しない。'",
    "'厳しい状況、厳しくない状況、東京と京都と東京。'",
  })
  void testTermsInTreeMapOrder(String text) {
    Map<String, Integer> terms = ContentTerms.count(Analysis.analyze(text));
    TreeMap<String, Integer> sorted = new TreeMap<>(terms);
    assertEquals(new ArrayList<>(sorted.entrySet()), new ArrayList<>(terms.entrySet()));
    assertEquals(sorted, terms);
    assertEquals(sorted.hashCode(), terms.hashCode());
    for (String k : sorted.keySet()) {
      assertTrue(terms.containsKey(k), k);
      assertEquals(sorted.get(k), terms.get(k), k);
    }
    assertFalse(terms.containsKey("無い/名詞"));
    assertThrows(UnsupportedOperationException.class, () -> terms.put("x/名詞", 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'岸田文雄首相は東京で話した。'"})
  void testArticleKeepsProductsAsMade(String text) {
    AnalyzedText t = Analysis.analyze(text);
    Map<String, Integer> terms = ContentTerms.count(t);
    Set<String> readings = TokenReadings.of(t.tokens());
    IndexTokens index = IndexTokens.of(t);
    Article a = new Article("a", "a.txt", null, null, null, text, "text", "UTF-8");
    ExtractedArticle e = new ExtractedArticle(a, List.of(), List.of(), terms, readings, index);
    assertSame(terms, e.terms());
    assertSame(readings, e.readings());
    assertSame(index, e.indexTokens());
    assertEquals(List.of("キシダ", "フミオ", "キシダフミオ"), new ArrayList<>(readings).subList(0, 3));
    assertThrows(UnsupportedOperationException.class, () -> readings.add("x"));
  }
}
