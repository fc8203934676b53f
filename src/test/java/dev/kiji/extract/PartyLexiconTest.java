package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.analyze.Analysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyLexiconTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // case ; file content (\\t = tab, \\n = newline) ; message after file:line
        "too few fields ; 山田商事\\tORGANIZATION\\t- ; 1: expected 4 tab-separated fields, found 3",
        "unknown subtype ; 山田商事\\tCOMPANY\\t-\\t山田商事 ; 1: unknown subtype COMPANY",
        "unknown flag ; 山田商事\\tORGANIZATION\\tmaybe\\t山田商事 ; 1: unknown flag maybe",
        "empty alias ; # c\\n山田商事\\tORGANIZATION\\t-\\t山田商事||B ; 2: empty alias",
        "line numbers count comments ; \\n\\n# c\\nA社\\tBAD\\t-\\tA社 ; 4: unknown subtype BAD",
        "alias twice ; A社\\tORGANIZATION\\t-\\tA社\\nB社\\tORGANIZATION\\t-\\tA社 ; 2: alias A社 already names A社",
      })
  void testBadUserFile(String name, String content, String message) throws IOException {
    Path f = file("bad.tsv", content.replace("\\t", "\t").replace("\\n", "\n"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartyLexicon.loadWith(List.of(f)));
    assertEquals(f + ":" + message, e.getMessage());
  }

  @Test
  void testUserFileAddsAndOverrides() throws IOException {
    Path f =
        file(
            "mine.tsv",
            "# my parties\n"
                + "みなと精機\tORGANIZATION\t-\tみなと精機|ミナト精機|Minato Seiki\n"
                + "ニッポン放送\tORGANIZATION\t-\tニッポン\n");
    PartyExtractor p = PartyExtractor.withLexicons(List.of(f));
    List<Mention> ms =
        p.extract(Analysis.analyze("ミナト精機とニッポンの関係"), ExtractionContext.none());
    assertEquals("みなと精機", ms.get(0).canonical());
    assertEquals("ORGANIZATION", ms.get(0).subtype());
    assertEquals("ニッポン放送", ms.get(1).canonical()); // the user file re-assigns ニッポン
    // the bundled lexicon still answers for everything else
    assertEquals("日本", PartyLexicon.loadWith(List.of(f)).lookupSurface("日本").canonical());
  }

  @Test
  void testMissingUserFile() {
    Path f = dir.resolve("none.tsv");
    RuntimeException e =
        assertThrows(RuntimeException.class, () -> PartyLexicon.loadWith(List.of(f)));
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // surface as written | canonical or empty: short keys match only exactly
    "ロ, ロシア",
    "ロー, ",
    "ペルー, ペルー",
    "ペール, ",
    "ゼレンスキ, ゼレンスキー",
    "ヴォロディミル・ゼレンスキー, ゼレンスキー",
    "Zelensky, ゼレンスキー",
  })
  void testLookupSurface(String surface, String canonical) {
    PartyLexicon.Entry e = PartyLexicon.loadDefault().lookupSurface(surface);
    if (canonical == null) {
      assertNull(e, () -> surface + " → " + e);
    } else {
      assertEquals(canonical, e.canonical());
    }
  }
}
