package dev.kiji.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decodes one line of a record file with the charset found in the file's head. */
final class LineDecoding {

  private LineDecoding() {}

  /**
   * The line decoded strictly, else with U+FFFD for bad bytes and a warning; a UTF-8 BOM on the
   * first line is dropped.
   */
  static String decode(byte[] b, Charset cs, boolean first, List<String> warnings, String where) {
    int off = first && b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, off, b.length - off))
          .toString();
    } catch (CharacterCodingException e) {
      String s = new String(b, off, b.length - off, cs);
      long bad = s.chars().filter(c -> c == '\uFFFD').count();
      warnings.add(where + ": malformed " + name(cs) + " (" + bad + " sequence(s) replaced by U+FFFD)");
      return s;
    }
  }

  static String name(Charset cs) {
    return cs.name().equalsIgnoreCase(TextDecoder.WINDOWS_31J) ? TextDecoder.WINDOWS_31J
        : cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : cs.name();
  }
}
