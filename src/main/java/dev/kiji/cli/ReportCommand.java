package dev.kiji.cli;

import dev.kiji.index.StoredArticles;
import dev.kiji.report.CorpusReport;
import dev.kiji.report.PreparedArticle;
import dev.kiji.report.ReportFiles;
import dev.kiji.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiji report}: rebuilds the aggregate reports from the index of an earlier {@code kiji
 * analyze}, without re-analysing: {@code kiji report --index index --out reports/2025 --from
 * 2025-01-01 --period week --top 50}.
 */
@Command(
    name = "report",
    description = {
      "Rebuild the aggregate reports from an existing index (no re-analysis): entities.csv,",
      "timeline.csv, cooccurrence.csv, amounts.csv, amount_totals.csv, terms.csv and report.html,",
      "with the filters below. Articles that the last kiji analyze found to be duplicates are counted once",
      "(--keep-duplicates: all).",
      "Exit codes: 0 done, 2 usage, 3 no readable index or output failed."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder written by kiji analyze (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "Report folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin ReportFlags report;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that read and decode the stored articles (default: the number of cores); the reports are the same.")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportOptions options;
    try {
      options = report.options();
    } catch (IllegalArgumentException e) {
      err.println("kiji report: error: " + e.getMessage());
      return Main.USAGE;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      err.println("kiji report: error: --threads must be at least 1");
      return Main.USAGE;
    }
    if (!Files.isDirectory(index)) {
      err.println(index + ": error: no such index folder (run kiji analyze --index " + index + " first)");
      return Main.FAILED;
    }
    long t0 = System.nanoTime();
    CorpusReport corpus = new CorpusReport(options);
    int read;
    try {
      // reading, decoding and preparing run on every thread; the counts take one article at a
      // time, in any order (the tables do not depend on it, see CorpusReport#merge)
      read = StoredArticles.forEach(index, report.keepDuplicates, n, a -> {
        PreparedArticle p = CorpusReport.prepare(a);
        synchronized (corpus) {
          corpus.accept(p);
        }
      });
    } catch (IOException | IllegalArgumentException e) {
      err.println(index + ": error: cannot read the index: " + e.getMessage());
      return Main.FAILED;
    }
    long t1 = System.nanoTime();
    CorpusReport.Tables tables = corpus.tables();
    ReportFiles.write(out, tables, options);
    long t2 = System.nanoTime();
    stdout.printf(Locale.ROOT, "kiji report: %d articles read, %d kept, %d parties in %.1f s (index %.1f s, tables and files %.1f s)%n",
        read, tables.summary().articles(), tables.entities().size(), (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    stdout.printf(Locale.ROOT, "  reports:  %s (%s)%n", out, String.join(", ", ReportFiles.ALL));
    stdout.flush();
    return Main.OK;
  }
}
