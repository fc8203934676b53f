package dev.kiji.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

  /** Symbols written before the number, longest first (after NFKC: ￥ → ¥, ＄ → $). */
  private static final List<Entry> SYMBOLS =
      List.of(
          new Entry("US$", "USD"), new Entry("A$", "AUD"), new Entry("HK$", "HKD"),
          new Entry("$", "USD"), new Entry("¥", "JPY"), new Entry("€", "EUR"), new Entry("£", "GBP"));

  private Currencies() {}

  /** The longest currency word at {@code i} of {@code s}, or null. */
  static Entry wordAt(String s, int i) {
    for (Entry e : WORDS) {
      if (s.startsWith(e.word(), i)) {
        return e;
      }
    }
    return null;
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
