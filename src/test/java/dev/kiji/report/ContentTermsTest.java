package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.analyze.Analysis;
import dev.kiji.pipeline.ContentTerms;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTermsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "政府は補助金を拡充した。,             拡充/名詞",
    "政府は補助金を拡充した。,             政府/名詞",
    "景気は厳しい状況が続いた。,           厳しい/形容詞",
    "景気は厳しい状況が続いた。,           続く/動詞",   // base form, not the past tense surface
    "トヨタ自動車が新型車を発売した。,     発売/名詞",
  })
  void countsBaseFormsOfContentWords(String text, String key) {
    Map<String, Integer> terms = ContentTerms.count(Analysis.analyze(text));
    assertTrue(terms.containsKey(key), terms.toString());
  }

  @ParameterizedTest(name = "{0}: no {1}")
  @CsvSource({
    "3月に2つの案を出した。,   3/名詞",    // numbers
    "これは彼のものだ。,       これ/名詞", // pronoun
    "これは彼のものだ。,       もの/名詞", // non-independent noun
    "Aは大きい。,             A/名詞",    // single Latin letter
  })
  void leavesOutFunctionalTokens(String text, String key) {
    Map<String, Integer> terms = ContentTerms.count(Analysis.analyze(text));
    assertFalse(terms.containsKey(key), terms.toString());
  }

  @ParameterizedTest(name = "{0}: {1} x{2}")
  @CsvSource({"関税と関税と関税,   関税/名詞, 3"})
  void countsRepeats(String text, String key, int n) {
    assertEquals(n, ContentTerms.count(Analysis.analyze(text)).get(key));
  }
}
