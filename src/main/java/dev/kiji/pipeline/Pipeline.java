package dev.kiji.pipeline;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.IndexTokens;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractor;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.ArticleStream;
import dev.kiji.ingest.Ingest;
import dev.kiji.ingest.IngestOptions;
import dev.kiji.ingest.Ingested;
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
 * <p>Work is scheduled per unit: a single-article file (text, HTML) is read, analysed and
 * extracted on a worker; a record file (JSON Lines, JSON array, CSV, or their .gz) is read record
 * by record on the calling thread ({@link Ingest#open}) and its articles are handed to the
 * workers in chunks of at most {@value #CHUNK_ARTICLES} articles or {@value #CHUNK_CHARS} chars.
 * At most {@code 4 × threads} units are in flight, so memory stays bounded whatever the corpus or
 * file size, and one huge dump is analysed on all threads. A file that fails in an unexpected way
 * is reported as an error and the run goes on.
 */
public final class Pipeline {

  /** Largest number of articles in one unit of work of a record file. */
  static final int CHUNK_ARTICLES = 16;

  /** Largest text (UTF-16 chars) in one unit of work of a record file, unless one article is larger. */
  static final int CHUNK_CHARS = 200_000;

  private final Extractor extractor;
  private final int threads;
  private final IngestOptions ingest;

  public Pipeline(Extractor extractor, int threads) {
    this(extractor, threads, IngestOptions.DEFAULTS);
  }

  /** A pipeline reading its input with {@code ingest} (field names, limits). */
  public Pipeline(Extractor extractor, int threads, IngestOptions ingest) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.extractor = extractor;
    this.threads = threads;
    this.ingest = ingest;
  }

  /** A unit's outcome: articles with what the worker step made of each, and errors. */
  private record Outcome<T>(List<ExtractedArticle> articles, List<T> results, List<InputError> errors) {}

  /** A unit in flight; {@code file} is done once it is, when {@code lastOfFile}. */
  private record Unit<T>(Future<Outcome<T>> outcome, int file, boolean lastOfFile) {}

  /**
   * A consumer that is safe to call from several worker threads at once and does not care about
   * order (a Lucene {@code IndexWriter} is one): its work then runs in parallel.
   */
  @FunctionalInterface
  public interface ConcurrentSink {
    void accept(ExtractedArticle article) throws IOException;
  }

  /**
   * Per-article work done on the worker thread that analysed the article, right after extraction;
   * must be thread-safe. Its result travels with the article to the {@link Ordered} receiver.
   */
  @FunctionalInterface
  public interface WorkerStep<T> {
    /**
     * @param file the article's file, an index into the run's file list
     * @param seq the article's number in its file (0, 1...; an article that fails extraction
     *     keeps its number, so numbers may have gaps but never repeat)
     */
    T apply(int file, int seq, ExtractedArticle article) throws IOException;
  }

  /** Receives the pipeline's output on the calling thread, in input order. */
  public interface Ordered<T> {
    /** One analysed article of file {@code file}, with its worker step's result. */
    void article(int file, ExtractedArticle article, T result) throws IOException;

    /** One record of file {@code file} that could not be read or analysed. */
    void error(int file, InputError error) throws IOException;

    /** Every record of file {@code file} has been delivered. */
    void fileDone(int file) throws IOException;
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
    run(files, (file, seq, a) -> {
      concurrent.accept(a);
      return null;
    }, new Ordered<Object>() {
      @Override
      public void article(int file, ExtractedArticle article, Object result) throws IOException {
        sink.accept(article);
      }

      @Override
      public void error(int file, InputError error) throws IOException {
        sink.error(error);
      }

      @Override
      public void fileDone(int file) {
        progress.accept(file + 1);
      }
    });
  }

  /**
   * Runs over {@code files} (already listed and sorted): {@code step} runs on the worker threads
   * for each article as soon as it is extracted; {@code ordered} gets every article (with the
   * step's result), every error and the end of every file on the calling thread, in input order.
   */
  public <T> void run(List<Path> files, WorkerStep<T> step, Ordered<T> ordered) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kiji-worker");
      t.setDaemon(true);
      return t;
    });
    ArticleStream open = null;
    try {
      Deque<Unit<T>> window = new ArrayDeque<>();
      int next = 0;
      int openFile = -1;
      int openSeq = 0;
      int max = threads * 4;
      while (true) {
        while (window.size() < max) {
          if (open == null) {
            if (next >= files.size()) {
              break;
            }
            int file = next++;
            ArticleStream s = Ingest.open(files.get(file), ingest);
            if (!s.perRecord()) {
              window.add(new Unit<>(pool.submit(() -> {
                try (s) {
                  return extractAll(drain(s), file, 0, step);
                }
              }), file, true));
              continue;
            }
            open = s;
            openFile = file;
            openSeq = 0;
          }
          List<Ingested> chunk = new ArrayList<>();
          long chars = 0;
          while (chunk.size() < CHUNK_ARTICLES && chars < CHUNK_CHARS && open.hasNext()) {
            Ingested i = open.next();
            chunk.add(i);
            chars += i.article() == null ? 0 : i.article().text().length();
          }
          boolean last = !open.hasNext();
          if (last) {
            open.close();
            open = null;
          }
          int file = openFile;
          int seq = openSeq;
          for (Ingested i : chunk) {
            openSeq += i.article() == null ? 0 : 1;
          }
          window.add(new Unit<>(pool.submit(() -> extractAll(chunk, file, seq, step)), file, last));
        }
        if (window.isEmpty()) {
          break;
        }
        Unit<T> unit = window.removeFirst();
        Outcome<T> outcome = await(unit.outcome());
        for (int i = 0; i < outcome.articles().size(); i++) {
          ordered.article(unit.file(), outcome.articles().get(i), outcome.results().get(i));
        }
        for (InputError e : outcome.errors()) {
          ordered.error(unit.file(), e);
        }
        if (unit.lastOfFile()) {
          ordered.fileDone(unit.file());
        }
      }
    } finally {
      if (open != null) {
        open.close();
      }
      pool.shutdownNow();
    }
  }

  private static List<Ingested> drain(ArticleStream s) {
    List<Ingested> all = new ArrayList<>();
    s.forEachRemaining(all::add);
    return all;
  }

  /**
   * Analyses and extracts each article of {@code entries} (articles numbered from {@code seq} in
   * file {@code file}) and runs {@code step} on it; errors pass through in order.
   */
  private <T> Outcome<T> extractAll(List<Ingested> entries, int file, int seq, WorkerStep<T> step) throws IOException {
    List<ExtractedArticle> out = new ArrayList<>(entries.size());
    List<T> results = new ArrayList<>(entries.size());
    List<InputError> errors = new ArrayList<>();
    for (Ingested i : entries) {
      if (i.error() != null) {
        errors.add(i.error());
        continue;
      }
      Article a = i.article();
      int n = seq++;
      ExtractedArticle e;
      try {
        e = extract(a, i.warnings());
      } catch (RuntimeException | StackOverflowError x) {
        errors.add(new InputError(a.path(), "extraction failed: " + x));
        continue;
      }
      results.add(step.apply(file, n, e));
      out.add(e);
    }
    return new Outcome<>(out, results, errors);
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

  private static <T> Outcome<T> await(Future<Outcome<T>> f) throws IOException {
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
