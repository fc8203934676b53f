package dev.kiji.search;

import java.util.List;

/**
 * Facet counts over all hits of a query (not only the page shown).
 *
 * @param parties canonical parties, most frequent first (top {@value #TOP})
 * @param months publication months {@code YYYY-MM}, in calendar order (all of them)
 * @param sources source sites (URL host, else the input folder), most frequent first (top
 *     {@value #TOP})
 */
public record Facets(List<Count> parties, List<Count> months, List<Count> sources) {

  /** How many values the party and source facets keep. */
  public static final int TOP = 10;

  /** No facets computed. */
  public static final Facets NONE = new Facets(List.of(), List.of(), List.of());

  public Facets {
    parties = List.copyOf(parties);
    months = List.copyOf(months);
    sources = List.copyOf(sources);
  }

  /** One facet value and the number of hits that have it. */
  public record Count(String value, long count) {}
}
