package dev.kiji.report;

import dev.kiji.extract.Extractors;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.Ingest;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's own sample articles ({@code corpus/}), analysed and extracted, for report tests. */
final class BundledCorpus {

  private BundledCorpus() {}

  /** Every article of {@code corpus/}, in path order, each carrying {@code warnings}. */
  static List<ExtractedArticle> extracted(List<String> warnings) {
    Pipeline pipeline = new Pipeline(Extractors.defaults(), 1);
    List<ExtractedArticle> out = new ArrayList<>();
    for (Article a : Ingest.readAll(List.of(Path.of("corpus"))).articles()) {
      out.add(pipeline.extract(a, warnings));
    }
    return out;
  }
}
