package dev.kiji.cli;

import dev.kiji.extract.Extractors;
import dev.kiji.extract.MentionType;
import dev.kiji.index.CorpusIndex;
import dev.kiji.index.FileHashes;
import dev.kiji.index.IndexSchema;
import dev.kiji.ingest.FieldNames;
import dev.kiji.ingest.Ingest;
import dev.kiji.ingest.IngestOptions;
import dev.kiji.opensearch.OpenSearchClient;
import dev.kiji.opensearch.OpenSearchIndexer;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.report.CsvReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.kiji.report.ReportFiles;
import dev.kiji.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kiji analyze}: the main job. Reads a corpus, writes CSV reports and a Lucene index. */
@Command(
    name = "analyze",
    description = {
      "Analyse a corpus: extract mentions, write the CSV reports and the search index.",
      "",
      "Reads every article under the --corpus folders. Writes into --out: articles.csv, "
          + "mentions.csv, errors.csv, duplicates.csv, entities.csv, timeline.csv, cooccurrence.csv, amounts.csv, "
          + "amount_totals.csv, terms.csv and report.html; and a Lucene index into --index "
          + "(kiji report rebuilds the aggregate reports from it with other filters).",
      "",
      "Incremental: files whose content hash is already in the index are not read again; the reports are "
          + "always written from the index, the same bytes as a full run. Duplicates (same body, or a near "
          + "copy) are listed in duplicates.csv and counted once in the aggregates (--keep-duplicates: all). "
          + "The last line reconciles: files seen = articles + duplicates + errors.",
      "",
      "Exit codes: 0 all read, 1 some inputs failed (see errors.csv), 2 usage, 3 run failed or a file was lost."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Input folder or file (repeatable; default: corpus).")
  List<Path> corpora = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "Report folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder; an existing index is updated, a changed file's articles replaced (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--prune", description = "Delete from the index the files not seen in this run (removed files); "
      + "without it they stay searchable.")
  boolean prune;

  @Option(names = "--opensearch", paramLabel = "URL",
      description = "Also index the articles into this OpenSearch cluster (e.g. http://localhost:9200; needs analysis-kuromoji).")
  String opensearch;

  @Option(names = "--opensearch-index", paramLabel = "NAME", defaultValue = "kiji",
      description = "OpenSearch index name, created with kiji's mapping if absent (default: ${DEFAULT-VALUE}).")
  String opensearchIndex;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Mixin ReportFlags report;

  @Option(names = "--near-threshold", paramLabel = "J", defaultValue = "0.85",
      description = "Estimated Jaccard similarity of 5-character shingles from which an article is a near "
          + "duplicate of an earlier one (default: ${DEFAULT-VALUE}).")
  double nearThreshold;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "5000",
      description = "Commit the index after N files (default: ${DEFAULT-VALUE}),")
  int commitEvery;

  @Option(names = "--commit-seconds", paramLabel = "S", defaultValue = "30",
      description = "or after S seconds, whichever comes first (default: ${DEFAULT-VALUE}); a killed run "
          + "leaves the index at its last commit and a re-run goes on from there.")
  double commitSeconds;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra party lexicon in the parties.tsv format (repeatable; bad lines exit 2).")
  List<Path> lexicons = new ArrayList<>();

  @Option(names = "--field", paramLabel = "ROLE=NAME",
      description = "JSON/CSV field holding the title, body, url or published date, tried before the "
          + "defaults (repeatable), e.g. --field body=article_text --field title=headline.")
  List<String> fields = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractors extractors = LexiconOption.extractors("analyze", lexicons, err);
    if (extractors == null) {
      return Main.USAGE;
    }
    List<Path> roots = corpora.isEmpty() ? List.of(Path.of("corpus")) : corpora;
    List<Path> missing = roots.stream().filter(p -> !Files.exists(p)).toList();
    for (Path p : missing) {
      err.println(p + ": error: no such file or folder");
    }
    if (!missing.isEmpty()) {
      return Main.FAILED;
    }
    if (!(nearThreshold > 0 && nearThreshold <= 1) || commitEvery < 1 || !(commitSeconds >= 0)) {
      err.println("kiji analyze: error: --near-threshold must be in (0, 1], --commit-every at least 1, "
          + "--commit-seconds 0 or more");
      return Main.USAGE;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      err.println("kiji analyze: error: --threads must be at least 1");
      return Main.USAGE;
    }
    ReportOptions options;
    try {
      options = report.options();
    } catch (IllegalArgumentException e) {
      err.println("kiji analyze: error: " + e.getMessage());
      return Main.USAGE;
    }
    IngestOptions ingest;
    try {
      ingest = IngestOptions.DEFAULTS.withFields(FieldNames.of(fields));
    } catch (IllegalArgumentException e) {
      err.println("kiji analyze: error: " + e.getMessage());
      return Main.USAGE;
    }
    long t0 = System.nanoTime();
    List<Path> files = Ingest.walk(roots);
    Progress progress = new Progress(err, t0);
    CsvReports reports = new CsvReports(out, options, report.keepDuplicates);
    OpenSearchClient client = null;
    OpenSearchIndexer remote = null;
    try {
      if (opensearch != null) {
        client = new OpenSearchClient(opensearch);
        remote = new OpenSearchIndexer(client, opensearchIndex);
      }
    } catch (IOException | IllegalArgumentException e) {
      if (client != null) {
        client.close();
      }
      err.println("kiji analyze: error: --opensearch: " + e.getMessage());
      return e instanceof IllegalArgumentException ? Main.USAGE : Main.FAILED;
    }
    AnalyzeRun.Totals totals;
    long closing;
    try (reports; CorpusIndex idx = CorpusIndex.open(index, fingerprint(), commitEvery, Math.round(commitSeconds * 1000));
        Remote os = new Remote(client, remote)) {
      totals = new AnalyzeRun(extractors, n, ingest, err).run(files, idx, reports, os::accept, prune, nearThreshold, progress);
      closing = System.nanoTime();
    }
    double closeSeconds = (System.nanoTime() - closing) / 1e9;
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<MentionType, Integer> counts = reports.mentionCounts();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int errors = reports.errors().size();
    stdout.printf(Locale.ROOT, "kiji analyze: %d files, %d articles, %d errors in %.1f s (%d threads)%n",
        files.size(), reports.articleCount(), errors, seconds, n);
    stdout.printf(Locale.ROOT, "  files:    %,d read, %,d unchanged (skipped)%s, %,d commits%n", totals.read(),
        totals.unchanged(), prune ? String.format(Locale.ROOT, ", %,d pruned", totals.pruned()) : "", totals.commits());
    stdout.printf(Locale.ROOT, "  time:     %.1f s hashing and comparing, %.1f s analysis, index and report rows, "
        + "%.1f s report tables%n", totals.planSeconds(), totals.analyseSeconds(), closeSeconds);
    stdout.printf(Locale.ROOT, "  mentions: %d (AMOUNT %d, DATE %d, DURATION %d, PARTY %d)%n", total,
        counts.getOrDefault(MentionType.AMOUNT, 0), counts.getOrDefault(MentionType.DATE, 0),
        counts.getOrDefault(MentionType.DURATION, 0), counts.getOrDefault(MentionType.PARTY, 0));
    stdout.printf(Locale.ROOT, "  reports:  %s (%s, %s, %s, %s, %s)%n", out, CsvReports.ARTICLES,
        CsvReports.MENTIONS, CsvReports.ERRORS, CsvReports.DUPLICATES, String.join(", ", ReportFiles.ALL));
    stdout.printf(Locale.ROOT, "  index:    %s%n", index);
    if (remote != null) {
      for (String e : remote.errors()) {
        err.println(opensearchIndex + ": error: " + e);
      }
      stdout.printf(Locale.ROOT, "  opensearch: %d documents in %s/%s, %d rejected%n", remote.documents(),
          client.url(), opensearchIndex, remote.errors().size());
    }
    stdout.println("kiji analyze: " + totals.reconciliation());
    stdout.flush();
    if (totals.lost() > 0) {
      return Main.FAILED;
    }
    boolean rejected = remote != null && !remote.errors().isEmpty();
    return errors > 0 || rejected ? Main.SOME_INPUT_FAILED : Main.OK;
  }

  /**
   * What else than a file's bytes decides what the index holds for it: schema version, lexicons,
   * the {@code --field} names of JSON/CSV records.
   */
  private String fingerprint() throws IOException {
    StringBuilder b = new StringBuilder(IndexSchema.VERSION);
    for (Path l : lexicons) {
      b.append(':').append(FileHashes.of(Files.readAllBytes(l)));
    }
    if (!fields.isEmpty()) {
      b.append(":fields=").append(String.join(";", fields));
    }
    return b.toString();
  }

  /** Prints "STEP N/M files" on stderr every two seconds once a run is long. */
  static final class Progress implements AnalyzeRun.Progress {
    private final PrintWriter err;
    private String step = "";
    private int total;
    private long last;

    Progress(PrintWriter err, long start) {
      this.err = err;
      this.last = start;
    }

    @Override
    public void step(String name, int total) {
      this.step = name;
      this.total = total;
    }

    @Override
    public void done(int done) {
      long now = System.nanoTime();
      if (now - last > 2_000_000_000L && done < total) {
        err.printf(Locale.ROOT, "kiji analyze: %s %,d/%,d files%n", step, done, total);
        err.flush();
        last = now;
      }
    }
  }

  /** The OpenSearch output, if any: closing it sends the last batch, then closes the client. */
  private record Remote(OpenSearchClient client, OpenSearchIndexer indexer) implements AutoCloseable {
    void accept(ExtractedArticle a) throws IOException {
      if (indexer != null) {
        indexer.accept(a);
      }
    }

    @Override
    public void close() throws IOException {
      if (client != null) {
        try (client) {
          indexer.close();
        }
      }
    }
  }
}
