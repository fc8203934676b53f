package dev.kiji.pipeline;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.IndexTokens;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractor;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.Ingest;
import dev.kiji.ingest.IngestResult;
import dev.kiji.ingest.InputError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * ingest → analyze → extract for a list of files on N threads, results handed to sinks in input
 * order. Each article is tokenized once; the extractor sees its publication date as reference.
 *
 * <p>At most {@code 4 × threads} files are in flight, so memory stays bounded whatever the corpus
 * size; a file that fails in an unexpected way is reported as an error and the run goes on.
 */
public final class Pipeline {

  private final Extractor extractor;
  private final int threads;

  public Pipeline(Extractor extractor, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.extractor = extractor;
    this.threads = threads;
  }

  /** Processing of one file: ingest, then analyze and extract each article. */
  record FileOutcome(List<ExtractedArticle> articles, List<InputError> errors) {}

  /** Warnings of the file that concern {@code a}: those of its own path or of the whole file. */
  private static List<String> warningsOf(Article a, IngestResult read, Path file) {
    List<String> out = new ArrayList<>();
    for (InputError w : read.warnings()) {
      if (w.path().equals(a.path()) || w.path().equals(file.toString())) {
        out.add(w.reason());
      }
    }
    return out;
  }

  /**
   * A consumer that is safe to call from several worker threads at once and does not care about
   * order (a Lucene {@code IndexWriter} is one): its work then runs in parallel.
   */
  @FunctionalInterface
  public interface ConcurrentSink {
    void accept(ExtractedArticle article) throws IOException;
  }

  /** Runs without a concurrent sink; see {@link #run(List, ArticleSink, ConcurrentSink, IntConsumer)}. */
  public void run(List<Path> files, ArticleSink sink, IntConsumer progress) throws IOException {
    run(files, sink, a -> {}, progress);
  }

  /**
   * Runs over {@code files} (already listed and sorted): feeds {@code concurrent} from the worker
   * threads as articles are ready, and {@code sink} from the calling thread in input order.
   *
   * @param progress called with the number of files done so far, from the calling thread
   */
  public void run(List<Path> files, ArticleSink sink, ConcurrentSink concurrent, IntConsumer progress)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kiji-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<FileOutcome>> window = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      int max = threads * 4;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < max) {
          Path file = files.get(next++);
          window.add(pool.submit(() -> {
            FileOutcome outcome = process(file);
            for (ExtractedArticle a : outcome.articles()) {
              concurrent.accept(a);
            }
            return outcome;
          }));
        }
        FileOutcome outcome = await(window.removeFirst());
        for (ExtractedArticle a : outcome.articles()) {
          sink.accept(a);
        }
        for (InputError e : outcome.errors()) {
          sink.error(e);
        }
        progress.accept(++done);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads, analyses and extracts one file; never throws for bad content. */
  FileOutcome process(Path file) {
    IngestResult read;
    try {
      read = Ingest.read(file);
    } catch (RuntimeException e) {
      return new FileOutcome(List.of(), List.of(new InputError(file.toString(), "cannot read: " + e)));
    }
    List<ExtractedArticle> out = new ArrayList<>(read.articles().size());
    List<InputError> errors = new ArrayList<>(read.errors());
    for (Article a : read.articles()) {
      try {
        out.add(extract(a, warningsOf(a, read, file)));
      } catch (RuntimeException e) {
        errors.add(new InputError(a.path(), "extraction failed: " + e));
      }
    }
    return new FileOutcome(out, errors);
  }

  /** Analyses and extracts one article (its publication date is the reference date). */
  public ExtractedArticle extract(Article a, List<String> warnings) {
    AnalyzedText text = Analysis.analyze(a.text());
    return new ExtractedArticle(
        a,
        extractor.extract(text, new ExtractionContext(a.published())),
        warnings,
        ContentTerms.count(text),
        TokenReadings.of(text.tokens()),
        IndexTokens.of(text));
  }

  private static FileOutcome await(Future<FileOutcome> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("worker failed", e.getCause());
    }
  }
}
