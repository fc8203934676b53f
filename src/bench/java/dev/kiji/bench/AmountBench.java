package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.AmountExtractor;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.ingest.Article;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The amount extractor alone, on livedoor articles analysed once at setup (tokenizing is not
 * timed: see {@link AnalysisBench}). One operation extracts every article of the sample; setup
 * prints the sample's UTF-8 MB and how many AMOUNT mentions one operation finds, so
 * MB/s = MB / (s/op) and mentions/s = mentions / (s/op).
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.args="AmountBench -wi 2 -i 3 -f 1"
 * </pre>
 */
public class AmountBench extends BenchDefaults {

  /** How many livedoor articles (0 = all 6,086; the default keeps the heap small). */
  @Param({"2000"})
  int articles;

  List<AnalyzedText> texts;
  AmountExtractor extractor;
  ExtractionContext context;

  @Setup(Level.Trial)
  public void load() {
    List<Article> sample = LivedoorTexts.articles(articles);
    texts = sample.stream().map(a -> Analysis.analyze(a.text())).toList();
    extractor = new AmountExtractor();
    context = ExtractionContext.none();
    long mentions = texts.stream().mapToLong(t -> extractor.extract(t, context).size()).sum();
    System.out.printf(Locale.ROOT, "%n%d articles, %.2f MB UTF-8, %d AMOUNT mentions per operation%n",
        sample.size(), LivedoorTexts.utf8Bytes(sample) / 1e6, mentions);
  }

  @Benchmark
  public void extractAmounts(Blackhole bh) {
    for (AnalyzedText t : texts) {
      bh.consume(extractor.extract(t, context));
    }
  }
}
