package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kiji.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports of the bundled {@code corpus/} against the checked-in copies under {@code
 * src/test/resources/dev/kiji/golden/}. When an output change is intended, regenerate them with
 * {@value #REGENERATE} and review the diff ({@code git diff src/test/resources/dev/kiji/golden}).
 */
class ReportGoldenTest {

  static final String REGENERATE = "mvn -q test -Dtest=ReportGoldenTest -Dkiji.golden.update=true";
  static final Path GOLDEN = Path.of("src/test/resources/dev/kiji/golden");
  static final boolean UPDATE = Boolean.getBoolean("kiji.golden.update");

  @TempDir static Path tmp;
  static Path analyzed;
  static Path reported;

  static Stream<String> files() {
    List<String> all = new ArrayList<>(List.of(CsvReports.ARTICLES, CsvReports.MENTIONS, CsvReports.ERRORS, CsvReports.DUPLICATES));
    all.addAll(ReportFiles.ALL);
    return all.stream();
  }

  private static void kiji(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    assertEquals(Main.OK, code, err.toString());
  }

  @BeforeAll
  static void run() throws IOException {
    analyzed = tmp.resolve("analyze");
    reported = tmp.resolve("report");
    kiji("analyze", "--corpus", "corpus", "--out", analyzed.toString(), "--index", tmp.resolve("index").toString(),
        "--threads", "2");
    kiji("report", "--index", tmp.resolve("index").toString(), "--out", reported.toString());
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      for (String f : files().toList()) {
        Files.copy(analyzed.resolve(f), GOLDEN.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void analyzeOutputMatchesGoldenFile(String name) throws IOException {
    Path golden = GOLDEN.resolve(name);
    assertTrue(Files.exists(golden), golden + " is missing; create it with: " + REGENERATE);
    List<String> want = Files.readAllLines(golden, StandardCharsets.UTF_8);
    List<String> got = Files.readAllLines(analyzed.resolve(name), StandardCharsets.UTF_8);
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<end of file>";
      String g = i < got.size() ? got.get(i) : "<end of file>";
      if (!w.equals(g)) {
        fail(name + " differs from " + golden + " at line " + (i + 1) + ":\n  golden: " + w + "\n  now:    " + g
            + "\nIf the change is intended, regenerate the golden files with: " + REGENERATE);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void reportFromTheIndexEqualsWhatAnalyzeWrote(String name) throws IOException {
    if (!ReportFiles.ALL.contains(name)) {
      return; // per-article files are written by analyze only
    }
    assertEquals(Files.readString(analyzed.resolve(name)), Files.readString(reported.resolve(name)), name);
  }

  @Test
  void everyCsvStartsWithTheByteOrderMark() throws IOException {
    for (String f : files().toList()) {
      if (f.endsWith(".csv")) {
        byte[] b = Files.readAllBytes(analyzed.resolve(f));
        assertTrue(b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF, f);
      }
    }
  }
}
