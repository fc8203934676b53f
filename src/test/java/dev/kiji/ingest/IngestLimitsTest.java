package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every limit of {@link IngestOptions} gives its error for the file or record, and the rest goes on. */
class IngestLimitsTest {

  /** Small limits so the cases stay small: 4 KiB files, 1 KiB records, 300-char articles. */
  static final IngestOptions SMALL =
      new IngestOptions(FieldNames.DEFAULTS, 4096, 1024, 300, 1L << 30, 100);

  private static List<String> entries(String name, byte[] b, IngestOptions o) {
    List<String> out = new ArrayList<>();
    try (ArticleStream s = Ingest.open(name, new ByteArrayInputStream(b), b.length, o)) {
      s.forEachRemaining(i -> out.add(i.article() != null ? "A " + i.article().path() : "E " + i.error()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      value = {
        "lineTooLong ¦ l.jsonl ¦ {\"title\":\"A\"}\\n{\"title\":\"<2000>\"}\\n{\"title\":\"C\"}\\n ¦ "
            + "A l.jsonl#1|E l.jsonl#2: line 2 too long (2012 bytes; limit 1024)|A l.jsonl#3",
        "articleTooLongInJsonl ¦ l.jsonl ¦ {\"title\":\"A\",\"body\":\"<400>\"}\\n{\"title\":\"B\"}\\n ¦ "
            + "E l.jsonl#1: line 1: article too long (403 characters; limit 300)|A l.jsonl#2",
        "articleTooLongInText ¦ t.txt ¦ 題\\n<400> ¦ E t.txt: article too long (402 characters; limit 300)",
        "fileTooLarge ¦ t.txt ¦ 題\\n<5000> ¦ E t.txt: file too large (5004 bytes; limit 4096)",
        "csvRecordTooLong ¦ c.csv ¦ title,body\\nA,本文\\nB,\"<140000> ¦ "
            + "A c.csv#1|E c.csv#2: row 2: CSV record too long (over 1024 characters); rest of the file not read",
        "jsonElementTooLong ¦ a.json ¦ [{\"title\":\"A\"},{\"title\":\"<140000>\"}] ¦ "
            + "A a.json#1|E a.json#2: record too long (over 1024 characters); rest of the file not read",
        "jsonTooDeep ¦ d.jsonl ¦ {\"title\":\"A\",\"x\":<[300>}\\n{\"title\":\"B\"}\\n ¦ "
            + "E d.jsonl#1: malformed JSON at line 1: Document nesting depth (201) exceeds the maximum allowed (200, from `StreamReadConstraints.getMaxNestingDepth()`)|A d.jsonl#2",
      })
  void testLimit(String name, String file, String content, String expected) {
    String c = content.strip().replace("\\n", "\n");
    // <N> is N x 'a'; <[N> is N nested arrays
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(\\[?)(\\d+)>").matcher(c);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(2));
      m.appendReplacement(sb, m.group(1).isEmpty() ? "a".repeat(n) : "[".repeat(n) + "]".repeat(n));
    }
    m.appendTail(sb);
    assertEquals(expected.strip(), String.join("|", entries(file.strip(), sb.toString().getBytes(StandardCharsets.UTF_8), SMALL)), name);
  }

  @Test
  void testGzipBombStoppedByRatio() {
    byte[] bomb = IngestRecordFormatsTest.gzip("a".repeat(24 << 20).getBytes(StandardCharsets.US_ASCII));
    assertTrue(bomb.length < 200_000, "" + bomb.length);
    List<String> e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> entries("bomb.txt.gz", bomb, IngestOptions.DEFAULTS));
    assertEquals(1, e.size());
    assertTrue(e.get(0).startsWith("E bomb.txt.gz: compression ratio over 100:1"), e.toString());
  }

  @Test
  void testGzipDecompressedSizeCap() {
    byte[] gz = IngestRecordFormatsTest.gzip("{\"title\":\"A\"}\n".repeat(1000).getBytes(StandardCharsets.US_ASCII));
    IngestOptions o = new IngestOptions(FieldNames.DEFAULTS, 4096, 1024, 300, 5000, 100);
    List<String> e = entries("cap.jsonl.gz", gz, o);
    assertEquals("E cap.jsonl.gz: decompressed size over 5000 bytes (gzip)", e.get(e.size() - 1));
    assertTrue(e.size() < 1000, "" + e.size());
  }

  @Test
  void testDeeplyNestedHtml() {
    String page = "<html><head><title>深い</title></head><body>" + "<div>".repeat(100_000) + "<p>本文です。</p>"
        + "</div>".repeat(100_000) + "</body></html>";
    List<String> e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> entries("deep.html", page.getBytes(StandardCharsets.UTF_8), IngestOptions.DEFAULTS));
    assertEquals(List.of("E deep.html: HTML nested too deeply (over 10000 open elements)"), e);
    String ok = "<html><body>" + "<div>".repeat(500) + "<p>本文です。" + "</div>".repeat(500) + "</body></html>";
    assertEquals(List.of("A ok.html"), entries("ok.html", ok.getBytes(StandardCharsets.UTF_8), IngestOptions.DEFAULTS));
  }

  @Test
  void testLineEndsAndControlCharactersInEveryFormat() {
    String[][] cases = {
      {"a.txt", "題\r\n本\u0007文\r続き\u0001"},
      {"a.jsonl", "{\"title\":\"題\",\"body\":\"本\\u0007文\\r\\n続き\\u0000\"}\r\n"},
      {"a.csv", "title,body\r\n題,\"本\u0007文\r\n続き\"\r\n"},
      {"a.html", "<html><body><h1>題</h1><p>本\u0007文</p><p>続き</p></body></html>"},
    };
    for (String[] c : cases) {
      IngestResult r = Ingest.read(c[0], c[1].getBytes(StandardCharsets.UTF_8));
      String text = r.articles().isEmpty() ? "" : r.articles().get(0).text();
      assertTrue(text.contains("本文\n続き"), c[0] + ": " + r);
      assertTrue(text.chars().noneMatch(ch -> ch == '\r' || Character.isISOControl(ch) && ch != '\n' && ch != '\t'), c[0]);
    }
  }
}
