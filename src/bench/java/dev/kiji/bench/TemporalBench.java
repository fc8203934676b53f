package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.DateExtractor;
import dev.kiji.extract.DurationExtractor;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The temporal extractors alone: DATE and DURATION over the first 500 livedoor articles,
 * tokenized once at setup (so Kuromoji is not measured), each article with its own date as the
 * reference. One operation is the whole sample; MB/s = sample MB (printed at setup) / seconds
 * per operation.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.args="TemporalBench -wi 2 -i 3 -f 1"
 * </pre>
 */
public class TemporalBench extends BenchDefaults {

  List<AnalyzedText> texts;
  List<ExtractionContext> contexts;
  DateExtractor dates;
  DurationExtractor durations;

  @Setup(Level.Trial)
  public void load() {
    List<Article> articles = LivedoorTexts.articles(500);
    System.out.printf("%n%d articles, %.2f MB UTF-8%n", articles.size(), LivedoorTexts.utf8Bytes(articles) / 1e6);
    texts = new ArrayList<>();
    contexts = new ArrayList<>();
    for (Article a : articles) {
      texts.add(Analysis.analyze(a.text()));
      contexts.add(new ExtractionContext(a.published()));
    }
    dates = new DateExtractor();
    durations = new DurationExtractor();
  }

  @Benchmark
  public void dates(Blackhole bh) {
    for (int k = 0; k < texts.size(); k++) {
      bh.consume(dates.extract(texts.get(k), contexts.get(k)));
    }
  }

  @Benchmark
  public void durations(Blackhole bh) {
    for (int k = 0; k < texts.size(); k++) {
      bh.consume(durations.extract(texts.get(k), contexts.get(k)));
    }
  }
}
