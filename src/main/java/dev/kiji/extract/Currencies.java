package dev.kiji.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The currency words of {@code currencies.tsv} (円 → JPY, 豪ドル → AUD...) and the currency
 * symbols written before a number ($, ¥, €, £).
 *
 * <p>Loaded once per JVM; lookups try the longest word first so 豪ドル beats ドル. A malformed
 * line fails the load with {@code currencies.tsv:LINE: message}.
 */
final class Currencies {

  /** A currency word or symbol and its ISO 4217 code. */
  record Entry(String word, String code) {}

  static final String RESOURCE = "/dev/kiji/extract/currencies.tsv";

  private static final List<Entry> WORDS = load();

  /** The words by first char, each list longest first. */
  private static final Map<Character, List<Entry>> BY_FIRST = byFirst(WORDS);

  /** Symbols written before the number, longest first (after NFKC: ￥ → ¥, ＄ → $). */
  private static final List<Entry> SYMBOLS =
      List.of(
          new Entry("US$", "USD"), new Entry("HK$", "HKD"), new Entry("NZ$", "NZD"),
          new Entry("A$", "AUD"), new Entry("C$", "CAD"), new Entry("S$", "SGD"), new Entry("R$", "BRL"),
          new Entry("$", "USD"), new Entry("¥", "JPY"), new Entry("€", "EUR"), new Entry("£", "GBP"),
          new Entry("₩", "KRW"), new Entry("₹", "INR"), new Entry("₽", "RUB"), new Entry("₺", "TRY"),
          new Entry("₫", "VND"), new Entry("฿", "THB"));

  /**
   * Words shared by several currencies: the country named nearest before the amount (within
   * {@link #CONTEXT} chars) picks the code, else the lexicon's default (ペソ → MXN, クローネ → NOK).
   */
  private static final Map<String, List<Entry>> BY_COUNTRY =
      Map.of(
          "ペソ", List.of(new Entry("フィリピン", "PHP"), new Entry("アルゼンチン", "ARS"),
              new Entry("チリ", "CLP"), new Entry("コロンビア", "COP"), new Entry("メキシコ", "MXN")),
          "クローネ", List.of(new Entry("デンマーク", "DKK"), new Entry("ノルウェー", "NOK")),
          "クローナ", List.of(new Entry("アイスランド", "ISK"), new Entry("スウェーデン", "SEK")));

  private static final int CONTEXT = 60;

  private Currencies() {}

  /** The longest currency word at {@code i} of {@code s}, or null. */
  static Entry wordAt(String s, int i) {
    if (i >= s.length()) {
      return null;
    }
    for (Entry e : BY_FIRST.getOrDefault(s.charAt(i), List.of())) {
      if (s.startsWith(e.word(), i)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The code of currency word {@code e} found at {@code at} of {@code s}: its own code, or for a
   * word shared by several countries (ペソ) the code of the country named last before it.
   */
  static String code(Entry e, String s, int at) {
    List<Entry> countries = BY_COUNTRY.get(e.word()); // フィリピンペソ names its country itself
    if (countries == null) {
      return e.code();
    }
    int from = Math.max(0, at - CONTEXT);
    int best = -1;
    String code = e.code();
    for (Entry c : countries) {
      int i = s.lastIndexOf(c.word(), at);
      if (i >= from && i > best) {
        best = i;
        code = c.code();
      }
    }
    return code;
  }

  /** The currency symbol ending at {@code end} of {@code s}, or null. */
  static Entry symbolBefore(String s, int end) {
    for (Entry e : SYMBOLS) {
      int b = end - e.word().length();
      if (b >= 0 && s.startsWith(e.word(), b)) {
        return e;
      }
    }
    return null;
  }

  private static Map<Character, List<Entry>> byFirst(List<Entry> words) {
    Map<Character, List<Entry>> m = new java.util.HashMap<>();
    for (Entry e : words) {
      m.computeIfAbsent(e.word().charAt(0), k -> new ArrayList<>()).add(e);
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(m);
  }

  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    for (LexiconFile.Line line : LexiconFile.resource(RESOURCE)) {
      String[] f = line.fields(2);
      if (f[0].isEmpty() || !f[1].matches("[A-Z]{3}")) {
        throw line.error("expected WORD<TAB>ISO-CODE");
      }
      out.add(new Entry(f[0], f[1]));
    }
    out.sort(Comparator.comparingInt((Entry e) -> e.word().length()).reversed());
    return List.copyOf(out);
  }
}
