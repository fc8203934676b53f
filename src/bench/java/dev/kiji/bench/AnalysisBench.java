package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.ingest.Article;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The analysis chains over the first 500 livedoor articles (≈1.8 MB of UTF-8): the bare Kuromoji
 * tokenizer, kiji's extraction chain ({@link Analysis#analyze}) and the index chain. One
 * operation is the whole sample; MB/s = sample MB (printed at setup) / seconds per operation.
 */
public class AnalysisBench extends BenchDefaults {

  List<Article> articles;
  JapaneseTokenizer bare;
  Analyzer index;

  @Setup(Level.Trial)
  public void load() {
    articles = LivedoorTexts.articles(500);
    System.out.printf("%n%d articles, %.2f MB UTF-8%n", articles.size(), LivedoorTexts.utf8Bytes(articles) / 1e6);
    bare = new JapaneseTokenizer(Analysis.userDictionary(), false, true, JapaneseTokenizer.Mode.NORMAL);
    index = new IndexAnalyzer();
  }

  @Benchmark
  public void bareTokenizer(Blackhole bh) throws IOException {
    CharTermAttribute term = bare.addAttribute(CharTermAttribute.class);
    for (Article a : articles) {
      bare.setReader(new StringReader(a.text()));
      bare.reset();
      while (bare.incrementToken()) {
        bh.consume(term.length());
      }
      bare.end();
      bare.close();
    }
  }

  @Benchmark
  public void extractionChain(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(Analysis.analyze(a.text()));
    }
  }

  @Benchmark
  public void indexChain(Blackhole bh) throws IOException {
    for (Article a : articles) {
      try (TokenStream ts = index.tokenStream("body", a.text())) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          bh.consume(term.length());
        }
        ts.end();
      }
    }
  }
}
