package dev.kiji.cli;

import dev.kiji.report.Period;
import dev.kiji.report.ReportOptions;
import dev.kiji.report.Stopwords;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The report options shared by {@code kiji analyze}, {@code kiji report} and the Spark job. */
public final class ReportFlags {

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this date.")
  LocalDate to;

  @Option(names = "--type", paramLabel = "TYPE", split = ",",
      description = "Only parties of these types (PERSON, ORGANIZATION, COUNTRY, LOCATION...; repeatable or comma-separated).")
  List<String> types = new ArrayList<>();

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "1",
      description = "Drop rows counted fewer than N times (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--top", paramLabel = "N", defaultValue = "0",
      description = "Keep the first N rows (entities, terms, amount totals), the N top parties in the timeline, "
          + "N partners per party in co-occurrence (default: all; 10 partners).")
  int top;

  @Option(names = "--period", paramLabel = "P", defaultValue = "month",
      description = "Timeline bucket: day, week (ISO, 2025-W09), month or year (default: ${DEFAULT-VALUE}).")
  String period;

  @Option(names = "--bom", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Start every CSV with a UTF-8 byte order mark, for Excel (default: on; --no-bom to omit).")
  boolean bom;

  @Option(names = "--stopwords", paramLabel = "FILE",
      description = "More stopwords for terms.csv (Lucene format: one per line, # comments; repeatable).")
  List<Path> stopwords = new ArrayList<>();

  @Option(names = "--keep-duplicates",
      description = "Count duplicate articles (duplicates.csv) in the aggregate reports too (default: once, the original).")
  boolean keepDuplicates;

  /** True when duplicates count in the aggregates too ({@code --keep-duplicates}). */
  public boolean keepDuplicates() {
    return keepDuplicates;
  }

  /** The options, or an exception whose message is the usage error. */
  public ReportOptions options() throws IOException {
    Period p;
    try {
      p = Period.valueOf(period.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--period must be day, week, month or year: " + period);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("--min-count must be at least 1");
    }
    if (top < 0) {
      throw new IllegalArgumentException("--top must be 0 or more");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from is after --to");
    }
    Set<String> words = new HashSet<>(Stopwords.bundled());
    for (Path f : stopwords) {
      words.addAll(Stopwords.read(f));
    }
    return new ReportOptions(from, to, new HashSet<>(types), minCount, top, p, bom, words);
  }
}
