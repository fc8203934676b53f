package dev.kiji.extract;

import dev.kiji.SharedData;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.analyze.Analysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parties of the shared acceptance article, read in place (skipped when absent). */
class PartyExtractorAcceptanceTest {

  private static List<Mention> parties;
  private static JsonNode expected;

  @BeforeAll
  static void load() throws Exception {
    Path txt = SharedData.shared("acceptance/seed-article.txt");
    Path json = SharedData.shared("acceptance/seed-article.expected.json");
    expected = new ObjectMapper().readTree(json.toFile());
    parties =
        PartyExtractor.withDefaultLexicon()
            .extract(Analysis.analyze(Files.readString(txt)), ExtractionContext.none());
  }

  @Test
  void testEveryExpectedParty() {
    for (JsonNode p : expected.get("parties")) {
      String canonical = p.get("canonical").asText();
      String type = p.get("type").asText();
      List<Mention> ms = parties.stream().filter(m -> canonical.equals(m.canonical())).toList();
      assertTrue(
          ms.size() >= p.get("min_mentions").asInt(),
          () -> canonical + ": " + ms.size() + " mentions, want " + p.get("min_mentions"));
      for (Mention m : ms) {
        assertTrue(type.equals(m.subtype()), () -> canonical + " typed " + m.subtype());
      }
      for (JsonNode s : p.get("surfaces")) {
        assertTrue(
            ms.stream().anyMatch(m -> m.surface().equals(s.asText())),
            () -> canonical + ": surface " + s.asText() + " not found");
      }
    }
  }

  @Test
  void testNoTitleAloneAndOneCanonicalPerPerson() {
    Set<String> titlesAlone = Set.of("大統領", "首相", "長官", "前大統領");
    for (Mention m : parties) {
      assertFalse(titlesAlone.contains(m.surface()), () -> "title as party: " + m);
      assertFalse(titlesAlone.contains(m.canonical()), () -> "title as party: " + m);
    }
    for (String c : List.of("ゼレンシキー", "トランプ氏", "トランプ前大統領", "岸田", "アメリカ", "米", "露")) {
      assertFalse(parties.stream().anyMatch(m -> c.equals(m.canonical())), () -> "canonical " + c);
    }
  }
}
