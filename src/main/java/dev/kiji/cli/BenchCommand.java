package dev.kiji.cli;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.IndexToken;
import dev.kiji.analyze.IndexTokens;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractors;
import dev.kiji.index.ArticleIndexer;
import dev.kiji.index.CorpusIndex;
import dev.kiji.index.IndexSchema;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.Ingest;
import dev.kiji.ingest.IngestOptions;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ArticleSink;
import dev.kiji.pipeline.ContentTerms;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.Pipeline;
import dev.kiji.pipeline.TokenReadings;
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
 * Warm-up runs first, then {@code --repeat} measured runs; medians are printed.
 */
@Command(
    name = "bench",
    description = {
      "Measure the bare Kuromoji tokenizer and the full analyze pipeline on the same articles.",
      "",
      "Prints MB/s (UTF-8 input) of (a) the bare JapaneseTokenizer on 1 thread and on --threads, "
          + "(b) the full pipeline (ingest, analysis, extractors, index, reports) on --threads, "
          + "(c) each stage's share of one thread's time, (d) the ratio (b)/(a), (e) peak heap. "
          + "Medians of --repeat runs after --warmup runs.",
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

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Measured runs (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
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
        CsvReports reports = new CsvReports(tmp.resolve("reports"), ReportOptions.defaults(true));
        try (reports; ArticleIndexer indexer = new ArticleIndexer(tmp.resolve("index"))) {
          new Pipeline(Extractors.defaults(), n).run(Ingest.walk(List.of(corpus)), reports, indexer::accept, done -> {});
        }
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
    out.printf(Locale.ROOT, "  %d warm-up + %d measured runs each; medians%n", warmup, repeat);
    out.flush();

    double[] bare1Cpu = new double[repeat];
    int[] run = new int[1];
    double bare1 = median(() -> {
      double[] wallCpu = bare(articles, 1);
      bare1Cpu[run[0]++ % repeat] = wallCpu[1];
      return wallCpu[0];
    });
    double bare1CpuMedian = median(bare1Cpu);
    double bareN = median(() -> bare(articles, n)[0]);
    long[] peak = new long[1];
    double full = median(() -> {
      resetPeaks();
      double s = fullPipeline(files, n);
      peak[0] = Math.max(peak[0], peakHeap());
      return s;
    });
    double[] stages = stageSeconds(files);
    double stageSum = Arrays.stream(stages, 0, 5).sum();
    double stageCpu = stages[5];

    out.printf(Locale.ROOT, "  (a) bare tokenizer, 1 thread:   %7.2f s  %6.2f MB/s  %,10.0f chars/s%n", bare1, mb / bare1, chars / bare1);
    out.printf(Locale.ROOT, "      bare tokenizer, %d threads:  %7.2f s  %6.2f MB/s%n", n, bareN, mb / bareN);
    out.printf(Locale.ROOT, "  (b) full pipeline, %d threads:   %7.2f s  %6.2f MB/s%n", n, full, mb / full);
    out.printf(Locale.ROOT, "  (c) stages on 1 thread (%.2f s): ingest %.0f%%, analysis %.0f%%, extraction %.0f%%, index %.0f%%, reports %.0f%%%n",
        stageSum, 100 * stages[0] / stageSum, 100 * stages[1] / stageSum, 100 * stages[2] / stageSum,
        100 * stages[3] / stageSum, 100 * stages[4] / stageSum);
    out.printf(Locale.ROOT, "  (d) ratio (b)/(a): %.2f of the 1-thread bare tokenizer, %.2f of the %d-thread one%n",
        bare1 / full, bareN / full, n);
    out.printf(Locale.ROOT, "      targets: 1-thread pipeline (stage sum) %.2f × the 1-thread bare tokenizer (target ≥ 0.70); "
        + "%d-thread pipeline %.2f × (target ≥ 1.25)%n", bare1 / stageSum, n, bare1 / full);
    out.printf(Locale.ROOT, "      CPU time of the 1-thread runs (less sensitive to other load): bare tokenizer %.2f s, "
        + "pipeline stages %.2f s, ratio %.2f%n", bare1CpuMedian, stageCpu, bare1CpuMedian / stageCpu);
    out.printf(Locale.ROOT, "  (e) peak heap during the full pipeline: %.0f MB (max heap %.0f MB)%n",
        peak[0] / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    out.flush();
    return Main.OK;
  }

  /** A measured run, in seconds. */
  @FunctionalInterface
  private interface Run {
    double seconds() throws IOException;
  }

  private double median(Run run) throws IOException {
    for (int i = 0; i < warmup; i++) {
      run.seconds();
    }
    double[] s = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      s[i] = run.seconds();
    }
    return median(s);
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
  private static double fullPipeline(List<Path> files, int threads) throws IOException {
    Path tmp = Files.createTempDirectory("kiji-bench");
    try {
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
      return (System.nanoTime() - t0) / 1e9;
    } finally {
      deleteTree(tmp);
    }
  }

  /**
   * Seconds per stage on one thread, then (index 5) the CPU seconds of the whole pass (the calling
   * thread's only: GC and Lucene's merge threads are not counted): ingest, analysis (NFKC, Kuromoji, index tokens), extraction
   * (extractors, content terms, readings), index, reports: the work of {@link Pipeline#extract}
   * and of the sinks, article by article.
   */
  private static double[] stageSeconds(List<Path> files) throws IOException {
    Path tmp = Files.createTempDirectory("kiji-bench");
    double[] s = new double[6];
    double cpu0 = cpuSeconds();
    try {
      Extractors extractors = Extractors.defaults();
      CsvReports reports = new CsvReports(tmp.resolve("reports"), ReportOptions.defaults(true));
      ArticleIndexer indexer = new ArticleIndexer(tmp.resolve("index"));
      for (Path f : files) {
        long t0 = System.nanoTime();
        List<Article> read = Ingest.read(f).articles();
        s[0] += (System.nanoTime() - t0) / 1e9;
        for (Article a : read) {
          long t1 = System.nanoTime();
          AnalyzedText text = Analysis.analyze(a.text());
          List<IndexToken> indexTokens = IndexTokens.of(text);
          long t2 = System.nanoTime();
          ExtractedArticle e = new ExtractedArticle(a, extractors.extract(text, new ExtractionContext(a.published())),
              List.of(), ContentTerms.count(text), TokenReadings.of(text.tokens()), indexTokens);
          long t3 = System.nanoTime();
          indexer.accept(e);
          long t4 = System.nanoTime();
          reports.accept(e);
          long t5 = System.nanoTime();
          s[1] += (t2 - t1) / 1e9;
          s[2] += (t3 - t2) / 1e9;
          s[3] += (t4 - t3) / 1e9;
          s[4] += (t5 - t4) / 1e9;
        }
      }
      long t6 = System.nanoTime();
      indexer.close();
      long t7 = System.nanoTime();
      reports.close();
      s[3] += (t7 - t6) / 1e9;
      s[4] += (System.nanoTime() - t7) / 1e9;
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
