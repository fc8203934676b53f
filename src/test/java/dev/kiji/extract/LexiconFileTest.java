package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconFileTest {

  private static List<LexiconFile.Line> read(String text) throws IOException {
    return LexiconFile.read("x.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void testCommentsAndBlankLinesAreSkippedAndLinesNumbered() throws IOException {
    List<LexiconFile.Line> lines = read("# comment\n\n米国\tCOUNTRY\n  \n日本\tCOUNTRY\n");
    assertEquals(List.of(3, 5), List.of(lines.get(0).number(), lines.get(1).number()));
    assertEquals("日本\tCOUNTRY", lines.get(1).text());
  }

  @Test
  void testWrongFieldCountNamesFileAndLine() throws IOException {
    LexiconFile.Line line = read("# c\n米国\tCOUNTRY\n").get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> line.fields(4));
    assertEquals("x.tsv:2: expected 4 tab-separated fields, found 2", e.getMessage());
  }

  @Test
  void testPartyLexiconErrorsPointAtTheLine() throws IOException {
    List<LexiconFile.Line> lines = read("米国\tCOUNTRY\t-\t米国|米\n日本\tNATION\t-\t日本\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartyLexicon.parse(lines));
    assertEquals("x.tsv:2: unknown subtype NATION", e.getMessage());
  }

  @Test
  void testBundledLexiconsLoad() {
    PartyLexicon.loadDefault();
    TitleLexicon.loadDefault();
    assertEquals("USD", Currencies.wordAt("米ドル", 0).code());
  }
}
