package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.search.SearchFixture;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  @TempDir static Path dir;

  @BeforeAll
  static void index() throws Exception {
    SearchFixture.index(dir);
  }

  private static Cli search(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "search";
    all[1] = "--index";
    all[2] = dir.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return Cli.run(all);
  }

  @Test
  void testTextWithFacets() {
    Cli c = search("--facets", "type:COUNTRY");
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().startsWith("4 articles match type:COUNTRY (showing 1-4)"), c.out());
    assertTrue(c.out().contains("parties: 中国 (2), 米国 (2), 岸田文雄 (1), 日本 (1)"), c.out());
    assertTrue(c.out().contains("months:  2023-12 (1), 2024-02 (2), 2024-07 (1)"), c.out());
    assertTrue(c.out().contains("sources: news.example.jp (3), other.example.org (1)"), c.out());
  }

  @Test
  void testJsonPaging() throws Exception {
    Cli c = search("--format", "json", "--limit", "1", "--offset", "1", "--facets", "party:米国");
    assertEquals(0, c.code(), c.err());
    JsonNode doc = new ObjectMapper().readTree(c.out());
    assertEquals(2, doc.get("totalHits").asInt());
    assertEquals(1, doc.get("hits").size());
    assertEquals(2, doc.get("hits").get(0).get("rank").asInt());
    assertTrue(doc.get("hits").get(0).get("snippetHtml") == null, "html snippet is for the web page only");
    assertEquals("米国", doc.get("facets").get("parties").get(0).get("value").asText());
  }

  @Test
  void testCsvHitsThenFacets() throws Exception {
    Cli c = search("--format", "csv", "--facets", "amount<1億円");
    assertEquals(0, c.code(), c.err());
    String[] tables = c.out().split("\r\n\r\n");
    assertEquals(2, tables.length, c.out());
    List<CSVRecord> hits = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(tables[0])).getRecords();
    assertEquals(1, hits.size());
    assertEquals("f", hits.get(0).get("id"));
    assertEquals("地方の話題", hits.get(0).get("title"));
    List<CSVRecord> facets = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(tables[1])).getRecords();
    assertEquals("party", facets.get(0).get("facet"));
    assertEquals("中国", facets.get(0).get("value"));
  }

  @Test
  void testMalformedQueryIsAUsageErrorWithoutStackTrace() {
    Cli c = search("published:2024-13");
    assertEquals(Main.USAGE, c.code());
    assertEquals("kiji search: error: bad date '2024-13' in published:2024-13 (no such month or day)\n",
        c.err().replace("\r\n", "\n"));
    assertEquals("", c.out());
  }

  @Test
  void testServeRejectsABadPortAndAMissingIndex() {
    Cli bad = Cli.run("serve", "--index", dir.toString(), "--port", "70000");
    assertEquals(Main.USAGE, bad.code());
    assertEquals("kiji serve: error: --port must be 0..65535\n", bad.err().replace("\r\n", "\n"));
    Cli none = Cli.run("serve", "--index", dir.resolve("none").toString(), "--port", "0");
    assertEquals(Main.FAILED, none.code());
    assertTrue(none.err().contains("no index here (run `kiji analyze` first)"), none.err());
  }
}
