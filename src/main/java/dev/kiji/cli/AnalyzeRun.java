package dev.kiji.cli;

import dev.kiji.extract.Extractor;
import dev.kiji.index.CorpusIndex;
import dev.kiji.index.FileHashes;
import dev.kiji.index.IndexSchema;
import dev.kiji.index.IndexedFiles;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ArticleSink;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.ingest.IngestOptions;
import dev.kiji.pipeline.Pipeline;
import dev.kiji.report.BodySignature;
import dev.kiji.report.CsvReports;
import dev.kiji.report.Deduplicator;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;

/**
 * One {@code kiji analyze} run over an index folder, in three steps:
 *
 * <ol>
 *   <li><b>plan</b>: hash every input file ({@link FileHashes}); a file whose path, hash and
 *       analysis fingerprint are in the index's last commit is <em>unchanged</em> and skipped;
 *   <li><b>index</b>: run the pipeline over the other files only, writing each file's articles
 *       and its file document into the index ({@link CorpusIndex}), committing every few thousand
 *       files or seconds; with prune, delete the files not seen;
 *   <li><b>report</b>: walk the whole input list again in input order, read each file back from
 *       the index ({@link IndexedFiles}), find duplicates ({@link Deduplicator}), write every
 *       report ({@link CsvReports}) and store the duplicate flags for {@code kiji report}.
 * </ol>
 *
 * <p>Because the reports are always written from the index in input order, a full run and an
 * incremental run over the same files give the same bytes, and so do 1 and 2 threads.
 */
final class AnalyzeRun {

  /** Counts of one run, for the closing lines. */
  record Totals(
      int files, int unchanged, int read, int articles, int duplicates, int errors, int lost, int extraRecords,
      int pruned, int commits, double planSeconds, double indexSeconds, double reportSeconds) {

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
   * Runs the three steps; {@code progress} gets the files done of each step; {@code also} sees
   * every article analysed in this run (new or changed files), from the worker threads.
   */
  Totals run(List<Path> files, CorpusIndex index, CsvReports reports, Pipeline.ConcurrentSink also, boolean prune,
      double nearThreshold, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    // 1. plan
    List<Path> todo = new ArrayList<>();
    byte[] hashes = new byte[16 * Math.max(16, files.size() / 8)];
    BitSet unreadable = new BitSet();
    BitSet known = new BitSet();
    HexFormat hex = HexFormat.of();
    int unchanged = 0;
    progress.step("hashing", files.size());
    int hashed = 0;
    for (Path f : files) {
      progress.done(hashed++);
      String hash = FileHashes.of(f);
      if (hash != null && index.unchanged(display(f), hash)) {
        unchanged++;
        continue;
      }
      int k = todo.size();
      known.set(k, index.known(display(f)));
      if (16 * (k + 1) > hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, hashes.length * 2);
      }
      if (hash == null) {
        unreadable.set(k);
      } else {
        System.arraycopy(hex.parseHex(hash), 0, hashes, 16 * k, 16);
      }
      todo.add(f);
    }

    long t1 = System.nanoTime();
    // 2. index
    progress.step("analysing", todo.size());
    FileSink sink = new FileSink(todo, hashes, unreadable, known, index);
    new Pipeline(extractor, threads, ingest).run(todo, sink, also, done -> {
      try {
        sink.filesDone(done);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      progress.done(done);
    });
    int pruned = 0;
    if (prune) {
      Set<String> keep = new HashSet<>();
      files.forEach(f -> keep.add(display(f)));
      pruned = index.prune(keep);
    }
    index.commit();

    long t2 = System.nanoTime();
    // 3. report
    int articles = 0;
    int duplicates = 0;
    int errors = 0;
    int lost = 0;
    int extra = 0;
    Deduplicator dedup = new Deduplicator(nearThreshold);
    progress.step("reporting", files.size());
    int reported = 0;
    try (DirectoryReader reader = index.reader()) {
      IndexedFiles stored = new IndexedFiles(reader);
      for (Path f : files) {
        progress.done(reported++);
        String file = display(f);
        IndexedFiles.StoredFile sf = stored.read(file);
        if (sf.records() == 0) {
          lost++;
          err.println(file + ": error: lost: the index holds no article and no error for this file");
          continue;
        }
        extra += sf.records() - 1;
        for (IndexedFiles.StoredArticle a : sf.articles()) {
          articles++;
          CsvReports.DuplicateOf of = null;
          int flag = 0;
          if (a.signature() != null) {
            Deduplicator.Match m = dedup.check(BodySignature.fromBytes(a.signature()), a.doc());
            if (m != null) {
              Document original = stored.document(m.reference());
              of = new CsvReports.DuplicateOf(original.get(IndexSchema.PATH), original.get(IndexSchema.ID), m.kind(),
                  m.similarity());
              flag = m.kind() == Deduplicator.Kind.EXACT ? 1 : 2;
              duplicates++;
            }
          }
          if (flag != a.duplicate()) {
            index.setDuplicate(file, a.seq(), flag);
          }
          reports.accept(a.article(), of);
        }
        for (InputError e : sf.errors()) {
          errors++;
          reports.error(e);
        }
      }
    }
    index.commit();
    long t3 = System.nanoTime();
    return new Totals(files.size(), unchanged, todo.size(), articles, duplicates, errors, lost, extra, pruned,
        index.commits(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
  }

  /**
   * Writes the pipeline's output into the index file by file: the pipeline calls the sink in input
   * order and reports each finished file through its progress callback.
   */
  private final class FileSink implements ArticleSink {
    private final List<Path> todo;
    private final byte[] hashes;
    private final BitSet unreadable;
    private final BitSet known;
    private final CorpusIndex index;
    private final List<InputError> errors = new ArrayList<>();
    private int current;
    private boolean begun;
    private int seq;

    FileSink(List<Path> todo, byte[] hashes, BitSet unreadable, BitSet known, CorpusIndex index) {
      this.todo = todo;
      this.known = known;
      this.hashes = hashes;
      this.unreadable = unreadable;
      this.index = index;
    }

    private void begin() throws IOException {
      if (!begun) {
        index.beginFile(display(todo.get(current)), known.get(current));
        begun = true;
      }
    }

    @Override
    public void accept(ExtractedArticle a) throws IOException {
      begin();
      for (String w : a.warnings()) {
        err.println(a.article().path() + ": warning: " + w);
      }
      BodySignature sig = BodySignature.of(a.article().title(), a.article().text());
      index.addArticle(display(todo.get(current)), seq++, a, sig.toBytes());
    }

    @Override
    public void error(InputError e) throws IOException {
      begin();
      err.println(e.path() + ": error: " + e.reason());
      errors.add(e);
    }

    /** Files 0 to done − 1 are complete. */
    void filesDone(int done) throws IOException {
      while (current < done) {
        begin();
        String hash = unreadable.get(current) ? "" : HexFormat.of().formatHex(hashes, 16 * current, 16 * current + 16);
        index.endFile(display(todo.get(current)), hash, seq, errors);
        errors.clear();
        seq = 0;
        begun = false;
        current++;
      }
    }

    @Override
    public void close() {}
  }
}
