package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Ingest#readRecord}: one table row (as a JSON object) is one article, path as given. */
class IngestRecordTest {

  @Test
  void testRowWithEveryFieldKeepsPathAndUsesUrlForId() {
    IngestResult r = Ingest.readRecord("news.parquet#3",
        "{\"title\":\"見出し\",\"body\":\"本文です。\",\"url\":\"https://example.com/a\",\"published\":\"2025-02-27\"}");
    assertEquals(0, r.errors().size());
    Article a = r.articles().get(0);
    assertEquals("news.parquet#3", a.path());
    assertEquals(Article.stableId("https://example.com/a", "ignored"), a.id());
    assertEquals(LocalDate.of(2025, 2, 27), a.published());
    assertEquals("見出し\n\n本文です。", a.text());
    assertEquals("jsonl", a.format());
  }

  @Test
  void testRowWithoutUrlGetsPathId() {
    Article a = Ingest.readRecord("t.csv#1", "{\"title\":\"見出し\",\"body\":null}").articles().get(0);
    assertEquals(Article.stableId(null, "t.csv#1"), a.id());
    assertNull(a.published());
    assertEquals("見出し", a.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{\"title\":\"\",\"body\":\"  \"}| t#1: record: no title or body",
    "[1,2]| t#1: record: not a JSON object",
    "{\"title\":| t#1: malformed JSON record: ",
  })
  void testBadRowIsAnError(String json, String expected) {
    IngestResult r = Ingest.readRecord("t#1", json);
    assertEquals(0, r.articles().size());
    InputError e = r.errors().get(0);
    assertEquals(expected.strip(), (e.path() + ": " + e.reason()).substring(0, Math.min(expected.strip().length(), (e.path() + ": " + e.reason()).length())));
  }

  @Test
  void testUnreadableDateIsAWarning() {
    IngestResult r = Ingest.readRecord("t#2", "{\"body\":\"本文\",\"published\":\"someday\"}");
    assertEquals(1, r.articles().size());
    assertEquals("record: unrecognised date 'someday'", r.warnings().get(0).reason());
  }
}
