package dev.kiji.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a file into text, finding the charset, and rejects binary content.
 *
 * <p>Order of the checks:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE, UTF-16BE): decoded with it, the BOM dropped;
 *   <li>binary content: a NUL byte in the first 8 KB, or more than 10% (and at least 8) C0 control bytes (other than
 *       tab, LF, CR, FF, ESC) there;
 *   <li>7-bit bytes with ISO-2022-JP escape sequences ({@code ESC $ B}, {@code ESC $ @}, {@code
 *       ESC ( J}): ISO-2022-JP;
 *   <li>strict UTF-8 (before any declaration: pages saved by a browser are UTF-8 but keep their
 *       stale {@code <meta charset=Shift_JIS>}, and valid multi-byte UTF-8 is almost never an
 *       accident);
 *   <li>for HTML (content starting with {@code <}, or an .html hint): the charset declared by
 *       {@code <meta charset>}, {@code http-equiv Content-Type} or an XML declaration, when the
 *       bytes decode strictly with it (a wrong declaration falls through to detection); {@code
 *       Shift_JIS} and its aliases are decoded as {@code windows-31j};
 *   <li>"mostly UTF-8": a few malformed bytes among many valid multi-byte sequences (a truncated
 *       last character, one damaged byte) are decoded as UTF-8 with U+FFFD replacement and a
 *       warning, rather than falling back to a legacy charset that would turn the whole file into
 *       mojibake;
 *   <li>strict windows-31j and strict EUC-JP; when both decode, the one whose text looks more
 *       Japanese wins (EUC-JP bytes often also decode as half-width katakana in windows-31j);
 *   <li>a damaged file: the lenient decoding (UTF-8, windows-31j or EUC-JP) with the fewest U+FFFD
 *       replacements, when there is one or they are at most 2% of the characters, with a warning;
 *   <li>else the file is rejected: {@code cannot decode as UTF-8/windows-31j/EUC-JP/ISO-2022-JP}.
 * </ol>
 *
 * <p>Known weaknesses: UTF-16 without a BOM is reported as binary (NUL bytes); a short legacy file
 * may decode validly in the wrong one of windows-31j / EUC-JP when it has too few kana to score.
 */
final class TextDecoder {

  /** Decoded text with the charset name used and an optional warning. */
  record Decoded(String text, String charset, String warning) {}

  static final String WINDOWS_31J = "windows-31j";
  private static final Charset SJIS = Charset.forName(WINDOWS_31J);
  private static final Charset EUC_JP = Charset.forName("EUC-JP");
  private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");
  private static final int SNIFF = 8192;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)",
          Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  static Decoded decode(byte[] b, boolean htmlHint) throws InputException {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strictOrReplace(b, 3, StandardCharsets.UTF_8), "UTF-8", null);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return new Decoded(strictOrReplace(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return new Decoded(strictOrReplace(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
    }
    rejectBinary(b);
    if (isIso2022Jp(b)) {
      String s = strict(b, ISO_2022_JP);
      if (s != null) {
        return new Decoded(s, "ISO-2022-JP", null);
      }
    }
    String utf8 = strict(b, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8", null);
    }
    if (htmlHint || firstNonSpace(b) == '<') {
      Charset declared = declaredCharset(b);
      if (declared != null) {
        String s = strict(b, declared);
        if (s != null) {
          return new Decoded(s, name(declared), null);
        }
      }
    }
    int[] counts = utf8Counts(b);
    int valid = counts[0];
    int invalid = counts[1];
    if (valid >= 1 && (invalid == 1 && counts[2] >= b.length - 3 || valid >= 20 * invalid)) {
      String s = new String(b, StandardCharsets.UTF_8);
      return new Decoded(
          s, "UTF-8", "malformed UTF-8 (" + invalid + " malformed sequence(s) replaced by U+FFFD)");
    }
    String sjis = strict(b, SJIS);
    String euc = strict(b, EUC_JP);
    if (sjis != null && euc != null) {
      return japaneseScore(euc) > japaneseScore(sjis)
          ? new Decoded(euc, "EUC-JP", null)
          : new Decoded(sjis, WINDOWS_31J, null);
    }
    if (sjis != null) {
      return new Decoded(sjis, WINDOWS_31J, null);
    }
    if (euc != null) {
      return new Decoded(euc, "EUC-JP", null);
    }
    Decoded damaged = leastDamaged(b);
    if (damaged != null) {
      return damaged;
    }
    throw new InputException("cannot decode as UTF-8/windows-31j/EUC-JP/ISO-2022-JP");
  }

  static void rejectBinary(byte[] b) throws InputException {
    int n = Math.min(b.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        throw new InputException("binary content (NUL bytes)");
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F) {
        control++;
      }
    }
    if (control >= 8 && control * 10 > n) {
      throw new InputException("binary content (control characters)");
    }
  }

  private static boolean isIso2022Jp(byte[] b) {
    boolean escape = false;
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (c >= 0x80) {
        return false;
      }
      if (c == 0x1B && i + 2 < b.length) {
        int c1 = b[i + 1];
        int c2 = b[i + 2];
        if (c1 == '$' && (c2 == 'B' || c2 == '@') || c1 == '(' && (c2 == 'J' || c2 == 'I')) {
          escape = true;
        }
      }
    }
    return escape;
  }

  private static Charset declaredCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String label = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    return switch (label) {
      case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "cp932", "ms932",
          "windows-31j" ->
          SJIS;
      case "euc-jp", "x-euc-jp", "eucjp" -> EUC_JP;
      default -> {
        try {
          yield Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          yield null;
        }
      }
    };
  }

  private static String name(Charset c) {
    return c.equals(SJIS) ? WINDOWS_31J : c.name();
  }

  /**
   * Last resort for a damaged file: the lenient decoding (U+FFFD for bad bytes) with the fewest
   * replacements, if there is one or they are at most 2% of the characters; else null.
   */
  private static Decoded leastDamaged(byte[] b) {
    Decoded best = null;
    long bestBad = Long.MAX_VALUE;
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, SJIS, EUC_JP}) {
      String s = new String(b, cs);
      long bad = s.chars().filter(c -> c == '\uFFFD').count();
      if (bad < bestBad && (bad <= 1 || bad * 50 <= s.length())) {
        bestBad = bad;
        best =
            new Decoded(
                s, name(cs), "malformed " + name(cs) + " (" + bad + " sequence(s) replaced by U+FFFD)");
      }
    }
    return best;
  }

  /** Decodes strictly, or returns null at the first malformed or unmappable sequence. */
  static String strict(byte[] b, Charset cs) {
    return strict(b, 0, cs);
  }

  private static String strict(byte[] b, int offset, Charset cs) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String strictOrReplace(byte[] b, int offset, Charset cs) {
    String s = strict(b, offset, cs);
    return s != null ? s : new String(b, offset, b.length - offset, cs);
  }

  /**
   * Counts well-formed UTF-8 multi-byte sequences [0], runs of malformed bytes [1], and the index
   * of the first malformed byte [2] (or the length when none).
   */
  private static int[] utf8Counts(byte[] b) {
    int valid = 0;
    int invalid = 0;
    int firstBad = b.length;
    int lastBad = -2;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      boolean ok = len > 0 && i + len <= b.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (!ok) {
        if (i != lastBad + 1) {
          invalid++;
        }
        lastBad = i;
        firstBad = Math.min(firstBad, i);
        i++;
      } else {
        if (len > 1) {
          valid++;
        }
        i += len;
      }
    }
    return new int[] {valid, invalid, firstBad};
  }

  /** Kana and common CJK count up; half-width katakana and private-use characters count down. */
  private static int japaneseScore(String s) {
    int score = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u3040' && c <= '\u30FF' || c >= '\u3000' && c <= '\u303F') {
        score += 2;
      } else if (c >= '\u4E00' && c <= '\u9FFF') {
        score += 1;
      } else if (c >= '\uFF61' && c <= '\uFF9F' || c >= '\uE000' && c <= '\uF8FF') {
        score -= 2;
      }
    }
    return score;
  }

  private static int firstNonSpace(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\n' && x != '\r') {
        return x & 0xFF;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
