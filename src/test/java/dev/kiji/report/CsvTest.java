package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {

  @Test
  void testFormulaCellsAreNeutralised() {
    assertEquals("'=HYPERLINK(\"x\")", Csv.cell("=HYPERLINK(\"x\")"));
    assertEquals("'+81", Csv.cell("+81"));
    assertEquals("'-5", Csv.cell("-5"));
    assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
    assertEquals("日本", Csv.cell("日本"));
    assertEquals("a=b", Csv.cell("a=b"));
  }

  @Test
  void testNullIsTheEmptyCell() {
    assertEquals("", Csv.cell(null));
  }

  @Test
  void testBomHeaderAndQuoting(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.csv");
    try (CSVPrinter p = Csv.open(f, true, "a", "b")) {
      p.printRecord("日本, \"米国\"", 1);
    }
    byte[] bytes = Files.readAllBytes(f);
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals("\uFEFFa,b\r\n\"日本, \"\"米国\"\"\",1\r\n", new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void testNoBomWhenAskedNot(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.csv");
    try (CSVPrinter p = Csv.open(f, false, "a")) {
      p.printRecord("x");
    }
    assertEquals("a\r\nx\r\n", Files.readString(f));
  }
}
