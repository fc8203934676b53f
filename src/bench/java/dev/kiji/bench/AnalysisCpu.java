package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.analyze.IndexToken;
import dev.kiji.analyze.IndexTokens;
import dev.kiji.analyze.TextNormalizer;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ContentTerms;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.TokenReadings;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * CPU seconds (this thread's) of one pass over livedoor, per part of the analysis stage: the bare
 * Kuromoji tokenizer (only {@code incrementToken}, then also reading the attributes kiji reads),
 * {@link Analysis#analyze}, the per-article products ({@link IndexTokens}, {@link ContentTerms},
 * {@link TokenReadings}, the {@link ExtractedArticle}) and replaying the index tokens as the body's
 * token stream; and NFKC ({@link TextNormalizer}) alone. Prints every round; the first rounds are
 * warm-up. Wall-clock noise does not enter (thread CPU time), but a busy machine still shifts the
 * numbers a little: compare runs made side by side.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.AnalysisCpu -Dbench.args="6 0"
 * </pre>
 *
 * Arguments: rounds (default 6), article limit (default 0 = all).
 */
public final class AnalysisCpu {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  private AnalysisCpu() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    List<Article> articles = LivedoorTexts.articles(limit);
    System.out.printf("%d articles, %.2f MB UTF-8%n", articles.size(), LivedoorTexts.utf8Bytes(articles) / 1e6);
    JapaneseTokenizer bare =
        new JapaneseTokenizer(Analysis.userDictionary(), false, true, JapaneseTokenizer.Mode.NORMAL);
    System.out.println("round    bare  +attrs  analyze   nfkc  products  replay   ours=analyze+products+replay-(+attrs)");
    long sink = 0;
    for (int r = 1; r <= rounds; r++) {
      // per article, one after the other, so that a busy machine weighs on all parts alike
      long bareOnly = 0;
      long withAttrs = 0;
      long nfkc = 0;
      long analyze = 0;
      long products = 0;
      long replay = 0;
      for (Article a : articles) {
        List<Article> one = List.of(a);
        long c0 = cpu();
        sink += bare(bare, one, false);
        long c1 = cpu();
        sink += bare(bare, one, true);
        long c2 = cpu();
        sink += TextNormalizer.normalize(a.text()).normalized().length();
        long t0 = cpu();
        AnalyzedText text = Analysis.analyze(a.text());
        long t1 = cpu();
        List<IndexToken> index = IndexTokens.of(text);
        ExtractedArticle e = new ExtractedArticle(
            a, List.of(), List.of(), ContentTerms.count(text), TokenReadings.of(text.tokens()), index);
        long t2 = cpu();
        sink += replay(e.indexTokens(), a.text().length()) + e.terms().size() + e.readings().size();
        long t3 = cpu();
        bareOnly += c1 - c0;
        withAttrs += c2 - c1;
        nfkc += t0 - c2;
        analyze += t1 - t0;
        products += t2 - t1;
        replay += t3 - t2;
      }
      System.out.printf("%5d %7.2f %7.2f %8.2f %6.2f %9.2f %7.2f %8.2f%n", r, bareOnly / 1e9, withAttrs / 1e9,
          analyze / 1e9, nfkc / 1e9, products / 1e9, replay / 1e9, (analyze + products + replay - withAttrs) / 1e9);
    }
    System.out.println("(checksum " + sink + ")");
  }

  private static long cpu() {
    return MX.getCurrentThreadCpuTime();
  }

  /** One pass of {@code tok} over the texts; with {@code attrs}, every token's attributes are read too. */
  static long bare(JapaneseTokenizer tok, List<Article> articles, boolean attrs) throws IOException {
    CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = tok.addAttribute(OffsetAttribute.class);
    PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
    BaseFormAttribute base = tok.addAttribute(BaseFormAttribute.class);
    ReadingAttribute reading = tok.addAttribute(ReadingAttribute.class);
    long n = 0;
    for (Article a : articles) {
      tok.setReader(new StringReader(a.text()));
      tok.reset();
      while (tok.incrementToken()) {
        if (attrs) {
          String s = term.toString();
          String b = base.getBaseForm();
          String p = pos.getPartOfSpeech();
          String rd = reading.getReading();
          n += s.length() + offset.endOffset() + (b == null ? 0 : 1) + (p == null ? 0 : 1) + (rd == null ? 0 : 1);
        } else {
          n += term.length();
        }
      }
      tok.end();
      tok.close();
    }
    return n;
  }

  private static long replay(List<IndexToken> tokens, int length) throws IOException {
    long n = 0;
    try (TokenStream ts = IndexAnalyzer.tokenStream(tokens, length)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        n += term.length() + offset.startOffset() + inc.getPositionIncrement() + len.getPositionLength();
      }
      ts.end();
    }
    return n;
  }
}
