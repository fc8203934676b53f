package dev.kiji.extract;

import java.text.Normalizer;

/**
 * Public read-only view of the bundled party lexicon, for search: which canonical party a name
 * stands for.
 *
 * <pre>{@code
 * Parties.canonicalOf("アメリカ")  // "米国"
 * Parties.canonicalOf("ｱﾒﾘｶ")     // "米国" (NFKC first, then the alias folding)
 * Parties.canonicalOf("会議")      // null: not a lexicon alias
 * }</pre>
 *
 * <p>Weakness: only the lexicon is known; a name the extractor introduced from context (a
 * person's full name met earlier in one article) has no entry here.
 */
public final class Parties {

  private static final PartyLexicon LEXICON = PartyLexicon.loadDefault();

  private Parties() {}

  /** The canonical name of the lexicon party with alias {@code name}, or null. */
  public static String canonicalOf(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String key = AliasFolder.fold(Normalizer.normalize(name.strip(), Normalizer.Form.NFKC));
    PartyLexicon.Entry e = LEXICON.lookup(key);
    return e == null ? null : e.canonical();
  }

  /** True when {@code name} is an alias of a lexicon party that is also a common word. */
  public static boolean isAmbiguous(String name) {
    if (name == null || name.isBlank()) {
      return false;
    }
    PartyLexicon.Entry e =
        LEXICON.lookup(AliasFolder.fold(Normalizer.normalize(name.strip(), Normalizer.Form.NFKC)));
    return e != null && e.ambiguous();
  }
}
