package dev.kiji.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decodes one line of a record file with the charset found in the file's head. */
final class LineDecoding {

  /** A decoded line and the charset name it was decoded with. */
  record Line(String text, String charset) {}

  private LineDecoding() {}

  /**
   * The line decoded strictly in {@code cs}; else, when the line decodes cleanly in another
   * charset ({@link TextDecoder}: a Shift_JIS line in a file whose head was ASCII), in that one;
   * else in {@code cs} with U+FFFD for bad bytes and a warning. A UTF-8 BOM on the first line is
   * dropped.
   */
  static Line decodeLine(byte[] b, Charset cs, boolean first, List<String> warnings, String where) {
    List<String> w = new java.util.ArrayList<>(1);
    String s = decode(b, cs, first, w, where);
    if (w.isEmpty()) {
      return new Line(s, name(cs));
    }
    try {
      TextDecoder.Decoded d = TextDecoder.decode(b, false);
      if (d.warning() == null) {
        return new Line(d.text(), d.charset());
      }
    } catch (InputException e) {
      // fall back to the replaced text and its warning
    }
    warnings.addAll(w);
    return new Line(s, name(cs));
  }

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
