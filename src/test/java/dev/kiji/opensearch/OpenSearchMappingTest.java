package dev.kiji.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiji.extract.Extractors;
import dev.kiji.index.IndexField;
import dev.kiji.index.IndexSchema;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.Pipeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapping and documents are derived from IndexSchema's one declaration. */
class OpenSearchMappingTest {

  @Test
  void testEveryDeclaredFieldIsMapped() {
    JsonNode m = OpenSearchMapping.mappings();
    for (IndexField f : IndexSchema.FIELDS) {
      if (f.isFamily()) {
        assertEquals(f.name(), m.path("dynamic_templates").findValue("path_match").asText());
      } else {
        assertTrue(m.path("properties").has(f.name()), f.name());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      id        | {"type":"keyword"}
      party     | {"type":"keyword"}
      title     | {"type":"text","analyzer":"kiji_ja"}
      body      | {"type":"text","analyzer":"kiji_ja","index_options":"offsets"}
      published | {"type":"date","format":"strict_date"}
      mentions  | {"type":"text","index":false}
      """)
  void testFieldKindMapping(String field, String json) {
    assertEquals(json, OpenSearchMapping.mappings().path("properties").path(field).toString());
  }

  @Test
  void testAnalyzerChainUsesStandardKuromojiComponents() {
    JsonNode a = OpenSearchMapping.analysis();
    assertEquals("[\"kuromoji_baseform\",\"kuromoji_part_of_speech\",\"cjk_width\",\"ja_stop\",\"kuromoji_stemmer\",\"lowercase\"]",
        a.path("analyzer").path("kiji_ja").path("filter").toString());
    JsonNode t = a.path("tokenizer").path("kiji_kuromoji");
    assertEquals("search", t.path("mode").asText());
    assertFalse(t.path("discard_compound_token").asBoolean(true));
    assertTrue(t.path("user_dictionary_rules").toString().contains("トランプ"), t.toString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      \\uFF76\\uFF9E=>\\u30AC | half-width ガ as a pair
      \\uFF21=>\\u0041       | full-width A
      \\u3231=>\\u0028\\u682A\\u0029 | ㈱
      """)
  void testNfkcRules(String rule, String name) {
    assertTrue(OpenSearchMapping.nfkcRules().contains(rule), name);
  }

  @Test
  void testDocumentHoldsTheSchemaValues() {
    Article a = new Article("d1", "in/d1.txt", "米国が追加支援", LocalDate.of(2024, 2, 10), "https://news.example.jp/d",
        "米国が追加支援\n\n米国は日本に45億ドルの支援を決めた。岸田文雄首相は歓迎した。", "txt", "UTF-8");
    ObjectNode doc = OpenSearchDocuments.of(new Pipeline(Extractors.defaults(), 1).extract(a, List.of()));
    assertEquals("d1", doc.path("id").asText());
    assertEquals("2024-02-10", doc.path("published").asText());
    assertEquals(4.5e9, doc.path("amount.USD").asDouble());
    assertTrue(doc.path("party").toString().contains("岸田文雄"), doc.path("party").toString());
    assertTrue(doc.path("mention_type").toString().contains("MONEY"), doc.toString());
    assertEquals("news.example.jp", doc.path("site").asText());
  }
}
