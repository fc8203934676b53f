package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "crlf, 'a\r\nb\r\n', 'a\nb\n'",
    "lone cr, 'a\rb\r', 'a\nb\n'",
    "cr cr lf, 'a\r\r\nb', 'a\n\nb'",
    "tab kept, 'a\tb', 'a\tb'",
    "bell and escape removed, 'a\u0007b\u001bc', 'abc'",
    "C1 control removed, 'a\u0085b', 'ab'",
    "leading bom removed, '\ufeff題', '題'",
    "inner bom kept, '題\ufeff', '題\ufeff'",
    "untouched, '全角　スペース', '全角　スペース'",
  })
  void testClean(String name, String in, String expected) {
    assertEquals(expected, TextCleaner.clean(in));
  }
}
