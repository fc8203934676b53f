package dev.kiji.cli;

import dev.kiji.extract.Extractor;
import dev.kiji.index.CorpusIndex;
import dev.kiji.index.FileHashes;
import dev.kiji.index.IndexedFiles;
import dev.kiji.ingest.IngestOptions;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.Pipeline;
import dev.kiji.report.BodySignature;
import dev.kiji.report.CsvReports;
import dev.kiji.report.Deduplicator;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * One {@code kiji analyze} run over an index folder, in two steps:
 *
 * <ol>
 *   <li><b>plan</b>: hash every input file ({@link FileHashes}, on all threads); a file whose path,
 *       hash and analysis fingerprint are in the index's last commit is <em>unchanged</em> and
 *       skipped; a changed file that the index knows is forgotten (its old documents deleted);
 *   <li><b>analyse</b>: run the pipeline over the other files; on the worker threads each article
 *       gets its {@link BodySignature} and its report rows ({@link CsvReports#prepare}) and goes
 *       into the index ({@link CorpusIndex}); on this
 *       thread, in input order, every file, whether just analysed or unchanged (then read back from
 *       the index's last commit with {@link IndexedFiles}), goes through the {@link Deduplicator}
 *       and into the reports ({@link CsvReports}); a duplicate's flag is set in the index; each
 *       file ends with its file document, and the index commits every few thousand files or
 *       seconds. With prune, the files not seen are deleted at the end.
 * </ol>
 *
 * <p>The reports see the same articles in the same order whatever the thread count and whether
 * a file was analysed now or in an earlier run, so a full run and an incremental run over the same
 * files give the same bytes. Memory: a few units of work per thread in flight, plus the
 * duplicate finder's table of originals (about 230 bytes per distinct article with its path and
 * id).
 */
final class AnalyzeRun {

  /** Counts of one run, for the closing lines. */
  record Totals(
      int files, int unchanged, int read, int articles, int duplicates, int errors, int lost, int extraRecords,
      int pruned, int commits, double planSeconds, double analyseSeconds) {

    /**
     * The reconciliation line: {@code files seen F [+ X more records in multi-record files] = A
     * articles + D duplicates + E errors [+ L LOST]}, where X is the sum over files of (records − 1)
     * and a record is an article row or an error row; true by construction unless a file was lost.
     */
    String reconciliation() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "files seen %,d", files));
      if (extraRecords > 0) {
        b.append(String.format(Locale.ROOT, " + %,d more records in multi-record files", extraRecords));
      }
      b.append(String.format(Locale.ROOT, " = %,d articles + %,d duplicates + %,d errors",
          articles - duplicates, duplicates, errors));
      if (lost > 0) {
        b.append(String.format(Locale.ROOT, " + %,d LOST", lost));
      }
      return b.toString();
    }
  }

  /** Where a run says how far it is: a step starts, then files of it are done. */
  interface Progress {
    void step(String name, int total);

    void done(int files);
  }

  private final Extractor extractor;
  private final int threads;
  private final IngestOptions ingest;
  private final PrintWriter err;

  AnalyzeRun(Extractor extractor, int threads, IngestOptions ingest, PrintWriter err) {
    this.extractor = extractor;
    this.threads = threads;
    this.ingest = ingest;
    this.err = err;
  }

  /** The path as reports show it: as given, {@code /}-separated (the ingest stage's form). */
  static String display(Path p) {
    String s = p.toString();
    return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
  }

  /**
   * Runs both steps; {@code progress} gets the files done of each step; {@code also} sees every
   * article analysed in this run (new or changed files), from the worker threads.
   */
  Totals run(List<Path> files, CorpusIndex index, CsvReports reports, Pipeline.ConcurrentSink also, boolean prune,
      double nearThreshold, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    // 1. plan
    progress.step("hashing", files.size());
    Plan plan = Plan.of(files, index, threads, progress);

    long t1 = System.nanoTime();
    // 2. analyse, index and report, in input order
    progress.step("analysing", plan.todo.size());
    Ordered ordered = new Ordered(files, plan, index, reports, new Deduplicator(nearThreshold), progress);
    new Pipeline(extractor, threads, ingest).run(plan.todo, (k, seq, a) -> {
      BodySignature sig = BodySignature.of(a.article().title(), a.article().text());
      index.addArticle(plan.fileName(k), seq, a, sig.toBytes());
      also.accept(a);
      return new Worked(seq, sig, CsvReports.prepare(a));
    }, ordered);
    ordered.reportUnchangedUpTo(files.size());
    int pruned = 0;
    if (prune) {
      Set<String> keep = new HashSet<>();
      files.forEach(f -> keep.add(display(f)));
      pruned = index.prune(keep);
    }
    index.commit();
    long t2 = System.nanoTime();
    return new Totals(files.size(), files.size() - plan.todo.size(), plan.todo.size(), ordered.articles,
        ordered.duplicates, ordered.errors, ordered.lost, ordered.extra, pruned, index.commits(), (t1 - t0) / 1e9,
        (t2 - t1) / 1e9);
  }

  /** What a worker made of one article: its number in its file, body signature and report rows. */
  private record Worked(int seq, BodySignature signature, CsvReports.Prepared rows) {}

  /**
   * The files to read: those not unchanged, in input order, with their input positions and content
   * hashes (16 bytes each; unreadable files have none).
   */
  private static final class Plan {
    final List<Path> todo = new ArrayList<>();
    int[] positions = new int[16];
    byte[] hashes = new byte[16 * 16];
    final BitSet unreadable = new BitSet();

    String fileName(int k) {
      return display(todo.get(k));
    }

    String hash(int k) {
      return unreadable.get(k) ? "" : HexFormat.of().formatHex(hashes, 16 * k, 16 * k + 16);
    }

    /** Hashes and compares every file on {@code threads} threads; forgets the changed known ones. */
    static Plan of(List<Path> files, CorpusIndex index, int threads, Progress progress) throws IOException {
      int n = files.size();
      String[] hash = new String[n];
      boolean[] unchanged = new boolean[n];
      boolean[] known = new boolean[n];
      AtomicInteger hashed = new AtomicInteger();
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
          String file = display(files.get(i));
          hash[i] = FileHashes.of(files.get(i));
          try {
            unchanged[i] = hash[i] != null && index.unchanged(file, hash[i]);
            known[i] = !unchanged[i] && index.known(file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          int done = hashed.incrementAndGet();
          synchronized (progress) {
            progress.done(done);
          }
        })).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException u) {
          throw u.getCause();
        }
        throw new IOException("hashing failed", e.getCause());
      } finally {
        pool.shutdownNow();
      }
      Plan plan = new Plan();
      HexFormat hex = HexFormat.of();
      for (int i = 0; i < n; i++) {
        if (unchanged[i]) {
          continue;
        }
        String file = display(files.get(i));
        if (known[i]) {
          index.forget(file);
        }
        int k = plan.todo.size();
        if (k == plan.positions.length) {
          plan.positions = Arrays.copyOf(plan.positions, 2 * k);
          plan.hashes = Arrays.copyOf(plan.hashes, 32 * k);
        }
        plan.positions[k] = i;
        if (hash[i] == null) {
          plan.unreadable.set(k);
        } else {
          System.arraycopy(hex.parseHex(hash[i]), 0, plan.hashes, 16 * k, 16);
        }
        plan.todo.add(files.get(i));
      }
      return plan;
    }
  }

  /**
   * The calling thread's side: gets the analysed files from the pipeline in input order, reads the
   * unchanged files between them back from the index, and sends both through the duplicate finder
   * into the reports; ends each analysed file with its file document.
   */
  private final class Ordered implements Pipeline.Ordered<Worked> {
    private final List<Path> files;
    private final Plan plan;
    private final CorpusIndex index;
    private final CsvReports reports;
    private final Deduplicator dedup;
    private final Progress progress;
    private final ArticleRefs originals = new ArticleRefs();
    private final List<InputError> fileErrors = new ArrayList<>();
    private IndexedFiles stored;
    private int nextFile;
    private int fileArticles;
    int articles;
    int duplicates;
    int errors;
    int lost;
    int extra;

    Ordered(List<Path> files, Plan plan, CorpusIndex index, CsvReports reports, Deduplicator dedup, Progress progress) {
      this.files = files;
      this.plan = plan;
      this.index = index;
      this.reports = reports;
      this.dedup = dedup;
      this.progress = progress;
    }

    @Override
    public void article(int k, ExtractedArticle a, Worked w) throws IOException {
      reportUnchangedUpTo(plan.positions[k]);
      for (String warning : a.warnings()) {
        err.println(a.article().path() + ": warning: " + warning);
      }
      fileArticles++;
      int flag = report(a, w.rows(), w.signature());
      if (flag != 0) {
        index.setDuplicate(plan.fileName(k), w.seq(), flag);
      }
    }

    @Override
    public void error(int k, InputError e) throws IOException {
      reportUnchangedUpTo(plan.positions[k]);
      err.println(e.path() + ": error: " + e.reason());
      fileErrors.add(e);
      errors++;
      reports.error(e);
    }

    @Override
    public void fileDone(int k) throws IOException {
      reportUnchangedUpTo(plan.positions[k]);
      int records = fileArticles + fileErrors.size();
      if (records == 0) {
        lost++;
        err.println(plan.fileName(k) + ": error: lost: the pipeline gave no article and no error for this file");
      } else {
        extra += records - 1;
      }
      index.endFile(plan.fileName(k), plan.hash(k), fileArticles, fileErrors);
      fileErrors.clear();
      fileArticles = 0;
      nextFile = plan.positions[k] + 1;
      progress.done(k + 1);
    }

    /** Reports the unchanged files before input position {@code end}, reading them from the index. */
    void reportUnchangedUpTo(int end) throws IOException {
      for (; nextFile < end; nextFile++) {
        if (stored == null) {
          stored = new IndexedFiles(index.lastCommit());
        }
        String file = display(files.get(nextFile));
        IndexedFiles.StoredFile sf = stored.read(file);
        if (sf.records() == 0) {
          lost++;
          err.println(file + ": error: lost: the index holds no article and no error for this file");
          continue;
        }
        extra += sf.records() - 1;
        for (IndexedFiles.StoredArticle a : sf.articles()) {
          int flag = 0;
          if (a.signature() == null) {
            articles++;
            reports.accept(a.article(), null);
          } else {
            flag = report(a.article(), CsvReports.prepare(a.article()), BodySignature.fromBytes(a.signature()));
          }
          if (flag != a.duplicate()) {
            index.setDuplicate(file, a.seq(), flag);
          }
        }
        for (InputError e : sf.errors()) {
          errors++;
          reports.error(e);
        }
      }
    }

    /**
     * Checks {@code a} for duplicates, reports it (its {@code rows}); returns its duplicate flag (0,
     * 1 exact, 2 near).
     */
    private int report(ExtractedArticle a, CsvReports.Prepared rows, BodySignature sig) throws IOException {
      articles++;
      Deduplicator.Match m = dedup.check(sig, originals.size());
      if (m == null) {
        originals.add(a.article().path(), a.article().id());
        reports.accept(rows, null);
        return 0;
      }
      duplicates++;
      reports.accept(rows, new CsvReports.DuplicateOf(originals.path(m.reference()), originals.id(m.reference()),
          m.kind(), m.similarity()));
      return m.kind() == Deduplicator.Kind.EXACT ? 1 : 2;
    }
  }
}
