package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
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

  /** The JSON line as Jackson's default generator writes it: what {@link MentionJson#line} must equal. */
  private static String jacksonLine(String doc, Mention m, CodePoints cp) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("doc", doc);
      g.writeStringField("type", m.type().name());
      if (m.subtype() != null) {
        g.writeStringField("subtype", m.subtype());
      }
      g.writeNumberField("start", cp.index(m.start()));
      g.writeNumberField("end", cp.index(m.end()));
      g.writeStringField("surface", m.surface());
      String[][] optional = {{"value", m.value()}, {"unit", m.unit()}, {"canonical", m.canonical()},
          {"mod", m.mod()}, {"role", m.role()}};
      for (String[] f : optional) {
        if (f[1] != null) {
          g.writeStringField(f[0], f[1]);
        }
      }
      if (!m.extra().isEmpty()) {
        g.writeObjectFieldStart("extra");
        for (Map.Entry<String, String> e : m.extra().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    return w.toString();
  }

  // Table cells below use %XXXX for the char U+XXXX (so control chars survive the CSV source).
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "plain ASCII                  | abc",
    "quote and backslash          | a\"b\\c",
    "slash and DEL                | a/b%007F",
    "line breaks and tab          | a%000Ab%000Dc%0009d",
    "backspace and form feed      | %0008x%000C",
    "other controls               | %0000%0001%001F%000B",
    "Japanese and full-width      | 日本＝「引用」",
    "line separators              | %2028%2029%0085",
    "surrogate pair               | 𠮷😀",
    "lone surrogates              | %D800x%DC00",
  })
  void lineWritesTheBytesOfJackson(String name, String cell) throws IOException {
    String field = chars(cell);
    String text = "前" + field + "後";
    int start = text.indexOf(field);
    Mention m = new Mention(MentionType.PARTY, field, start, start + field.length(), field, field, null, field, null,
        field, new TreeMap<>(Map.of("end", field, "k\"" + field, "v")));
    CodePoints cp = CodePoints.of(text);
    String line = MentionJson.line(field, m, cp);
    assertEquals(jacksonLine(field, m, cp), line);
    if (!field.contains("\uDC00")) { // a lone surrogate breaks the code point offsets
      assertEquals(m, MentionJson.parseFast(line, text), "the one-pass reader reads what the writer wrote");
    }
  }

  @Test
  void lineEscapesEveryCharOfTheFirstBlockLikeJackson() throws IOException {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x100; c++) {
      all.append(c);
    }
    String text = all.toString();
    Mention m = new Mention(MentionType.AMOUNT, text, 0, text.length(), text, text, text, null, text, null);
    CodePoints cp = CodePoints.of(text);
    assertEquals(jacksonLine(text, m, cp), MentionJson.line(text, m, cp));
  }

  // Lines use ' for " (so they read in the table) and %XXXX for a char.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "as written                  | {'doc':'d','type':'PARTY','subtype':'PERSON','start':1,'end':3,'surface':'bc','canonical':'B'}",
    "spaces between tokens       | { 'type' : 'AMOUNT', 'start': 0, 'end': 2, 'surface': 'ab' }",
    "unicode and slash escapes   | {'type':'PARTY','start':0,'end':1,'surface':'a','role':'\\u6c0f\\/\\uD83D\\uDE00'}",
    "escaped quote               | {'type':'PARTY','start':0,'end':1,'surface':'a','role':'x\\'y\\\\'}",
    "null value                  | {'type':'DATE','start':0,'end':1,'surface':'a','value':null}",
    "number where text is due    | {'type':'DATE','start':0,'end':1,'surface':'a','value':12}",
    "offset as a string          | {'type':'DATE','start':'1','end':'2','surface':'b'}",
    "unknown field and extra     | {'type':'DATE','x':'y','start':0,'end':1,'surface':'a','extra':{'end':'2','a':'\\n'}}",
    "empty extra                 | {'type':'DATE','start':0,'end':1,'surface':'a','extra':{}}",
    "repeated field: last wins   | {'type':'DATE','start':0,'end':1,'surface':'a','unit':'x','unit':'y'}",
    "trailing text               | {'type':'DATE','start':0,'end':1,'surface':'a'} tail",
    "non-ASCII hex digit         | {'type':'DATE','start':0,'end':1,'surface':'a','unit':'\\u00٣1'}",  // Jackson reads ٣ as c
    "escaped field name          | {'typ\\u0065':'DATE','start':0,'end':1,'surface':'a'}",
    "escapes in doc and surface  | {'doc':'\\'d\\n','type':'DATE','start':0,'end':1,'surface':'\\\\a'}",
    "no surface                  | {'type':'DATE','start':0,'end':1}",
    "surface not checked         | {'type':'DATE','start':0,'end':1,'surface':'zz'}",
  })
  void parseReadsWhatJacksonReads(String name, String cell) {
    String line = json(cell);
    assertEquals(MentionJson.parseGeneric(line, "abc"), MentionJson.parse(line, "abc"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "negative offset     | {'type':'DATE','start':-1,'end':1,'surface':'a'}",
    "leading zero        | {'type':'DATE','start':01,'end':1,'surface':'a'}",
    "end before start    | {'type':'DATE','start':2,'end':1,'surface':'a'}",
    "past the text       | {'type':'DATE','start':0,'end':4,'surface':'a'}",
    "raw control char    | {'type':'DATE','start':0,'end':1,'surface':'a%0001'}",
    "bad escape          | {'type':'DATE','start':0,'end':1,'surface':'\\x'}",
    "no type             | {'start':0,'end':1,'surface':'a'}",
    "unterminated        | {'type':'DATE','start':0,'end':1,'surface':'a",
    "huge offset         | {'type':'DATE','start':99999999999,'end':1,'surface':'a'}",
  })
  void parseRejectsWhatJacksonRejects(String name, String cell) {
    String line = json(cell);
    assertThrows(IllegalArgumentException.class, () -> MentionJson.parseGeneric(line, "abc"));
    assertThrows(IllegalArgumentException.class, () -> MentionJson.parse(line, "abc"));
  }

  /** A table line: ' is ", \' is \" and %XXXX a char. */
  private static String json(String cell) {
    return chars(cell.replace("\\'", "\u0001").replace('\'', '"').replace("\u0001", "\\\""));
  }

  /** A table cell with %XXXX for the char U+XXXX. */
  private static String chars(String cell) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      if (cell.charAt(i) == '%' && i + 5 <= cell.length()) {
        b.append((char) Integer.parseInt(cell.substring(i + 1, i + 5), 16));
        i += 4;
      } else {
        b.append(cell.charAt(i));
      }
    }
    return b.toString();
  }
}
