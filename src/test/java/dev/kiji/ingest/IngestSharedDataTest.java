package dev.kiji.ingest;

import dev.kiji.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real articles read in place: the acceptance article and the livedoor corpus (never copied). */
class IngestSharedDataTest {

  @Test
  void testSeedArticle() throws Exception {
    Path seed = SharedData.shared("acceptance/seed-article.txt");
    Article a = IngestFormatsTest.only(seed);
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
    assertEquals("scraped-text", a.format());
    assertEquals(lines.get(0).strip(), a.title());
    // two 公開日 lines (2024/06/13 and 2025/03/01): the latest
    assertEquals(LocalDate.of(2025, 3, 1), a.published());
    assertEquals(
        "https://jp.reuters.com/world/ukraine/KAHPNXYC35OCDD7RNYZMVZZ5WI-2024-06-13/", a.sourceUrl());
    assertEquals(Files.readString(seed, StandardCharsets.UTF_8), a.text());
    assertEquals(Article.stableId(a.sourceUrl(), null), a.id());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "peachy/peachy-4289213.txt, 2009-08-07",
    "sports-watch/sports-watch-4597641.txt, ",
    "it-life-hack/it-life-hack-6292880.txt, ",
    "dokujo-tsushin/dokujo-tsushin-4778030.txt, ",
  })
  void testLivedoorFileInPlace(String file, String published) throws Exception {
    Path p = SharedData.shared("corpus/livedoor-ldcc/text/" + file);
    assertTrue(Files.exists(p), p.toString());
    Article a = IngestFormatsTest.only(p);
    String raw = Files.readString(p, StandardCharsets.UTF_8);
    List<String> lines = raw.lines().toList();
    assertEquals("livedoor", a.format());
    assertEquals(lines.get(0), a.sourceUrl());
    assertEquals(LocalDate.parse(lines.get(1).substring(0, 10)), a.published());
    if (published != null) {
      assertEquals(LocalDate.parse(published), a.published());
    }
    assertEquals(lines.get(2).strip(), a.title());
    assertTrue(raw.endsWith(a.text()), "text is an exact substring of the file");
    assertTrue(a.text().startsWith(lines.get(2)));
  }

  @Test
  void testWholeLivedoorCorpus() {
    Path root = SharedData.shared("corpus/livedoor-ldcc/text");
    long t0 = System.nanoTime();
    List<Path> files = Ingest.walk(List.of(root));
    IngestResult r = Ingest.readAll(List.of(root));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("livedoor: %d files, %d articles, %d errors in %d ms%n",
        files.size(), r.articles().size(), r.errors().size(), ms);
    assertEquals(6086, files.size(), "LICENSE.txt skipped");
    assertEquals(List.of(), r.errors());
    assertEquals(6086, r.articles().size());
    assertEquals(List.of(), r.warnings());
    Set<String> formats = new HashSet<>();
    Set<String> urls = new HashSet<>();
    for (Article a : r.articles()) {
      formats.add(a.format() + "/" + a.encoding());
      assertTrue(a.published() != null && a.sourceUrl() != null && !a.title().isEmpty(), a.path());
      urls.add(a.sourceUrl());
    }
    assertEquals(Set.of("livedoor/UTF-8"), formats);
    assertEquals(6086, urls.size(), "one URL, hence one id, per article");
  }
}
