package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All four extractors composed: amounts, dates, durations and parties, overlaps resolved.
 *
 * <p>Amount, date and duration spans never overlap in the output: when two do, the longer one
 * wins (10年間 as a duration beats 10年 as a date), then the earlier one. Parties may overlap
 * numeric mentions (a party name and an amount never share chars in practice).
 */
public final class Extractors implements Extractor {

  private static final Comparator<Mention> ORDER =
      Comparator.comparingInt(Mention::start)
          .thenComparing(Comparator.comparingInt(Mention::end).reversed())
          .thenComparing(Mention::type);

  private final List<Extractor> parts;

  /** Composes the given extractors. */
  public Extractors(List<Extractor> parts) {
    this.parts = List.copyOf(parts);
  }

  /** The default set: amounts, dates, durations and parties. */
  public static Extractors defaults() {
    return new Extractors(
        List.of(
            new AmountExtractor(),
            new DateExtractor(),
            new DurationExtractor(),
            PartyExtractor.withDefaultLexicon()));
  }

  /**
   * The default set with the party lexicon extended by user files in the {@code parties.tsv}
   * format ({@code kiji analyze --lexicon FILE}).
   *
   * @throws IllegalArgumentException {@code file:line: message} for a bad line
   */
  public static Extractors defaults(List<Path> extraLexicons) {
    if (extraLexicons.isEmpty()) {
      return defaults();
    }
    return new Extractors(
        List.of(
            new AmountExtractor(),
            new DateExtractor(),
            new DurationExtractor(),
            PartyExtractor.withLexicons(extraLexicons)));
  }

  @Override
  public List<Mention> extract(AnalyzedText text, ExtractionContext context) {
    List<Mention> numeric = new ArrayList<>();
    List<Mention> all = new ArrayList<>();
    List<AmountNumerals.Numeral> numerals = null; // found once, shared by amounts and durations
    for (Extractor e : parts) {
      List<Mention> found;
      if (e instanceof NumeralExtractor ne) {
        if (numerals == null) {
          numerals = AmountNumerals.find(text);
        }
        found = ne.extract(text, context, numerals);
      } else {
        found = e.extract(text, context);
      }
      for (Mention m : found) {
        if (m.type() == MentionType.PARTY) {
          all.add(m);
        } else {
          numeric.add(m);
        }
      }
    }
    all.addAll(resolveOverlaps(numeric));
    all.sort(ORDER);
    return all;
  }

  /** Keeps, of overlapping mentions, the longest (then the earliest). */
  static List<Mention> resolveOverlaps(List<Mention> mentions) {
    List<Mention> bySize = new ArrayList<>(mentions);
    bySize.sort(
        Comparator.comparingInt(Mention::length).reversed().thenComparing(ORDER));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : bySize) {
      if (!overlapsAny(kept, m)) {
        kept.add(m);
      }
    }
    kept.sort(ORDER);
    return kept;
  }

  private static boolean overlapsAny(List<Mention> kept, Mention m) {
    for (Mention k : kept) {
      if (m.overlaps(k)) {
        return true;
      }
    }
    return false;
  }
}
