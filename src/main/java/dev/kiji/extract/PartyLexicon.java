package dev.kiji.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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

  /** Shorter folded keys match only an alias written exactly. */
  static final int MIN_FOLDED = 4;

  private final Map<String, Entry> byAlias;
  private final Set<String> exact;
  private final Set<String> prefixes;
  private final java.util.BitSet firstChars = new java.util.BitSet(Character.MAX_VALUE + 1);
  private final int maxAliasLength;
  private final AliasTrie trie;

  private PartyLexicon(Map<String, Entry> byAlias, Set<String> exact) {
    this.byAlias = Map.copyOf(byAlias);
    this.exact = Set.copyOf(exact);
    Set<String> p = new HashSet<>();
    int max = 0;
    for (String a : byAlias.keySet()) {
      max = Math.max(max, a.length());
      firstChars.set(a.charAt(0));
      for (int i = 1; i <= a.length(); i++) {
        p.add(a.substring(0, i));
      }
    }
    this.prefixes = Set.copyOf(p);
    this.maxAliasLength = max;
    this.trie = new AliasTrie(this.byAlias);
  }

  /** The bundled lexicon. */
  static PartyLexicon loadDefault() {
    return parse(LexiconFile.resource(DEFAULT_RESOURCE));
  }

  /** Builds a lexicon from the lines of a tab-separated lexicon file. */
  static PartyLexicon parse(List<LexiconFile.Line> lines) {
    Map<String, Entry> map = new HashMap<>();
    Set<String> exact = new HashSet<>();
    addAll(map, exact, lines);
    return new PartyLexicon(map, exact);
  }

  /**
   * The bundled lexicon plus user files in the same format, read in order: a user alias that the
   * bundled lexicon (or an earlier file) gives to another party is re-assigned to the new one, so
   * users can correct the defaults; within one file an alias may name one party only.
   *
   * @throws IllegalArgumentException {@code file:line: message} for a bad line
   * @throws UncheckedIOException when a file cannot be read
   */
  static PartyLexicon loadWith(List<Path> userFiles) {
    Map<String, Entry> map = new HashMap<>();
    Set<String> exact = new HashSet<>();
    addAll(map, exact, LexiconFile.resource(DEFAULT_RESOURCE));
    for (Path file : userFiles) {
      List<LexiconFile.Line> lines;
      try (InputStream in = Files.newInputStream(file)) {
        lines = LexiconFile.read(file.toString(), in);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": cannot read lexicon: " + e.getMessage(), e);
      }
      Map<String, Entry> own = new HashMap<>();
      addAll(own, exact, lines);
      map.putAll(own);
    }
    return new PartyLexicon(map, exact);
  }

  private static void addAll(
      Map<String, Entry> map, Set<String> exact, List<LexiconFile.Line> lines) {
    for (LexiconFile.Line line : lines) {
      String[] f = line.fields(4);
      if (f[0].isEmpty()) {
        throw line.error("empty canonical name");
      }
      String subtype = f[1];
      if (!SUBTYPES.contains(subtype)) {
        throw line.error("unknown subtype " + subtype);
      }
      String flags = f[2];
      if (!flags.equals("-") && !flags.equals("ambiguous")) {
        throw line.error("unknown flag " + flags);
      }
      Entry e = new Entry(f[0], subtype, flags.equals("ambiguous"));
      for (String alias : f[3].split("\\|")) {
        String key = AliasFolder.fold(alias.trim());
        exact.add(alias.trim());
        if (key.isEmpty()) {
          throw line.error("empty alias");
        }
        Entry old = map.putIfAbsent(key, e);
        if (old != null && !old.equals(e)) {
          throw line.error("alias " + alias + " already names " + old.canonical());
        }
      }
    }
  }

  /**
   * The entry for a surface as written (NFKC): by its folded key when that key has at least
   * {@link #MIN_FOLDED} chars, else only when the surface is an alias exactly, so ペール and ロー
   * do not fold into ペルー and ロ.
   */
  Entry lookupSurface(String surface) {
    return lookupSurface(surface, AliasFolder.fold(surface));
  }

  /** {@link #lookupSurface(String)} with the caller's {@code key = AliasFolder.fold(surface)}. */
  Entry lookupSurface(String surface, String key) {
    Entry e = byAlias.get(key);
    if (e == null || key.length() >= MIN_FOLDED || exact.contains(surface)) {
      return e;
    }
    return null;
  }

  /** The folded aliases as a trie, for matching a candidate as it grows. */
  AliasTrie trie() {
    return trie;
  }

  /**
   * The entry of a trie node reached by {@code keyLength} folded chars, filtered as {@link
   * #lookupSurface} filters it: a short key counts only when {@code surface} (computed only then)
   * is an alias exactly.
   */
  Entry accepted(AliasTrie.Node node, int keyLength, java.util.function.Supplier<String> surface) {
    Entry e = node.entry();
    if (e == null || keyLength >= MIN_FOLDED || exact.contains(surface.get())) {
      return e;
    }
    return null;
  }

  /** The entry whose alias folds to {@code folded}, or null. */
  Entry lookup(String folded) {
    return byAlias.get(folded);
  }

  /**
   * False when no alias can start with a text that starts with {@code c}: a cheap test before
   * {@link #isPrefix}, exact for every char that {@link AliasFolder} leaves as it is.
   */
  boolean mayStartWith(char c) {
    return firstChars.get(c) || AliasFolder.changes(c);
  }

  /** True when some alias starts with {@code folded}. */
  boolean isPrefix(String folded) {
    return folded.length() <= maxAliasLength && prefixes.contains(folded);
  }
}
