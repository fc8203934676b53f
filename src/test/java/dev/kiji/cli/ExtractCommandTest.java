package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kiji extract} contract of DESIGN.md. */
class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isBlank()) {
        nodes.add(JSON.readTree(l));
      }
    }
    return nodes;
  }

  private static JsonNode only(List<JsonNode> nodes, String type) {
    List<JsonNode> of = nodes.stream().filter(n -> n.get("type").asText().equals(type)).toList();
    assertEquals(1, of.size(), type + " in " + nodes);
    return of.get(0);
  }

  @Test
  void testOffsetsAreCodePointsOfTheOriginalText() throws IOException {
    // 💡 is two UTF-16 chars but one code point; ４５ is full width in the input
    Path f = write("a.txt", "💡日本は４５億ドルを拠出");
    Cli r = Cli.run("extract", f.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode amount = only(lines(r.out()), "AMOUNT");
    assertEquals(f.toString(), amount.get("doc").asText());
    assertEquals(4, amount.get("start").asInt());
    assertEquals(9, amount.get("end").asInt());
    assertEquals("４５億ドル", amount.get("surface").asText());
    assertEquals("4500000000", amount.get("value").asText());
    assertEquals("USD", amount.get("unit").asText());
    assertEquals("MONEY", amount.get("subtype").asText());
    assertFalse(amount.has("canonical"), "fields that do not apply are left out");
  }

  @Test
  void testLinesModeNumbersDocumentsFromOne() throws IOException {
    Path f = write("l.txt", "何もない行\n費用は3億円だった\r\n");
    Cli r = Cli.run("extract", "--lines", f.toString());
    JsonNode amount = only(lines(r.out()), "AMOUNT");
    assertEquals("2", amount.get("doc").asText());
    assertEquals(3, amount.get("start").asInt());
    assertEquals("3億円", amount.get("surface").asText());
  }

  @Test
  void testReferenceDateResolvesRelativeDates() throws IOException {
    Path f = write("d.txt", "昨年の売上は伸びた。");
    JsonNode date = only(lines(Cli.run("extract", "--reference-date", "2025-03-01", f.toString()).out()), "DATE");
    assertEquals("2024", date.get("value").asText());
  }

  @Test
  void testCsvFormatHasHeaderAndRows() throws IOException {
    Path f = write("c.txt", "約3兆円の予算");
    Cli r = Cli.run("extract", "--format", "csv", f.toString());
    String[] rows = r.out().split("\r\n");
    assertEquals("doc,type,subtype,start,end,surface,value,unit,canonical,mod,role", rows[0]);
    assertTrue(rows[1].contains(",AMOUNT,MONEY,0,4,約3兆円,3000000000000,JPY,,APPROX,"), rows[1]);
  }

  @Test
  void testMissingAndUndecodableFilesAreReportedAndTheRestGoesOn() throws IOException {
    Path bad = dir.resolve("sjis.txt");
    Files.write(bad, "日本は45億ドル".getBytes("windows-31j"));
    Path good = write("g.txt", "45億ドル");
    Cli r = Cli.run("extract", dir.resolve("nope.txt").toString(), bad.toString(), good.toString());
    assertEquals(Main.SOME_INPUT_FAILED, r.code());
    assertTrue(r.err().contains(dir.resolve("nope.txt") + ": error: no such file"), r.err());
    assertTrue(r.err().contains(bad + ": error: not valid UTF-8"), r.err());
    assertEquals(good.toString(), only(lines(r.out()), "AMOUNT").get("doc").asText());
  }

  @Test
  void testBadReferenceDateIsAUsageError() {
    Cli r = Cli.run("extract", "--reference-date", "2025-13-45", "x.txt");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("--reference-date"), r.err());
  }
}
