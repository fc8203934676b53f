package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiji analyze} on the bundled corpus/, checked against the hand-made table
 * corpus-expectations.tsv and against the shape of every report.
 */
class AnalyzeEndToEndTest {

  @TempDir static Path tmp;

  private static Cli run;
  private static List<CSVRecord> articles;
  private static List<CSVRecord> mentions;
  private static List<CSVRecord> entities;
  private static List<CSVRecord> errors;

  @BeforeAll
  static void analyze() throws IOException {
    run = Cli.run("analyze", "--corpus", "corpus", "--out", tmp.resolve("reports").toString(),
        "--index", tmp.resolve("index").toString(), "--threads", "2");
    articles = read("articles.csv");
    mentions = read("mentions.csv");
    entities = read("entities.csv");
    errors = read("errors.csv");
  }

  static List<CSVRecord> read(String name) throws IOException {
    String text = Files.readString(tmp.resolve("reports").resolve(name), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), name + " starts with a byte order mark");
    try (Reader r = new StringReader(text.substring(1))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  @Test
  void testRunSucceedsAndSummarises() {
    assertEquals(Main.OK, run.code(), run.err());
    assertTrue(run.out().contains("18 files, 21 articles, 0 errors"), run.out());
    assertTrue(run.out().contains("mentions: " + mentions.size() + " "), run.out());
  }

  @Test
  void testArticlesCsvHasEveryArticleWithDatesAndCounts() {
    assertEquals(21, articles.size());
    assertEquals(0, errors.size());
    Map<String, CSVRecord> byPath = articles.stream().collect(Collectors.toMap(r -> r.get("path"), r -> r));
    CSVRecord first = byPath.get(Path.of("corpus", "01-ukraine-demining-aid.txt").toString());
    assertEquals("2024-06-14", first.get("published"));
    assertEquals("scraped-text", first.get("format"));
    assertEquals("ok", first.get("status"));
    long partyRows = mentions.stream()
        .filter(m -> m.get("article_id").equals(first.get("id")) && m.get("type").equals("PARTY")).count();
    assertEquals(Long.toString(partyRows), first.get("parties"));
    CSVRecord html = byPath.get(Path.of("corpus", "17-japan-us-tariff-deal.html").toString());
    assertEquals("html", html.get("format"));
    assertEquals("2025-07-24", html.get("published"));
    assertEquals(4, articles.stream().filter(r -> r.get("path").contains("18-wire.jsonl")).count());
  }

  /** One row of corpus-expectations.tsv. */
  record Expected(String file, String type, String surface, String value, String unit, String canonical, int count) {
    @Override
    public String toString() {
      return file + " " + type + " " + surface + " ×" + count;
    }
  }

  static List<Expected> expectations() throws IOException {
    List<Expected> out = new ArrayList<>();
    try (InputStream in = AnalyzeEndToEndTest.class.getResourceAsStream("/dev/kiji/corpus-expectations.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Expected(f[0], f[1], f[2], f[3], f[4], f[5], Integer.parseInt(f[6])));
      }
    }
    return out;
  }

  @Test
  void testMentionsMatchTheHandCheckedTable() throws IOException {
    Map<String, String> pathOfId = articles.stream().collect(Collectors.toMap(r -> r.get("id"), r -> r.get("path")));
    List<String> failures = new ArrayList<>();
    List<Expected> rows = expectations();
    assertTrue(rows.size() > 200, "the table has its rows");
    for (Expected e : rows) {
      List<CSVRecord> found = mentions.stream()
          .filter(m -> Path.of(pathOfId.get(m.get("article_id")).replaceFirst("#\\d+$", "")).getFileName().toString().equals(e.file()))
          .filter(m -> m.get("type").equals(e.type()) && m.get("surface").equals(e.surface()))
          .toList();
      long right = found.stream()
          .filter(m -> m.get("value").equals(e.value()) && m.get("unit").equals(e.unit()) && m.get("canonical").equals(e.canonical()))
          .count();
      boolean ok = e.type().equals("PARTY") ? right >= e.count() : right == e.count() && found.size() == e.count();
      if (!ok) {
        failures.add(e + ": found " + found.stream()
            .map(m -> m.get("surface") + "=" + m.get("value") + m.get("unit") + m.get("canonical")).toList());
      }
    }
    assertEquals(List.of(), failures, failures.size() + " of " + rows.size() + " rows differ");
  }

  @Test
  void testMentionOffsetsAreCodePointSpansOfTheSurface() {
    for (CSVRecord m : mentions) {
      int start = Integer.parseInt(m.get("start"));
      int end = Integer.parseInt(m.get("end"));
      assertEquals(m.get("surface").codePointCount(0, m.get("surface").length()), end - start, m.toString());
    }
  }

  @Test
  void testEntitiesMergeSpellingVariants() {
    CSVRecord z = entities.stream().filter(r -> r.get("canonical").equals("ゼレンスキー")).findFirst().orElseThrow();
    assertEquals("PERSON", z.get("type"));
    assertTrue(z.get("surfaces").contains("ゼレンシキー"), z.toString());
    long mentioned = mentions.stream().filter(m -> m.get("canonical").equals("ゼレンスキー")).count();
    assertEquals(Long.toString(mentioned), z.get("mentions"));
    assertEquals(1, entities.stream().filter(r -> r.get("canonical").equals("ゼレンスキー")).count());
    // rows are sorted by mentions, descending
    for (int i = 1; i < entities.size(); i++) {
      assertTrue(Integer.parseInt(entities.get(i - 1).get("mentions")) >= Integer.parseInt(entities.get(i).get("mentions")));
    }
  }

  @Test
  void testTheIndexAnswersSearches() {
    Cli r = Cli.run("search", "--index", tmp.resolve("index").toString(), "地雷除去");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("01-ukraine-demining-aid.txt"), r.out());
    assertTrue(r.out().contains("«地雷除去»") || r.out().contains("«地雷»«除去»"), r.out());
    Cli none = Cli.run("search", "--index", tmp.resolve("index").toString(), "存在しない単語の組み合わせ");
    assertTrue(none.out().startsWith("No articles match"), none.out());
  }

  @Test
  void testRunsAreByteIdentical() throws IOException {
    Path again = tmp.resolve("again");
    Cli second = Cli.run("analyze", "--corpus", "corpus", "--out", again.toString(),
        "--index", tmp.resolve("index2").toString(), "--threads", "1");
    assertEquals(Main.OK, second.code(), second.err());
    for (String name : List.of("articles.csv", "mentions.csv", "entities.csv", "errors.csv")) {
      assertEquals(Files.readString(tmp.resolve("reports").resolve(name)), Files.readString(again.resolve(name)), name);
    }
  }
}
