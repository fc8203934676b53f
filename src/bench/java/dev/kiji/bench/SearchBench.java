package dev.kiji.bench;

import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.cli.Main;
import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.SearchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency of {@link ArticleSearcher#search} (parse, top 10, highlighted snippets, total
 * count, facets when asked) over the livedoor corpus, indexed once under target/bench-index/.
 * {@code scale=10} holds every article ten times (a synthetic 60,860-article index, built under
 * {@code target/}, never committed). Each benchmark cycles through a few queries.
 * Mode.SampleTime: read p0.50 and p0.99 from the output.
 *
 * <pre>
 * KIJI_CORPUS=../shared/corpus/livedoor-ldcc mvn -q -Pbench test-compile exec:exec -Dbench.args="SearchBench"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx3g"})
public class SearchBench {

  private static final String[] TERMS = {"政府", "映画", "スマートフォン", "結婚", "試合"};
  private static final String[] PHRASES = {"\"日本代表\"", "\"記者会見\"", "\"新製品\"", "\"東日本大震災\""};
  private static final String[] PARTY = {"発表 party:米国", "試合 party:日本", "映画 party:中国", "published:2011 party:米国"};
  private static final String[] FACETED = {"政府", "映画", "女性", "アメリカ"};

  @Param({"1", "10"})
  int scale;

  Path folder;
  ArticleSearcher searcher;
  int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    folder = index(scale);
    searcher = ArticleSearcher.open(folder);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    searcher.close();
  }

  /**
   * The index of {@code scale} copies of livedoor in {@code target/bench-index/scale-N}, built on
   * first use (every JMH fork reuses it). Scale 1 is what {@code kiji analyze} writes (its reports
   * go to {@code target/bench-index/reports-1}); scale N adds the scale-1 segments N times (ids,
   * files and file documents repeat; the texts, terms and facets are those of livedoor, N times
   * over).
   */
  static Path index(int scale) throws IOException {
    Path folder = Path.of("target", "bench-index", "scale-" + scale);
    Path done = folder.resolve("complete");
    if (Files.exists(done)) {
      return folder;
    }
    deleteTree(folder);
    Files.createDirectories(folder);
    long t0 = System.nanoTime();
    if (scale == 1) {
      Path reports = folder.resolveSibling("reports-1");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(out), new PrintWriter(err), "analyze", "--corpus",
          LivedoorTexts.folder().toString(), "--index", folder.toString(), "--out", reports.toString());
      if (code != Main.OK && code != Main.SOME_INPUT_FAILED) {
        throw new IOException("kiji analyze exited " + code + ":\n" + err);
      }
      System.out.print(out);
    } else {
      Path one = index(1);
      try (FSDirectory src = FSDirectory.open(one);
          FSDirectory dst = FSDirectory.open(folder);
          IndexWriter w = new IndexWriter(dst, new IndexWriterConfig(new IndexAnalyzer()))) {
        for (int i = 0; i < scale; i++) {
          w.addIndexes(src);
        }
        w.maybeMerge();
        w.commit();
      }
    }
    Files.writeString(done, "");
    System.out.printf("%nscale %d: index built in %.1f s%n", scale, (System.nanoTime() - t0) / 1e9);
    return folder;
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private SearchResult run(String[] queries, boolean facets) throws Exception {
    String q = queries[next++ % queries.length];
    return searcher.search(q, 10, 0, facets);
  }

  @Benchmark
  public SearchResult term() throws Exception {
    return run(TERMS, false);
  }

  @Benchmark
  public SearchResult phrase() throws Exception {
    return run(PHRASES, false);
  }

  @Benchmark
  public SearchResult partyFiltered() throws Exception {
    return run(PARTY, false);
  }

  @Benchmark
  public SearchResult faceted() throws Exception {
    return run(FACETED, true);
  }

  /** Hit counts of the queries, to see what the benchmark measures. */
  public static void main(String[] args) throws Exception {
    SearchBench b = new SearchBench();
    b.scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    b.open();
    List<String> all = new ArrayList<>();
    for (String[] qs : new String[][] {TERMS, PHRASES, PARTY, FACETED}) {
      all.addAll(List.of(qs));
    }
    for (String q : all) {
      System.out.println(q + "\t" + b.searcher.search(q, 10, 0).totalHits());
    }
    b.close();
  }
}
