package dev.kiji.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The extraction chain: NFKC with offset maps, then Kuromoji in normal mode with punctuation
 * kept and kiji's user dictionary (names and terms IPADIC lacks, see {@code userdict.txt}).
 *
 * <p>Thread-safe: one reusable tokenizer per thread; the dictionaries are loaded once per JVM.
 *
 * <pre>{@code
 * AnalyzedText t = Analysis.analyze("日本は４５億ドルを拠出");
 * t.normalized();  // 日本は45億ドルを拠出
 * }</pre>
 */
public final class Analysis {

  /** Class-path location of the user dictionary (Kuromoji's CSV format). */
  public static final String USER_DICTIONARY = "/dev/kiji/analyze/userdict.txt";

  private static final UserDictionary USER_DICT = loadUserDictionary();

  private static final ThreadLocal<JapaneseTokenizer> TOKENIZER =
      ThreadLocal.withInitial(
          () -> new JapaneseTokenizer(USER_DICT, false, true, JapaneseTokenizer.Mode.NORMAL));

  private Analysis() {}

  /** The user dictionary shared by the extraction and index chains (null when empty). */
  public static UserDictionary userDictionary() {
    return USER_DICT;
  }

  /** Normalises and tokenizes {@code text} once. */
  public static AnalyzedText analyze(String text) {
    TextNormalizer.Result norm = TextNormalizer.normalize(text);
    return new AnalyzedText(norm, tokenize(norm.normalized()));
  }

  private static List<Token> tokenize(String normalized) {
    return tokenize(TOKENIZER.get(), normalized);
  }

  /** The tokens {@code tok} makes of {@code normalized}; the tokenizer is closed again after. */
  static List<Token> tokenize(JapaneseTokenizer tok, String normalized) {
    List<Token> out = new ArrayList<>(normalized.length() / 2 + 1);
    CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = tok.addAttribute(OffsetAttribute.class);
    PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
    BaseFormAttribute base = tok.addAttribute(BaseFormAttribute.class);
    ReadingAttribute reading = tok.addAttribute(ReadingAttribute.class);
    try {
      tok.setReader(new StringReader(normalized));
      tok.reset();
      while (tok.incrementToken()) {
        String surface = term.toString();
        String b = base.getBaseForm();
        String tag = pos.getPartOfSpeech();
        String r = reading.getReading();
        out.add(
            new Token(
                surface,
                offset.startOffset(),
                offset.endOffset(),
                tag == null ? "" : tag,
                b == null ? surface : b,
                r,
                r != null));
      }
      tok.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    } finally {
      try {
        tok.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static UserDictionary loadUserDictionary() {
    try (InputStream in = Analysis.class.getResourceAsStream(USER_DICTIONARY)) {
      if (in == null) {
        return null;
      }
      Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
      return UserDictionary.open(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + USER_DICTIONARY, e);
    }
  }
}
