package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiji.SharedData;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-checked expectations of ../shared/acceptance/ against {@code kiji extract}: every
 * listed amount, date and duration with its value and count, the parties with their canonical
 * names, and none of the must-not items. Reads both files in place.
 */
class SeedArticleAcceptanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode expected;
  private static String text;
  private static List<JsonNode> mentions;

  @BeforeAll
  static void extract() throws IOException {
    Path article = SharedData.shared("acceptance/seed-article.txt");
    expected = JSON.readTree(SharedData.shared("acceptance/seed-article.expected.json").toFile());
    text = Files.readString(article, StandardCharsets.UTF_8);
    Cli r = Cli.run("extract", "--reference-date", expected.get("reference_date").asText(), article.toString());
    assertEquals(0, r.code(), r.err());
    mentions = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isBlank()) {
        mentions.add(JSON.readTree(line));
      }
    }
  }

  private static List<JsonNode> ofType(String type) {
    return mentions.stream().filter(m -> m.get("type").asText().equals(type)).toList();
  }

  private static String str(JsonNode m, String field) {
    return m.has(field) ? m.get(field).asText() : null;
  }

  @Test
  void testEverySurfaceIsTheTextAtItsCodePointOffsets() {
    int[] cps = text.codePoints().toArray();
    for (JsonNode m : mentions) {
      int start = m.get("start").asInt();
      int end = m.get("end").asInt();
      assertEquals(m.get("surface").asText(), new String(cps, start, end - start), m.toString());
    }
  }

  private static void assertCountsAndValues(String type, String listName, boolean withUnit) {
    for (JsonNode e : expected.get(listName)) {
      String surface = e.get("surface").asText();
      List<JsonNode> found = ofType(type).stream().filter(m -> surface.equals(str(m, "surface"))).toList();
      assertEquals(e.get("count").asInt(), found.size(), type + " " + surface + " in " + ofType(type));
      for (JsonNode m : found) {
        assertEquals(e.get("value").asText(), str(m, "value"), m.toString());
        if (withUnit) {
          assertEquals(e.get("unit").asText(), str(m, "unit"), m.toString());
        }
      }
    }
  }

  @Test
  void testAmounts() {
    assertCountsAndValues("AMOUNT", "amounts", true);
  }

  @Test
  void testDates() {
    assertCountsAndValues("DATE", "dates", false);
  }

  @Test
  void testDurations() {
    assertCountsAndValues("DURATION", "durations", false);
  }

  @Test
  void testParties() {
    List<JsonNode> parties = ofType("PARTY");
    for (JsonNode e : expected.get("parties")) {
      String canonical = e.get("canonical").asText();
      List<JsonNode> rows = parties.stream().filter(m -> canonical.equals(str(m, "canonical"))).toList();
      assertTrue(rows.size() >= e.get("min_mentions").asInt(),
          canonical + ": " + rows.size() + " mentions, expected at least " + e.get("min_mentions"));
      Set<String> types = rows.stream().map(m -> str(m, "subtype")).collect(Collectors.toSet());
      assertEquals(Set.of(e.get("type").asText()), types, canonical);
      Set<String> surfaces = rows.stream().map(m -> str(m, "surface")).collect(Collectors.toSet());
      for (JsonNode s : e.get("surfaces")) {
        assertTrue(surfaces.contains(s.asText()), canonical + " lacks surface " + s + ": " + surfaces);
      }
    }
  }

  @Test
  void testNoMoneyForOrdinalCountryCount() {
    for (JsonNode m : ofType("AMOUNT")) {
      assertTrue(!str(m, "surface").contains("か国"), m.toString());
    }
  }

  @Test
  void testNoDateInsideUrls() {
    Matcher url = Pattern.compile("https?://[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+").matcher(text);
    int[] cps = text.codePoints().toArray();
    List<int[]> spans = new ArrayList<>();
    while (url.find()) {
      int s = text.codePointCount(0, url.start());
      spans.add(new int[] {s, s + text.codePointCount(url.start(), url.end())});
    }
    assertEquals(2, spans.size(), "the article has two source URLs");
    for (JsonNode m : mentions) {
      int start = m.get("start").asInt();
      for (int[] u : spans) {
        assertTrue(start < u[0] || start >= u[1],
            "mention inside URL " + new String(cps, u[0], u[1] - u[0]) + ": " + m);
      }
    }
  }

  @Test
  void testNoTitleAloneIsAParty() {
    Set<String> titles = Set.of("大統領", "首相", "長官", "前大統領");
    for (JsonNode m : ofType("PARTY")) {
      assertTrue(!titles.contains(str(m, "surface")), m.toString());
    }
  }

  @Test
  void testOneCanonicalNamePerPerson() {
    for (String[] variants : new String[][] {{"ゼレンスキー", "ゼレンシキー"}, {"トランプ"}}) {
      Set<String> canonicals = new HashSet<>();
      for (JsonNode m : ofType("PARTY")) {
        for (String v : variants) {
          if (str(m, "surface").contains(v)) {
            canonicals.add(str(m, "canonical"));
          }
        }
      }
      assertEquals(1, canonicals.size(), String.join("/", variants) + " → " + canonicals);
    }
  }
}
