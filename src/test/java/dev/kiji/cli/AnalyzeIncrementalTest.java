package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.report.CsvReports;
import dev.kiji.report.ReportFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs, duplicates and the reconciliation line, on the bundled corpus/ plus an exact
 * copy, a copy with a site header and footer, and an empty file. Every comparison is byte for byte
 * over every report file.
 */
class AnalyzeIncrementalTest {

  @TempDir static Path tmp;
  static Path source;
  static List<String> names;

  /** Every report analyze writes. */
  static List<String> reportFiles() {
    List<String> all = new ArrayList<>(List.of(CsvReports.ARTICLES, CsvReports.MENTIONS, CsvReports.ERRORS,
        CsvReports.DUPLICATES));
    all.addAll(ReportFiles.ALL);
    return all;
  }

  @BeforeAll
  static void corpus() throws IOException {
    source = tmp.resolve("source");
    Files.createDirectories(source);
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      for (Path p : s.filter(p -> !p.getFileName().toString().startsWith("README")).toList()) {
        Files.copy(p, source.resolve(p.getFileName()));
      }
    }
    Files.copy(Path.of("corpus/03-budget-fy2025.txt"), source.resolve("30-budget-copy.txt"));
    String story = Files.readString(Path.of("corpus/06-typhoon-kyushu.txt"));
    Files.writeString(source.resolve("31-typhoon-other-site.txt"),
        "ホーム > 社会 > 災害\n" + story + "\nこの記事をシェアする\n関連記事一覧\nCopyright 別のニュースサイト\n");
    Files.writeString(source.resolve("32-empty.txt"), "");
    try (Stream<Path> s = Files.list(source)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Replaces the contents of {@code folder} with these files of the source. */
  static void fill(Path folder, List<String> files) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> s = Files.list(folder)) {
        for (Path p : s.toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(folder);
    for (String f : files) {
      Files.copy(source.resolve(f), folder.resolve(f));
    }
  }

  static Cli analyze(Path corpus, Path index, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("analyze", "--corpus", corpus.toString(), "--index", index.toString(),
        "--out", out.toString()));
    args.addAll(List.of(more));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertTrue(r.code() == Main.OK || r.code() == Main.SOME_INPUT_FAILED, r.err() + r.out());
    return r;
  }

  static void assertSameReports(Path want, Path got) throws IOException {
    for (String f : reportFiles()) {
      assertEquals(Files.readString(want.resolve(f)), Files.readString(got.resolve(f)), f);
    }
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
  }

  @Test
  void testGrownCorpusThenChangedFileGiveTheFullRunsReports() throws IOException {
    Path corpus = tmp.resolve("grow/corpus");
    Path index = tmp.resolve("grow/index");
    // full run over A∪B, one thread
    fill(corpus, names);
    analyze(corpus, tmp.resolve("grow/full-index"), tmp.resolve("grow/full"), "--threads", "1");
    // A, then A∪B incrementally into one index, two threads
    fill(corpus, names.subList(0, 12));
    Cli first = analyze(corpus, index, tmp.resolve("grow/a"), "--threads", "2");
    assertTrue(first.out().contains("12 read, 0 unchanged (skipped)"), first.out());
    fill(corpus, names);
    Cli second = analyze(corpus, index, tmp.resolve("grow/ab"), "--threads", "2");
    assertTrue(second.out().contains((names.size() - 12) + " read, 12 unchanged (skipped)"), second.out());
    assertSameReports(tmp.resolve("grow/full"), tmp.resolve("grow/ab"));

    // a changed file: only it is read, and the reports equal a full run's
    Path changed = corpus.resolve("13-minato-city-library.txt");
    Files.writeString(changed, Files.readString(changed) + "\n市は来年度、分館の開館時間を延長すると発表した。\n");
    Cli third = analyze(corpus, index, tmp.resolve("grow/changed"));
    assertTrue(third.out().contains("1 read, " + (names.size() - 1) + " unchanged (skipped)"), third.out());
    analyze(corpus, tmp.resolve("grow/full-index2"), tmp.resolve("grow/full2"));
    assertSameReports(tmp.resolve("grow/full2"), tmp.resolve("grow/changed"));
    assertNotEquals(Files.readString(tmp.resolve("grow/full/mentions.csv")),
        Files.readString(tmp.resolve("grow/changed/mentions.csv")), "the change shows");
  }

  @Test
  void testDuplicatesAreListedAndCountedOnceAndTheRunReconciles() throws IOException {
    Path corpus = tmp.resolve("dup/corpus");
    fill(corpus, names);
    Path index = tmp.resolve("dup/index");
    Cli run = analyze(corpus, index, tmp.resolve("dup/out"));
    // 18 corpus files (one JSON Lines file of 4 articles), 2 copies, 1 empty file
    assertTrue(run.out().contains(
        "kiji analyze: files seen 21 + 3 more records in multi-record files = 21 articles + 2 duplicates + 1 errors"),
        run.out());

    List<CSVRecord> dups = csv(tmp.resolve("dup/out/duplicates.csv"));
    assertEquals(2, dups.size());
    assertEquals(corpus.resolve("30-budget-copy.txt").toString(), dups.get(0).get("path"));
    assertEquals(corpus.resolve("03-budget-fy2025.txt").toString(), dups.get(0).get("duplicate_of_path"));
    assertEquals("exact", dups.get(0).get("kind"));
    assertEquals(corpus.resolve("31-typhoon-other-site.txt").toString(), dups.get(1).get("path"));
    assertEquals(corpus.resolve("06-typhoon-kyushu.txt").toString(), dups.get(1).get("duplicate_of_path"));
    assertEquals("near", dups.get(1).get("kind"));

    // nothing lost: every file is in articles.csv or errors.csv
    List<String> listed = new ArrayList<>();
    csv(tmp.resolve("dup/out/articles.csv")).forEach(r -> listed.add(r.get("path").replaceFirst("#\\d+$", "")));
    csv(tmp.resolve("dup/out/errors.csv")).forEach(r -> listed.add(r.get("path").replaceFirst("#\\d+$", "")));
    for (String n : names) {
      assertTrue(listed.contains(corpus.resolve(n).toString()), n);
    }
    CSVRecord copy = csv(tmp.resolve("dup/out/articles.csv")).stream()
        .filter(r -> r.get("path").endsWith("30-budget-copy.txt")).findFirst().orElseThrow();
    assertTrue(copy.get("status").contains("duplicate of " + dups.get(0).get("duplicate_of_id") + " (exact)"),
        copy.get("status"));

    // duplicates are indexed: searchable like any article, file documents are not
    assertTrue(Cli.run("search", "--index", index.toString(), "--", "-存在しない語").out().startsWith("23 articles match"));

    // counted once by default: the same aggregates as without the copies
    fill(tmp.resolve("dup/plain"), names.stream().filter(n -> !n.startsWith("3")).toList());
    analyze(tmp.resolve("dup/plain"), tmp.resolve("dup/plain-index"), tmp.resolve("dup/plain-out"));
    for (String f : List.of(ReportFiles.ENTITIES, ReportFiles.TIMELINE, ReportFiles.COOCCURRENCE, ReportFiles.TERMS)) {
      assertEquals(Files.readString(tmp.resolve("dup/plain-out").resolve(f)), Files.readString(tmp.resolve("dup/out").resolve(f)), f);
    }
    // --keep-duplicates counts them all (an unchanged re-run: everything comes from the index)
    Cli keep = analyze(corpus, index, tmp.resolve("dup/keep"), "--keep-duplicates");
    assertTrue(keep.out().contains("0 read, 21 unchanged (skipped)"), keep.out());
    assertNotEquals(Files.readString(tmp.resolve("dup/out/entities.csv")), Files.readString(tmp.resolve("dup/keep/entities.csv")));
    assertEquals(Files.readString(tmp.resolve("dup/out/duplicates.csv")), Files.readString(tmp.resolve("dup/keep/duplicates.csv")));

    // kiji report agrees with analyze, with and without duplicates
    assertEquals(Main.OK, Cli.run("report", "--index", index.toString(), "--out", tmp.resolve("dup/r").toString()).code());
    assertEquals(Main.OK, Cli.run("report", "--index", index.toString(), "--out", tmp.resolve("dup/rk").toString(),
        "--keep-duplicates").code());
    for (String f : ReportFiles.ALL) {
      assertEquals(Files.readString(tmp.resolve("dup/out").resolve(f)), Files.readString(tmp.resolve("dup/r").resolve(f)), f);
      assertEquals(Files.readString(tmp.resolve("dup/keep").resolve(f)), Files.readString(tmp.resolve("dup/rk").resolve(f)), f);
    }
  }

  @Test
  void testVanishedFilesStaySearchableUnlessPruned() throws IOException {
    Path corpus = tmp.resolve("gone/corpus");
    Path index = tmp.resolve("gone/index");
    fill(corpus, names);
    analyze(corpus, index, tmp.resolve("gone/all"));
    Files.delete(corpus.resolve("01-ukraine-demining-aid.txt"));
    Cli kept = analyze(corpus, index, tmp.resolve("gone/kept"));
    assertTrue(kept.out().contains("files seen 20 "), kept.out());
    analyze(corpus, tmp.resolve("gone/fresh-index"), tmp.resolve("gone/fresh"));
    assertSameReports(tmp.resolve("gone/fresh"), tmp.resolve("gone/kept"));
    assertTrue(Cli.run("search", "--index", index.toString(), "地雷除去").out().contains("01-ukraine-demining-aid.txt"));

    Cli pruned = analyze(corpus, index, tmp.resolve("gone/pruned"), "--prune");
    assertTrue(pruned.out().contains("1 pruned"), pruned.out());
    assertSameReports(tmp.resolve("gone/fresh"), tmp.resolve("gone/pruned"));
    assertTrue(Cli.run("search", "--index", index.toString(), "地雷除去").out().startsWith("No articles match"));
  }
}
