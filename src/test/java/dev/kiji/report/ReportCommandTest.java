package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.cli.Main;
import dev.kiji.index.TestIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kiji report} over a small hand-made index: filters, options and exit codes. */
class ReportCommandTest {

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void index() throws IOException {
    index = tmp.resolve("index");
    TestIndex.write(index, List.of(
        Doc.of("a", "2025-02-27", "トランプ大統領は日本に45億ドルを求めた。")
            .party("トランプ", "トランプ", "PERSON", "大統領").party("日本", "日本", "COUNTRY")
            .money("45億ドル", "4500000000", "USD").term("関税/名詞", 2).term("要求/名詞", 1).build(),
        Doc.of("b", "2025-03-03", "米国は日本に関税を課す。")
            .party("米国", "米国", "COUNTRY").party("日本", "日本", "COUNTRY").term("関税/名詞", 1).build()));
  }

  record Run(int code, String out, String err) {}

  static Run kiji(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static List<CSVRecord> csv(Path f) throws IOException {
    String s = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "");
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(s))) {
      return new ArrayList<>(p.getRecords());
    }
  }

  static List<String> column(Path f, String name) throws IOException {
    return csv(f).stream().map(r -> r.get(name)).toList();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
    "--from 2025-03-01          | entities.csv | 日本 米国",
    "--to 2025-02-28            | entities.csv | トランプ 日本",
    "--type PERSON              | entities.csv | トランプ",
    "--type person,country      | entities.csv | 日本 トランプ 米国",
    "--min-count 2              | entities.csv | 日本",
    "--top 1                    | entities.csv | 日本",
  })
  void filtersShapeTheReports(String flags, String file, String expected) throws IOException {
    Path out = tmp.resolve("out-" + flags.replaceAll("\\W", ""));
    List<String> args = new ArrayList<>(List.of("report", "--index", index.toString(), "--out", out.toString()));
    args.addAll(List.of(flags.split(" ")));
    Run r = kiji(args.toArray(String[]::new));
    assertEquals(Main.OK, r.code(), r.err());
    assertEquals(expected, String.join(" ", column(out.resolve(file), "canonical")));
  }

  @ParameterizedTest(name = "--period {0}")
  @CsvSource({"day, 2025-02-27 2025-03-03", "week, 2025-W09 2025-W10", "month, 2025-02 2025-03", "year, 2025"})
  void periodSetsTheTimelineBucket(String period, String keys) throws IOException {
    Path out = tmp.resolve("period-" + period);
    Run r = kiji("report", "--index", index.toString(), "--out", out.toString(), "--period", period);
    assertEquals(Main.OK, r.code(), r.err());
    List<String> japan = new ArrayList<>();
    for (CSVRecord c : csv(out.resolve(ReportFiles.TIMELINE))) {
      if (c.get("party").equals("日本")) {
        japan.add(c.get("period"));
      }
    }
    assertEquals(List.of(keys.split(" ")), japan);
  }

  @Test
  void noBomAndUserStopwords() throws IOException {
    Path words = tmp.resolve("mine.txt");
    Files.writeString(words, "# mine\n要求\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("nobom");
    Run r = kiji("report", "--index", index.toString(), "--out", out.toString(), "--no-bom", "--stopwords", words.toString());
    assertEquals(Main.OK, r.code(), r.err());
    byte[] b = Files.readAllBytes(out.resolve(ReportFiles.TERMS));
    assertEquals('t', b[0], "no byte order mark");
    assertEquals(List.of("関税"), column(out.resolve(ReportFiles.TERMS), "term"));
    assertEquals(List.of("3"), column(out.resolve(ReportFiles.TERMS), "count"));
  }

  @Test
  void amountsNameTheNearestPartyAndTotalsAddUp() throws IOException {
    Path out = tmp.resolve("amounts");
    assertEquals(Main.OK, kiji("report", "--index", index.toString(), "--out", out.toString()).code());
    CSVRecord a = csv(out.resolve(ReportFiles.AMOUNTS)).get(0);
    assertEquals("日本", a.get("party"));
    assertEquals("4500000000", a.get("value"));
    assertEquals("USD", a.get("currency"));
    CSVRecord t = csv(out.resolve(ReportFiles.AMOUNT_TOTALS)).get(0);
    assertEquals("日本 USD 1 4500000000", t.get("party") + " " + t.get("currency") + " " + t.get("amounts") + " " + t.get("total"));
  }

  @ParameterizedTest(name = "{0} -> exit {1}")
  @CsvSource(delimiter = '|', value = {
    "--period fortnight   | 2 | --period must be day, week, month or year",
    "--min-count 0        | 2 | --min-count must be at least 1",
    "--from 2025-05-01 --to 2025-01-01 | 2 | --from is after --to",
    "--from 2025-13-01    | 2 | 2025-13-01",
    "--index nowhere/idx  | 3 | no such index folder",
  })
  void badOptionsAreUsageErrors(String flags, int code, String message) {
    List<String> args = new ArrayList<>(List.of("report", "--out", tmp.resolve("bad").toString()));
    if (!flags.startsWith("--index")) {
      args.addAll(List.of("--index", index.toString()));
    }
    args.addAll(List.of(flags.split(" ")));
    Run r = kiji(args.toArray(String[]::new));
    assertEquals(code, r.code(), r.err());
    assertTrue(r.err().contains(message), r.err());
  }
}
