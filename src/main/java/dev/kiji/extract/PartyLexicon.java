package dev.kiji.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The curated party lexicon: canonical name, subtype and aliases of well-known countries,
 * organisations and persons, loaded once from a tab-separated UTF-8 resource.
 *
 * <pre>
 * 米国	COUNTRY	-	米国|米|アメリカ|合衆国
 * トランプ	PERSON	ambiguous	トランプ|ドナルド・トランプ
 * </pre>
 *
 * <p>Aliases are keyed by their {@link AliasFolder#fold folded} form; {@link #isPrefix} lets a
 * caller grow a candidate token by token and stop as soon as no alias can match. Bad lines fail
 * the load with {@code file:line: message}.
 */
final class PartyLexicon {

  /** Class-path location of the bundled lexicon. */
  static final String DEFAULT_RESOURCE = "/dev/kiji/extract/parties.tsv";

  /**
   * One party.
   *
   * @param canonical the one name reported for every alias
   * @param subtype PERSON, ORGANIZATION, COUNTRY or LOCATION
   * @param ambiguous true when an alias is also a common word and needs context
   */
  record Entry(String canonical, String subtype, boolean ambiguous) {}

  private static final Set<String> SUBTYPES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION");

  private final Map<String, Entry> byAlias;
  private final Set<String> prefixes;
  private final int maxAliasLength;

  private PartyLexicon(Map<String, Entry> byAlias) {
    this.byAlias = Map.copyOf(byAlias);
    Set<String> p = new HashSet<>();
    int max = 0;
    for (String a : byAlias.keySet()) {
      max = Math.max(max, a.length());
      for (int i = 1; i <= a.length(); i++) {
        p.add(a.substring(0, i));
      }
    }
    this.prefixes = Set.copyOf(p);
    this.maxAliasLength = max;
  }

  /** The bundled lexicon. */
  static PartyLexicon loadDefault() {
    try (InputStream in = PartyLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return parse(DEFAULT_RESOURCE, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Parses a lexicon in the tab-separated format; {@code name} appears in error messages. */
  static PartyLexicon parse(String name, InputStream in) throws IOException {
    Map<String, Entry> map = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException(name + ":" + no + ": expected 4 tab-separated fields");
      }
      String subtype = f[1].trim();
      if (!SUBTYPES.contains(subtype)) {
        throw new IllegalArgumentException(name + ":" + no + ": unknown subtype " + subtype);
      }
      String flags = f[2].trim();
      if (!flags.equals("-") && !flags.equals("ambiguous")) {
        throw new IllegalArgumentException(name + ":" + no + ": unknown flag " + flags);
      }
      Entry e = new Entry(f[0].trim(), subtype, flags.equals("ambiguous"));
      for (String alias : f[3].split("\\|")) {
        String key = AliasFolder.fold(alias.trim());
        if (key.isEmpty()) {
          throw new IllegalArgumentException(name + ":" + no + ": empty alias");
        }
        Entry old = map.putIfAbsent(key, e);
        if (old != null && !old.equals(e)) {
          throw new IllegalArgumentException(
              name + ":" + no + ": alias " + alias + " already names " + old.canonical());
        }
      }
    }
    return new PartyLexicon(map);
  }

  /** The entry whose alias folds to {@code folded}, or null. */
  Entry lookup(String folded) {
    return byAlias.get(folded);
  }

  /** True when some alias starts with {@code folded}. */
  boolean isPrefix(String folded) {
    return folded.length() <= maxAliasLength && prefixes.contains(folded);
  }
}
