package dev.kiji.bench;

import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import dev.kiji.index.StoredArticles;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.report.CsvReports;
import dev.kiji.report.MentionJson;
import dev.kiji.report.ReportOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of the report stage of {@code kiji analyze} on one thread: every article of an index
 * (read back once, outside the timed part) through {@link CsvReports#prepare} (the part the
 * worker threads can run), {@link CsvReports#accept} and {@link CsvReports#close}; and of
 * {@link MentionJson#line} / {@link MentionJson#parse} over all their mentions.
 *
 * <pre>{@code
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.ReportCost -Dbench.args="/tmp/idx 3 5"
 * }</pre>
 *
 * Arguments: index folder (written by kiji analyze), warm-up rounds, measured rounds. Prints
 * CPU milliseconds per round (median of the measured rounds).
 */
public final class ReportCost {

  private ReportCost() {}

  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<ExtractedArticle> articles = new ArrayList<>();
    StoredArticles.forEach(index, true, articles::add);
    List<String[]> lines = new ArrayList<>();
    int mentions = 0;
    for (ExtractedArticle a : articles) {
      CodePoints cp = CodePoints.of(a.article().text());
      String[] l = new String[a.mentions().size()];
      for (int i = 0; i < l.length; i++) {
        l[i] = MentionJson.line(a.article().id(), a.mentions().get(i), cp);
      }
      lines.add(l);
      mentions += l.length;
    }
    System.out.printf(Locale.ROOT, "%d articles, %d mentions%n", articles.size(), mentions);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Path tmp = Files.createTempDirectory("report-cost");
    long[] prepare = new long[rounds];
    long[] serial = new long[rounds];
    long[] accept = new long[rounds];
    long[] whole = new long[rounds];
    long[] line = new long[rounds];
    long[] parse = new long[rounds];
    long sink = 0;
    for (int r = -warm; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      List<CsvReports.Prepared> prepared = new ArrayList<>(articles.size());
      for (ExtractedArticle a : articles) {
        prepared.add(CsvReports.prepare(a));
      }
      long t1 = mx.getCurrentThreadCpuTime();
      CsvReports serialReports = new CsvReports(tmp.resolve("p"), ReportOptions.defaults(true));
      for (CsvReports.Prepared p : prepared) {
        serialReports.accept(p, null);
      }
      long t1b = mx.getCurrentThreadCpuTime();
      serialReports.close();
      long t2 = mx.getCurrentThreadCpuTime();
      try (CsvReports reports = new CsvReports(tmp.resolve("w"), ReportOptions.defaults(true))) {
        for (ExtractedArticle a : articles) {
          reports.accept(a, null);
        }
      }
      long t3 = mx.getCurrentThreadCpuTime();
      for (ExtractedArticle a : articles) {
        CodePoints cp = CodePoints.of(a.article().text());
        for (Mention m : a.mentions()) {
          sink += MentionJson.line(a.article().id(), m, cp).length();
        }
      }
      long t4 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < articles.size(); i++) {
        String text = articles.get(i).article().text();
        for (String l : lines.get(i)) {
          sink += MentionJson.parse(l, text).start();
        }
      }
      long t5 = mx.getCurrentThreadCpuTime();
      if (r >= 0) {
        prepare[r] = t1 - t0;
        serial[r] = t2 - t1;
        accept[r] = t1b - t1;
        whole[r] = t3 - t2;
        line[r] = t4 - t3;
        parse[r] = t5 - t4;
      }
    }
    System.out.printf(Locale.ROOT,
        "CPU ms (median of %d): prepare %.0f, accept(Prepared)+close %.0f (accept %.0f), accept(article)+close %.0f, line %.0f, parse %.0f  (%d)%n",
        rounds, median(prepare), median(serial), median(accept), median(whole), median(line), median(parse), sink % 10);
  }

  private static double median(long[] ns) {
    long[] s = ns.clone();
    java.util.Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }
}
