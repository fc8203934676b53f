package dev.kiji.index;

import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Reads every article of an index folder written by {@link CorpusIndex} back as {@link
 * ExtractedArticle}s (article, mentions, term counts), for reports that need no re-analysis.
 * Order is the index's own; consumers must not depend on it. File documents are skipped, and so
 * are the articles that the last {@code kiji analyze} found to duplicate an earlier one, unless
 * asked for.
 */
public final class StoredArticles {

  /** Receives one stored article. */
  @FunctionalInterface
  public interface Consumer {
    void accept(ExtractedArticle article) throws IOException;
  }

  private StoredArticles() {}

  /**
   * Calls {@code consumer} once per live document of the index in {@code folder}.
   *
   * @return the number of articles read
   * @throws IOException when the folder holds no readable index
   */
  public static int forEach(Path folder, Consumer consumer) throws IOException {
    return forEach(folder, false, consumer);
  }

  /**
   * Calls {@code consumer} once per live article of the index in {@code folder}; duplicates too
   * when {@code keepDuplicates}.
   *
   * @return the number of articles read
   * @throws IOException when the folder holds no readable index
   */
  public static int forEach(Path folder, boolean keepDuplicates, Consumer consumer) throws IOException {
    return forEach(folder, keepDuplicates, 1, consumer);
  }

  /**
   * Like {@link #forEach(Path, boolean, Consumer)}, with documents read and decoded on {@code
   * threads} threads: {@code consumer} is then called from all of them at once, so it must be
   * thread-safe (with 1 thread, everything runs on the calling thread). The first failure stops
   * the other threads and is thrown.
   *
   * <pre>{@code
   * StoredArticles.forEach(folder, false, 4, a -> {
   *   PreparedArticle p = CorpusReport.prepare(a);  // in parallel
   *   synchronized (report) { report.accept(p); }
   * });
   * }</pre>
   */
  public static int forEach(Path folder, boolean keepDuplicates, int threads, Consumer consumer) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    try (FSDirectory dir = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      int size = threads == 1 ? Integer.MAX_VALUE : Math.max(1, Math.min(SLICE_DOCS, reader.maxDoc() / (threads * 8)));
      List<Slice> slices = Slice.of(reader, size);
      if (threads == 1 || slices.size() < 2) {
        int n = 0;
        for (Slice s : slices) {
          n += s.read(keepDuplicates, consumer);
        }
        return n;
      }
      return readInParallel(slices, Math.min(threads, slices.size()), keepDuplicates, consumer);
    }
  }

  /**
   * Most documents per unit of work on several threads (fewer in small indexes, so that each
   * thread gets about eight units): small enough to balance, large enough to be cheap.
   */
  private static final int SLICE_DOCS = 512;

  private static int readInParallel(List<Slice> slices, int threads, boolean keepDuplicates, Consumer consumer)
      throws IOException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger read = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kiji-report-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < slices.size() && !failed.get(); i = next.getAndIncrement()) {
            try {
              read.addAndGet(slices.get(i).read(keepDuplicates, consumer));
            } catch (IOException | RuntimeException e) {
              failed.set(true);
              throw e;
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        await(f);
      }
      return read.get();
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<?> f) throws IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(cause);
    }
  }

  /** Documents {@code from} (inclusive) to {@code to} (exclusive) of one segment. */
  private record Slice(LeafReaderContext leaf, int from, int to) {

    static List<Slice> of(DirectoryReader reader, int size) {
      List<Slice> out = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        int max = leaf.reader().maxDoc();
        for (int from = 0; from < max; from += Math.min(size, max - from)) {
          out.add(new Slice(leaf, from, from + Math.min(size, max - from)));
        }
      }
      return out;
    }

    /** Reads the slice's live articles into {@code consumer}; returns how many. */
    int read(boolean keepDuplicates, Consumer consumer) throws IOException {
      // per call: Lucene's StoredFields and doc values iterators are for one thread, in doc order
      Bits live = leaf.reader().getLiveDocs();
      StoredFields fields = leaf.reader().storedFields();
      NumericDocValues duplicate = leaf.reader().getNumericDocValues(IndexSchema.DUPLICATE);
      int n = 0;
      for (int i = from; i < to; i++) {
        if (live != null && !live.get(i)) {
          continue;
        }
        if (!keepDuplicates && duplicate != null && duplicate.advanceExact(i) && duplicate.longValue() != 0) {
          continue;
        }
        Document d = fields.document(i);
        if (!IndexSchema.FILE_KIND.equals(d.get(IndexSchema.KIND))) {
          consumer.accept(IndexSchema.article(d));
          n++;
        }
      }
      return n;
    }
  }
}
