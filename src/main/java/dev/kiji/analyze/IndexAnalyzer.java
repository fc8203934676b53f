package dev.kiji.analyze;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * The index (and query) chain: NFKC with offset correction, Kuromoji search mode <em>keeping</em>
 * compounds (so クラウドファンディングサイト is found whole and by its parts), base forms,
 * Lucene's Japanese part-of-speech and word stop lists, katakana long-vowel stemming, lower case.
 *
 * <p>Unlike Lucene's stock {@link JapaneseAnalyzer}, compounds are not discarded and kiji's user
 * dictionary is used, so トランプ is one name and G7 one token.
 */
public final class IndexAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new NormalizingCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer =
        new JapaneseTokenizer(Analysis.userDictionary(), true, false, JapaneseTokenizer.Mode.SEARCH);
    TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
    stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
    stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
    stream = new JapaneseKatakanaStemFilter(stream);
    stream = new LowerCaseFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
