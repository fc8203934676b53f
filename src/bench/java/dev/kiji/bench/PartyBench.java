package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.PartyExtractor;
import dev.kiji.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The party extractor alone over the first 500 livedoor articles, tokenized once at setup (so
 * Kuromoji is not measured). One operation is the whole sample; articles/s = 500 / seconds per
 * operation, MB/s = sample MB (printed at setup) / seconds per operation.
 *
 * <pre>
 * KIJI_CORPUS=DIR mvn -q -Pbench test-compile exec:exec -Dbench.args="PartyBench -wi 2 -i 3 -f 1"
 * </pre>
 */
public class PartyBench extends BenchDefaults {

  List<AnalyzedText> texts;
  PartyExtractor parties;
  ExtractionContext context;

  @Setup(Level.Trial)
  public void load() {
    List<Article> articles = LivedoorTexts.articles(500);
    texts = new ArrayList<>(articles.size());
    for (Article a : articles) {
      texts.add(Analysis.analyze(a.text()));
    }
    parties = PartyExtractor.withDefaultLexicon();
    context = ExtractionContext.none();
    System.out.printf(
        "%n%d articles, %.2f MB UTF-8%n", texts.size(), LivedoorTexts.utf8Bytes(articles) / 1e6);
  }

  @Benchmark
  public void partyExtractor(Blackhole bh) {
    for (AnalyzedText t : texts) {
      bh.consume(parties.extract(t, context));
    }
  }
}
