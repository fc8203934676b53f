package dev.kiji.spark;

import dev.kiji.extract.Extractors;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.IngestResult;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The executor side of the job: analyse and extract what one input gave, as {@link
 * ExtractedRows}. The extractors (lexicons, Kuromoji dictionary) are built once per executor JVM,
 * on first use, and never serialized: Spark ships only the input and the rows.
 *
 * <p>Same rules as {@code kiji analyze}: the publication date is the reference date, an article
 * gets the warnings of its own path or of its whole file, and an article whose extraction throws
 * becomes an error row ({@code extraction failed: ...}) while the run goes on.
 */
final class Extraction {

  private static volatile Pipeline pipeline;

  private Extraction() {}

  /** The per-JVM pipeline; its extractors are thread-safe, so executor threads share it. */
  static Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (Extraction.class) {
        p = pipeline;
        if (p == null) {
          p = new Pipeline(Extractors.defaults(), 1);
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** Rows of the articles and errors of input number {@code input} ({@code file}: its path as shown). */
  static List<Row> rows(IngestResult read, String file, long input) {
    List<Row> out = new ArrayList<>(read.articles().size() + read.errors().size());
    int record = 0;
    for (Article a : read.articles()) {
      List<String> warnings = new ArrayList<>();
      for (InputError w : read.warnings()) {
        if (w.path().equals(a.path()) || w.path().equals(file)) {
          warnings.add(w.reason());
        }
      }
      try {
        out.add(ExtractedRows.of(pipeline().extract(a, warnings), input, record++));
      } catch (RuntimeException e) {
        out.add(ExtractedRows.of(new InputError(a.path(), "extraction failed: " + e)));
      }
    }
    for (InputError e : read.errors()) {
      out.add(ExtractedRows.of(e));
    }
    return out;
  }
}
