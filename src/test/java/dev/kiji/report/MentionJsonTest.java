package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionJsonTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "日本は45億ドルを拠出,        45億ドル",
    "𠮷野家😀が4500万円を投資,    4500万円",   // surrogate pairs before the span: code points != chars
    "\"引用\"の=1億円,            =1億円",
  })
  void parseReadsBackWhatLineWrote(String text, String surface) {
    int start = text.indexOf(surface);
    Mention m = new Mention(MentionType.AMOUNT, "MONEY", start, start + surface.length(), surface, "1", "JPY", null,
        "APPROX", null, Map.of("end", "2"));
    String line = MentionJson.line("id1", m, CodePoints.of(text));
    assertEquals(m, MentionJson.parse(line, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "not json",
    "{\"type\":\"PARTY\",\"start\":0,\"end\":99,\"surface\":\"x\"}",
    "{\"type\":\"NOPE\",\"start\":0,\"end\":1,\"surface\":\"x\"}",
  })
  void parseRejectsLinesThatDoNotFit(String line) {
    assertThrows(IllegalArgumentException.class, () -> MentionJson.parse(line, "abc"));
  }
}
