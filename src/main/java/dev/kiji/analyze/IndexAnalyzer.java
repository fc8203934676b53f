package dev.kiji.analyze;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;

/**
 * The index (and query) chain, fed by the extraction chain's tokens so Kuromoji runs once per
 * article: NFKC with original offsets and normal-mode tokens ({@link Analysis}), punctuation
 * dropped, long compounds also split into their search-mode parts ({@link IndexTokens}: so
 * クラウドファンディングサイト is found whole and by its parts), base forms, Lucene's Japanese
 * part-of-speech and word stop lists, katakana long-vowel stemming, lower case.
 *
 * <p>The body of an article is indexed from the tokens the analysis stage made ({@link
 * #tokenStream(List, int)}); titles and queries are analysed from their text by this analyzer,
 * which runs the same code, so the same forms come out.
 *
 * <p>Unlike Lucene's stock {@link JapaneseAnalyzer}, compounds are not discarded and kiji's user
 * dictionary is used, so トランプ is one name and G7 one token.
 */
public final class IndexAnalyzer extends Analyzer {

  /** Lucene's Japanese stop words (ignoring case), the set {@link #filter} uses. */
  static final CharArraySet STOP_WORDS = JapaneseAnalyzer.getDefaultStopSet();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new IndexTokenizer());
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /**
   * The index chain over ready-made tokens ({@link IndexTokens#of}) of a text {@code textLength}
   * chars long: a replay, the filters already ran.
   */
  public static TokenStream tokenStream(List<IndexToken> tokens, int textLength) {
    return new IndexTokenizer(tokens, textLength);
  }

  /**
   * Stop words, katakana stemming, lower case: the term filters of the chain. {@link IndexTokens}
   * applies them once per distinct term ({@link IndexTermFilter}), so the tokenizer's stream is
   * already filtered.
   */
  static TokenStream filter(TokenStream in) {
    TokenStream stream = new StopFilter(in, STOP_WORDS);
    stream = new JapaneseKatakanaStemFilter(stream);
    return new LowerCaseFilter(stream);
  }
}
