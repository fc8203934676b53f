package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input gives exactly one error with a clear reason, and no article. */
class IngestBadInputTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "empty/empty.txt, empty file",
    "empty/whitespace-only.txt, empty file (only whitespace)",
    "binary/nul-bytes.txt, binary content (NUL bytes)",
    "binary/control-bytes.txt, binary content (control characters)",
    "html/no-body.html, HTML page has no article text",
    "no-such-folder/missing.txt, no such file",
    "walk, is a directory",
  })
  void testRejectedWithReason(String file, String reason) {
    Path p = IngestFormatsTest.FIXTURES.resolve(file);
    IngestResult r = Ingest.read(p);
    assertEquals(List.of(), r.articles());
    assertEquals(List.of(new InputError(p.toString().replace('\\', '/'), reason)), r.errors());
  }

  @Test
  void testUndecodableBytes() {
    // 0x80 0xA0 0xFD..: invalid in UTF-8, windows-31j and EUC-JP
    byte[] b = {'a', (byte) 0x80, (byte) 0xA0, (byte) 0xFD, (byte) 0xFE, (byte) 0xFF, '\n'};
    IngestResult r = Ingest.read("bad.txt", b);
    assertEquals(
        List.of(new InputError("bad.txt", "cannot decode as UTF-8/windows-31j/EUC-JP/ISO-2022-JP")),
        r.errors());
  }

  @Test
  void testTooLarge() {
    byte[] b = new byte[(int) Ingest.MAX_BYTES + 1];
    java.util.Arrays.fill(b, (byte) 'a');
    IngestResult r = Ingest.read("huge.txt", b);
    assertTrue(r.errors().get(0).reason().startsWith("file too large"), r.errors().toString());
  }

  @Test
  void testBatchGoesOnAfterBadFiles() {
    Path f = IngestFormatsTest.FIXTURES;
    IngestResult r =
        Ingest.readAll(
            List.of(
                f.resolve("empty/empty.txt"),
                f.resolve("scraped/digest.txt"),
                f.resolve("binary/nul-bytes.txt"),
                f.resolve("crlf/crlf.txt")));
    assertEquals(2, r.articles().size());
    assertEquals(2, r.errors().size());
  }

  @Test
  void testUtf16WithoutBomIsReportedAsBinary() {
    // known weakness: UTF-16 needs its BOM; without one its NUL bytes look binary
    byte[] b = "ASCII title\nbody\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    assertEquals("binary content (NUL bytes)", Ingest.read("u16.txt", b).errors().get(0).reason());
  }

  @Test
  void testJsonEscapedControlCharactersRemoved() {
    byte[] b = "{\"title\":\"見出し\\u0000\",\"body\":\"本文\\r\\n続き\\u0007\"}\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    IngestResult r = Ingest.read("c.jsonl", b);
    assertEquals("見出し\n\n本文\n続き", r.articles().get(0).text());
  }

  @Test
  void testTrailingNulPaddingRemovedWithWarning() {
    byte[] text = "見出し\n本文。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] padded = java.util.Arrays.copyOf(text, text.length + 4096);
    IngestResult r = Ingest.read("cut.txt", padded);
    assertEquals("見出し\n本文。\n", r.articles().get(0).text());
    assertEquals(List.of(new InputError("cut.txt", "4096 trailing NUL byte(s) removed (padding of a cut download?)")),
        r.warnings());
    assertEquals(List.of(new InputError("zeros.txt", "binary content (NUL bytes)")),
        Ingest.read("zeros.txt", new byte[100]).errors());
  }
}
