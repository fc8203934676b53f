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

  /** Processing of one unit (a file, or a chunk of a record file): analysed articles and errors. */
  record FileOutcome(List<ExtractedArticle> articles, List<InputError> errors) {}

  /** A unit in flight; {@code lastOfFile} when its file is done once it is. */
  private record Unit(Future<FileOutcome> outcome, boolean lastOfFile) {}

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
    ArticleStream open = null;
    try {
      Deque<Unit> window = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      int max = threads * 4;
      while (true) {
        while (window.size() < max) {
          if (open == null) {
            if (next >= files.size()) {
              break;
            }
            ArticleStream s = Ingest.open(files.get(next++), ingest);
            if (!s.perRecord()) {
              window.add(new Unit(pool.submit(() -> {
                try (s) {
                  return extractAll(drain(s), concurrent);
                }
              }), true));
              continue;
            }
            open = s;
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
          window.add(new Unit(pool.submit(() -> extractAll(chunk, concurrent)), last));
        }
        if (window.isEmpty()) {
          break;
        }
        Unit unit = window.removeFirst();
        FileOutcome outcome = await(unit.outcome());
        for (ExtractedArticle a : outcome.articles()) {
          sink.accept(a);
        }
        for (InputError e : outcome.errors()) {
          sink.error(e);
        }
        if (unit.lastOfFile()) {
          progress.accept(++done);
        }
      }
    } finally {
      if (open != null) {
        open.close();
      }
      pool.shutdownNow();
    }
  }

  /** Reads, analyses and extracts one file; never throws for bad content. */
  FileOutcome process(Path file) {
    try (ArticleStream s = Ingest.open(file, ingest)) {
      return extractAll(drain(s), a -> {});
    } catch (IOException e) {
      return new FileOutcome(List.of(), List.of(new InputError(file.toString(), "cannot read: " + e)));
    }
  }

  private static List<Ingested> drain(ArticleStream s) {
    List<Ingested> all = new ArrayList<>();
    s.forEachRemaining(all::add);
    return all;
  }

  /** Analyses and extracts each article of {@code entries}; errors pass through in order. */
  private FileOutcome extractAll(List<Ingested> entries, ConcurrentSink concurrent) throws IOException {
    List<ExtractedArticle> out = new ArrayList<>(entries.size());
    List<InputError> errors = new ArrayList<>();
    for (Ingested i : entries) {
      if (i.error() != null) {
        errors.add(i.error());
        continue;
      }
      Article a = i.article();
      ExtractedArticle e;
      try {
        e = extract(a, i.warnings());
      } catch (RuntimeException | StackOverflowError x) {
        errors.add(new InputError(a.path(), "extraction failed: " + x));
        continue;
      }
      concurrent.accept(e);
      out.add(e);
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
