package dev.kiji.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * One mention as a line of the {@code kiji extract} contract (DESIGN.md):
 *
 * <pre>{@code
 * {"doc":"a.txt","type":"AMOUNT","subtype":"MONEY","start":12,"end":18,"surface":"45億ドル",
 *  "value":"4500000000","unit":"USD"}
 * }</pre>
 *
 * Offsets are code points; absent fields are left out; further values (a range's upper end...)
 * go in an {@code extra} object so they never clash with the contract's own keys.
 *
 * <p>Both directions are hand-written for speed (every mention of every article passes through
 * them when the index is written and read back). The writer escapes exactly as Jackson's default
 * generator does ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other controls as {@code
 * \u001F}; everything else as is), so the bytes are those of a generic JSON writer. The reader
 * takes the lines the writer makes in one pass; any other JSON (spaces, other value kinds, escapes
 * it does not expect) goes to Jackson, so it still reads whatever Jackson reads.
 */
public final class MentionJson {

  /** Jackson, for lines not written by {@link #line}; loaded on first use (start-up of {@code kiji extract}). */
  private static final class Lenient {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final MentionType[] TYPES = MentionType.values();
  private static final String[] KEYS = {
    "doc", "type", "subtype", "start", "end", "surface", "value", "unit", "canonical", "mod", "role", "extra"
  };

  private MentionJson() {}

  /** The JSON line (without line end) of {@code m} found in document {@code doc}. */
  public static String line(String doc, Mention m, CodePoints cp) {
    StringBuilder b = new StringBuilder(128);
    appendLine(b, doc, m, cp);
    return b.toString();
  }

  /** Appends the JSON line of {@code m} (without line end) to {@code b}. */
  public static void appendLine(StringBuilder b, String doc, Mention m, CodePoints cp) {
    b.append("{\"doc\":");
    string(b, doc);
    b.append(",\"type\":");
    string(b, m.type().name());
    optional(b, ",\"subtype\":", m.subtype());
    b.append(",\"start\":").append(cp.index(m.start()));
    b.append(",\"end\":").append(cp.index(m.end()));
    b.append(",\"surface\":");
    string(b, m.surface());
    optional(b, ",\"value\":", m.value());
    optional(b, ",\"unit\":", m.unit());
    optional(b, ",\"canonical\":", m.canonical());
    optional(b, ",\"mod\":", m.mod());
    optional(b, ",\"role\":", m.role());
    if (!m.extra().isEmpty()) {
      b.append(",\"extra\":{");
      boolean first = true;
      for (Map.Entry<String, String> e : m.extra().entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        string(b, e.getKey());
        b.append(':');
        if (e.getValue() == null) {
          b.append("null");
        } else {
          string(b, e.getValue());
        }
      }
      b.append('}');
    }
    b.append('}');
  }

  private static void optional(StringBuilder b, String fieldAndColon, String value) {
    if (value != null) {
      b.append(fieldAndColon);
      string(b, value);
    }
  }

  /** {@code s} as a JSON string, escaped as Jackson's default generator does. */
  static void string(StringBuilder b, String s) {
    b.append('"');
    int from = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      b.append(s, from, i);
      from = i + 1;
      b.append('\\');
      switch (c) {
        case '"' -> b.append('"');
        case '\\' -> b.append('\\');
        case '\b' -> b.append('b');
        case '\t' -> b.append('t');
        case '\n' -> b.append('n');
        case '\f' -> b.append('f');
        case '\r' -> b.append('r');
        default -> b.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    b.append(s, from, n).append('"');
  }

  /**
   * The mention of a line written by {@link #line} for an article whose text is {@code text}:
   * code point offsets become UTF-16 indexes again, so {@code parse(line(d, m, cp), text)}
   * equals {@code m}.
   *
   * @throws IllegalArgumentException when the line is not such a mention or does not fit the text
   */
  public static Mention parse(String line, String text) {
    Mention fast;
    try {
      fast = new Reader(line).mention(text);
    } catch (RuntimeException e) {
      fast = null; // the generic reader gives the same answer or the same error
    }
    return fast != null ? fast : parseGeneric(line, text);
  }

  /** The one-pass reader alone: null when the line is not in the writer's shape. */
  static Mention parseFast(String line, String text) {
    return new Reader(line).mention(text);
  }

  /** Reads any JSON object with Jackson: the reference the fast reader agrees with. */
  static Mention parseGeneric(String line, String text) {
    try {
      JsonNode n = Lenient.MAPPER.readTree(line);
      int start = text.offsetByCodePoints(0, n.get("start").asInt());
      int end = text.offsetByCodePoints(start, n.get("end").asInt() - n.get("start").asInt());
      Map<String, String> extra = new TreeMap<>();
      JsonNode x = n.get("extra");
      if (x != null) {
        x.fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue().asText()));
      }
      return new Mention(
          MentionType.valueOf(n.get("type").asText()),
          text(n, "subtype"),
          start,
          end,
          text.substring(start, end),
          text(n, "value"),
          text(n, "unit"),
          text(n, "canonical"),
          text(n, "mod"),
          text(n, "role"),
          extra);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a mention of this text: " + line, e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The last text checked for surrogates (the mentions of one article come one after another). */
  private record Checked(String text, boolean plain) {}

  private static volatile Checked lastChecked;

  /** True when every char of {@code text} is one code point: offsets need no conversion. */
  private static boolean withoutSurrogates(String text) {
    Checked c = lastChecked;
    if (c == null || c.text != text) {
      boolean plain = true;
      for (int i = 0, n = text.length(); i < n && plain; i++) {
        plain = !Character.isSurrogate(text.charAt(i));
      }
      lastChecked = c = new Checked(text, plain);
    }
    return c.plain;
  }

  /**
   * One pass over a line in the writer's shape: an object of string fields, two non-negative
   * integer fields and an optional {@code extra} object of strings, no white space. Returns null
   * (from {@link #mention}) for anything else, so the caller falls back to Jackson.
   */
  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    Mention mention(String text) {
      if (!next('{')) {
        return null;
      }
      String type = null;
      String subtype = null;
      String surface = null;
      String value = null;
      String unit = null;
      String canonical = null;
      String mod = null;
      String role = null;
      long start = -1;
      long end = -1;
      Map<String, String> extra = null;
      if (!next('}')) {
        do {
          String key = key();
          if (key == null || !next(':')) {
            return null;
          }
          switch (key) {
            case "start" -> start = number();
            case "end" -> end = number();
            case "extra" -> {
              extra = object();
              if (extra == null) {
                return null;
              }
            }
            case "doc", "surface" -> { // not needed: the surface is read from the text
              if (!skipString()) {
                return null;
              }
              if (key.equals("surface")) {
                surface = "";
              }
            }
            default -> {
              String v = string();
              if (v == null) {
                return null;
              }
              switch (key) {
                case "type" -> type = v;
                case "subtype" -> subtype = v;
                case "value" -> value = v;
                case "unit" -> unit = v;
                case "canonical" -> canonical = v;
                case "mod" -> mod = v;
                case "role" -> role = v;
                default -> { } // doc, or a field this version does not know
              }
            }
          }
        } while (next(','));
        if (!next('}')) {
          return null;
        }
      }
      if (i != s.length() || type == null || start < 0 || end < 0 || surface == null) {
        return null;
      }
      MentionType t = type(type);
      if (t == null) {
        return null;
      }
      int from;
      int to;
      if (withoutSurrogates(text)) {
        if (end < start || end > text.length()) {
          return null;
        }
        from = (int) start;
        to = (int) end;
      } else {
        from = text.offsetByCodePoints(0, (int) start);
        to = text.offsetByCodePoints(from, (int) (end - start));
      }
      return new Mention(t, subtype, from, to, text.substring(from, to), value, unit, canonical, mod, role,
          extra == null ? Map.of() : extra);
    }

    private static MentionType type(String name) {
      for (MentionType t : TYPES) {
        if (t.name().equals(name)) {
          return t;
        }
      }
      return null;
    }

    private boolean next(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    /** A non-negative int, or -1. */
    private long number() {
      int from = i;
      long v = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - from < 10) {
        v = v * 10 + (s.charAt(i++) - '0');
      }
      if (i == from || (s.charAt(from) == '0' && i - from > 1) || v > Integer.MAX_VALUE) {
        return -1;
      }
      return v;
    }

    /**
     * A field name: the writer's own names as constants (no copy), any other name as read, null
     * when not a string.
     */
    private String key() {
      if (i < s.length() && s.charAt(i) == '"') {
        for (String k : KEYS) {
          int end = i + 1 + k.length();
          if (end < s.length() && s.charAt(end) == '"' && s.startsWith(k, i + 1)) {
            i = end + 1;
            return k;
          }
        }
      }
      return string();
    }

    /** Passes a string, checking it as {@link #string} does; false when it is not one. */
    private boolean skipString() {
      int quote = i;
      if (!next('"')) {
        return false;
      }
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') {
          i++;
          return true;
        }
        if (c < 0x20) {
          return false;
        }
        if (c == '\\') { // escapes are rare: read it properly
          i = quote;
          return string() != null;
        }
        i++;
      }
      return false;
    }

    /** A string with the writer's escapes, or null. */
    private String string() {
      if (!next('"')) {
        return null;
      }
      int from = i;
      StringBuilder b = null;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') {
          String out = b == null ? s.substring(from, i) : b.append(s, from, i).toString();
          i++;
          return out;
        }
        if (c < 0x20) {
          return null;
        }
        if (c == '\\') {
          if (i + 1 >= s.length()) {
            return null;
          }
          b = b == null ? new StringBuilder() : b;
          b.append(s, from, i);
          char e = s.charAt(i + 1);
          switch (e) {
            case '"', '\\', '/' -> b.append(e);
            case 'b' -> b.append('\b');
            case 't' -> b.append('\t');
            case 'n' -> b.append('\n');
            case 'f' -> b.append('\f');
            case 'r' -> b.append('\r');
            case 'u' -> {
              if (i + 6 > s.length()) {
                return null;
              }
              int v = 0;
              for (int k = i + 2; k < i + 6; k++) {
                char h = s.charAt(k);
                int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                if (d < 0) {
                  return null;
                }
                v = v * 16 + d;
              }
              b.append((char) v);
              i += 4;
            }
            default -> {
              return null;
            }
          }
          i += 2;
          from = i;
        } else {
          i++;
        }
      }
      return null;
    }

    /** An object of string values, or null. */
    private Map<String, String> object() {
      if (!next('{')) {
        return null;
      }
      Map<String, String> out = new TreeMap<>();
      if (next('}')) {
        return out;
      }
      do {
        String k = string();
        if (k == null || !next(':')) {
          return null;
        }
        String v = string();
        if (v == null) {
          return null;
        }
        out.put(k, v);
      } while (next(','));
      return next('}') ? out : null;
    }
  }
}
