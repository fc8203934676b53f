package dev.kiji.cli;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.IndexToken;
import dev.kiji.analyze.IndexTokens;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractors;
import dev.kiji.index.CorpusIndex;
import dev.kiji.index.IndexSchema;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.Ingest;
import dev.kiji.ingest.IngestOptions;
import dev.kiji.pipeline.ContentTerms;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.TokenReadings;
import dev.kiji.report.BodySignature;
import dev.kiji.report.CsvReports;
import dev.kiji.report.Deduplicator;
import dev.kiji.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiji bench}: in one process and on the same articles, the bare Kuromoji tokenizer
 * against the whole {@code analyze} pipeline, with each stage's share and the peak heap.
 * Warm-up rounds first, then {@code --repeat} measured rounds, each running (a), (b) and (c) in
 * turn so that a slow spell of a shared machine weighs on all of them; medians are printed, and
 * the ratios are the medians of each round's ratio.
 */
@Command(
    name = "bench",
    description = {
      "Measure the bare Kuromoji tokenizer and the full analyze pipeline on the same articles.",
      "",
      "Prints MB/s (UTF-8 input) of (a) the bare JapaneseTokenizer on 1 thread and on --threads, "
          + "(b) the full pipeline (ingest, analysis, extractors, index, reports) on --threads, "
          + "(c) each stage's share of one thread's time, (d) the ratio (b)/(a), (e) peak heap. "
          + "Medians of --repeat rounds, each running (a), (b) and (c) in turn, after --warmup rounds.",
      "",
      "With --search: p50/p99 latency of term, phrase, party-filtered and faceted queries on --index "
          + "(or on an index of --corpus built first in a temporary folder)."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Articles to measure on (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel runs (default: the number of cores).")
  Integer threads;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--search", description = "Measure query latency instead: p50/p99 of term, phrase, party-filtered and faceted queries.")
  boolean search;

  @Option(names = "--index", paramLabel = "DIR", description = "With --search: the index to query (default: one built from --corpus in a temporary folder).")
  Path index;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "400", description = "With --search: measured queries per kind, after as many warm-up queries (default: ${DEFAULT-VALUE}).")
  int queries;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || repeat < 1 || warmup < 0) {
      err.println("kiji bench: error: --threads and --repeat must be at least 1, --warmup at least 0");
      return Main.USAGE;
    }
    if (search && index != null) {
      if (!Files.isDirectory(index)) {
        err.println(index + ": error: no such folder");
        return Main.FAILED;
      }
      return SearchLatency.run(index, queries, out);
    }
    if (!Files.exists(corpus)) {
      err.println(corpus + ": error: no such file or folder");
      return Main.FAILED;
    }
    if (search) {
      Path tmp = Files.createTempDirectory("kiji-bench");
      try {
        long t0 = System.nanoTime();
        fullPipeline(Ingest.walk(List.of(corpus)), n, tmp);
        out.printf(Locale.ROOT, "kiji bench --search: index of %s built in %.1f s%n", corpus, (System.nanoTime() - t0) / 1e9);
        return SearchLatency.run(tmp.resolve("index"), queries, out);
      } finally {
        deleteTree(tmp);
      }
    }
    List<Path> files = Ingest.walk(List.of(corpus));
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      articles.addAll(Ingest.read(f).articles());
    }
    long bytes = 0;
    long chars = 0;
    for (Article a : articles) {
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
      chars += a.text().length();
    }
    double mb = bytes / 1e6;
    out.printf(Locale.ROOT, "kiji bench: %d files, %d articles, %.2f MB UTF-8, %d chars; %d cores, Java %s%n",
        files.size(), articles.size(), mb, chars, Runtime.getRuntime().availableProcessors(), Runtime.version());
    out.printf(Locale.ROOT, "  %d warm-up + %d measured rounds of (a), (b) and (c) in turn; medians%n", warmup, repeat);
    out.flush();

    // (a), (b) and (c) take turns within each round, so that a slow spell of the machine weighs on
    // the tokenizer and the pipeline alike; the ratios are the medians of each round's ratio
    for (int w = 0; w < warmup; w++) {
      round(articles, files, n);
    }
    List<Round> rounds = new ArrayList<>();
    for (int r = 0; r < repeat; r++) {
      rounds.add(round(articles, files, n));
    }
    double bare1 = median(rounds, Round::bare1);
    double bare1CpuMedian = median(rounds, Round::bare1Cpu);
    double bareN = median(rounds, Round::bareN);
    double full1 = median(rounds, Round::full1);
    double fullN = median(rounds, Round::fullN);
    long peak = rounds.stream().mapToLong(Round::peak).max().orElse(0);
    double[] stages = new double[rounds.get(0).stages().length];
    for (int k = 0; k < stages.length; k++) {
      int stage = k;
      stages[k] = median(rounds, r -> r.stages()[stage]);
    }
    double stageSum = Arrays.stream(stages, 0, 5).sum();

    out.printf(Locale.ROOT, "  (a) bare tokenizer, 1 thread:   %7.2f s  %6.2f MB/s  %,10.0f chars/s (CPU %.2f s)%n", bare1, mb / bare1,
        chars / bare1, bare1CpuMedian);
    out.printf(Locale.ROOT, "      bare tokenizer, %d threads:  %7.2f s  %6.2f MB/s%n", n, bareN, mb / bareN);
    out.printf(Locale.ROOT, "  (b) full pipeline, 1 thread:    %7.2f s  %6.2f MB/s  (process CPU %.2f s: the in-order reports "
        + "thread and Lucene's merges run beside the worker)%n", full1, mb / full1, median(rounds, Round::full1Cpu));
    out.printf(Locale.ROOT, "      full pipeline, %d threads:   %7.2f s  %6.2f MB/s  (process CPU %.2f s)%n", n, fullN, mb / fullN,
        median(rounds, Round::fullNCpu));
    out.printf(Locale.ROOT, "  (c) stages, one after the other on 1 thread (%.2f s): ingest %.0f%%, analysis %.0f%%, extraction %.0f%%, "
        + "index %.0f%%, reports %.0f%%%n", stageSum, 100 * stages[0] / stageSum, 100 * stages[1] / stageSum,
        100 * stages[2] / stageSum, 100 * stages[3] / stageSum, 100 * stages[4] / stageSum);
    out.printf(Locale.ROOT, "  (d) ratio (b)/(a): 1-thread pipeline %.2f × the 1-thread bare tokenizer (target ≥ 0.70); "
        + "%d-thread pipeline %.2f × (target ≥ 1.25), %.2f × the %d-thread bare tokenizer%n",
        median(rounds, r -> r.bare1() / r.full1()), n, median(rounds, r -> r.bare1() / r.fullN()),
        median(rounds, r -> r.bareN() / r.fullN()), n);
    out.printf(Locale.ROOT, "      CPU: bare tokenizer %.2f s, 1-thread pipeline %.2f s (ratio %.2f), stages on 1 thread %.2f s "
        + "(ratio %.2f)%n", bare1CpuMedian, median(rounds, Round::full1Cpu),
        median(rounds, r -> r.bare1Cpu() / r.full1Cpu()), stages[5], median(rounds, r -> r.bare1Cpu() / r.stages()[5]));
    out.printf(Locale.ROOT, "  (e) peak heap during the %d-thread pipeline: %.0f MB (max heap %.0f MB)%n",
        n, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    out.flush();
    return Main.OK;
  }

  /**
   * One round: (a) the bare tokenizer on 1 and on n threads (wall and CPU seconds), (b) the full
   * pipeline on 1 and on n threads (wall and process CPU seconds; peak heap of the n-thread run),
   * (c) the stage seconds and their CPU total.
   */
  private record Round(double bare1, double bare1Cpu, double bareN, double full1, double full1Cpu, double fullN,
      double fullNCpu, long peak, double[] stages) {}

  private static Round round(List<Article> articles, List<Path> files, int n) throws IOException {
    double[] b1 = bare(articles, 1);
    double[] bn = bare(articles, n);
    double[] f1 = fullPipeline(files, 1);
    resetPeaks();
    double[] fn = fullPipeline(files, n);
    long peak = peakHeap();
    return new Round(b1[0], b1[1], bn[0], f1[0], f1[1], fn[0], fn[1], peak, stageSeconds(files));
  }

  private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> value) {
    return median(rounds.stream().mapToDouble(value).toArray());
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** Kuromoji normal mode reading surface, base form, POS and reading: the tokenizer's own cost. */
  private static double[] bare(List<Article> articles, int threads) {
    long t0 = System.nanoTime();
    List<List<Article>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      parts.add(new ArrayList<>());
    }
    for (int i = 0; i < articles.size(); i++) {
      parts.get(i % threads).add(articles.get(i));
    }
    List<Thread> running = new ArrayList<>();
    java.util.concurrent.atomic.DoubleAdder cpu = new java.util.concurrent.atomic.DoubleAdder();
    for (List<Article> part : parts) {
      running.add(Thread.ofPlatform().name("kiji-bench").start(() -> cpu.add(tokenizeAll(part))));
    }
    for (Thread t : running) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return new double[] {(System.nanoTime() - t0) / 1e9, cpu.sum()};
  }

  /** CPU seconds the calling thread has used so far. */
  private static double cpuSeconds() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
  }

  /** Tokenizes every article; returns the CPU seconds this thread spent on it. */
  private static double tokenizeAll(List<Article> articles) {
    double cpu0 = cpuSeconds();
    JapaneseTokenizer tok = new JapaneseTokenizer(Analysis.userDictionary(), false, true, JapaneseTokenizer.Mode.NORMAL);
    CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
    BaseFormAttribute base = tok.addAttribute(BaseFormAttribute.class);
    PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
    ReadingAttribute reading = tok.addAttribute(ReadingAttribute.class);
    long sink = 0;
    try {
      for (Article a : articles) {
        tok.setReader(new StringReader(a.text()));
        tok.reset();
        while (tok.incrementToken()) {
          String b = base.getBaseForm();
          String r = reading.getReading();
          sink += term.length() + pos.getPartOfSpeech().length() + (b == null ? 0 : 1) + (r == null ? 0 : 1);
        }
        tok.end();
        tok.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (sink == 42) {
      System.getProperty("kiji.never"); // keeps the loop from being optimised away
    }
    return cpuSeconds() - cpu0;
  }

  /**
   * What {@code kiji analyze} runs (hashing, the pipeline into the corpus index with its commits,
   * duplicates and every report read back from the index), into a fresh throw-away folder.
   */
  private static double[] fullPipeline(List<Path> files, int threads) throws IOException {
    Path tmp = Files.createTempDirectory("kiji-bench");
    try {
      return fullPipeline(files, threads, tmp);
    } finally {
      deleteTree(tmp);
    }
  }

  /** {@link #fullPipeline(List, int)} into {@code tmp} (index and reports folders); wall and CPU seconds. */
  private static double[] fullPipeline(List<Path> files, int threads, Path tmp) throws IOException {
    double cpu0 = processCpuSeconds();
    long t0 = System.nanoTime();
    CsvReports reports = new CsvReports(tmp.resolve("reports"), ReportOptions.defaults(true), false);
    // analyze's default commit interval: 5,000 files or 30 s
    try (reports; CorpusIndex index = CorpusIndex.open(tmp.resolve("index"), IndexSchema.VERSION, 5_000, 30_000)) {
      new AnalyzeRun(Extractors.defaults(), threads, IngestOptions.DEFAULTS, new PrintWriter(Writer.nullWriter()))
          .run(files, index, reports, a -> {}, false, Deduplicator.DEFAULT_THRESHOLD, new AnalyzeRun.Progress() {
            @Override
            public void step(String name, int total) {}

            @Override
            public void done(int filesDone) {}
          });
    }
    return new double[] {(System.nanoTime() - t0) / 1e9, processCpuSeconds() - cpu0};
  }

  /** CPU seconds the whole process has used so far (all threads: JIT, GC and merges too). */
  private static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  /**
   * Seconds per stage when {@code kiji analyze}'s work is done one stage after the other on the
   * calling thread, article by article, then (index 5) that thread's CPU seconds (GC and Lucene's
   * merge threads not counted): ingest; analysis (NFKC, Kuromoji, index tokens); extraction
   * (extractors, content terms, readings); index (body signature, the corpus index's documents,
   * file documents, the final commit); reports (duplicates, report rows, report tables).
   */
  private static double[] stageSeconds(List<Path> files) throws IOException {
    Path tmp = Files.createTempDirectory("kiji-bench");
    double[] s = new double[6];
    double cpu0 = cpuSeconds();
    try {
      Extractors extractors = Extractors.defaults();
      CsvReports reports = new CsvReports(tmp.resolve("reports"), ReportOptions.defaults(true), false);
      Deduplicator dedup = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD);
      try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"), IndexSchema.VERSION, 5_000, 30_000)) {
        for (Path f : files) {
          long t0 = System.nanoTime();
          List<Article> read = Ingest.read(f).articles();
          s[0] += (System.nanoTime() - t0) / 1e9;
          String file = AnalyzeRun.display(f);
          int seq = 0;
          for (Article a : read) {
            long t1 = System.nanoTime();
            AnalyzedText text = Analysis.analyze(a.text());
            List<IndexToken> indexTokens = IndexTokens.of(text);
            long t2 = System.nanoTime();
            ExtractedArticle e = new ExtractedArticle(a, extractors.extract(text, new ExtractionContext(a.published())),
                List.of(), ContentTerms.count(text), TokenReadings.of(text.tokens()), indexTokens);
            long t3 = System.nanoTime();
            BodySignature sig = BodySignature.of(a.title(), a.text());
            index.addArticle(file, seq++, e, sig.toBytes());
            long t4 = System.nanoTime();
            Deduplicator.Match m = dedup.check(sig, 0);
            reports.accept(e, m == null ? null : new CsvReports.DuplicateOf(a.path(), a.id(), m.kind(), m.similarity()));
            long t5 = System.nanoTime();
            s[1] += (t2 - t1) / 1e9;
            s[2] += (t3 - t2) / 1e9;
            s[3] += (t4 - t3) / 1e9;
            s[4] += (t5 - t4) / 1e9;
          }
          long t6 = System.nanoTime();
          index.endFile(file, "", seq, List.of());
          s[3] += (System.nanoTime() - t6) / 1e9;
        }
        long t7 = System.nanoTime();
        index.commit();
        s[3] += (System.nanoTime() - t7) / 1e9;
      }
      long t8 = System.nanoTime();
      reports.close();
      s[4] += (System.nanoTime() - t8) / 1e9;
      s[5] = cpuSeconds() - cpu0;
      return s;
    } finally {
      deleteTree(tmp);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
