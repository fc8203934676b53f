package dev.kiji.index;

import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.pipeline.ExtractedArticle;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The fields search adds to each article's document (declared in {@link IndexSchema#FIELDS}).
 *
 * <table>
 *   <tr><th>field</th><th>indexed as</th><th>what for</th></tr>
 *   <tr><td>mention_type</td><td>keyword, one per type and subtype seen (AMOUNT, MONEY,
 *       PARTY, PERSON, DATE...)</td><td>{@code type:PERSON}</td></tr>
 *   <tr><td>amount.&lt;unit&gt;</td><td>double point per amount, one field per unit
 *       (amount.JPY, amount.USD, amount.%, amount.人)</td><td>{@code amount>=1億円}</td></tr>
 *   <tr><td>reading</td><td>keyword: katakana reading of each content token of the extraction
 *       chain, and of each pair of adjacent nouns (キシダ, フミオ, キシダフミオ)</td>
 *       <td>{@code reading:きしだ}</td></tr>
 *   <tr><td>site</td><td>keyword + sorted-set doc values: host of the source URL, else the
 *       input file's folder name</td><td>the "sources" facet</td></tr>
 * </table>
 *
 * <p>Weakness: readings are Kuromoji's dictionary readings, so a name read unusually (or an
 * unknown word without a reading that is not katakana) cannot be found by reading.
 */
public final class SearchFields {

  public static final String MENTION_TYPE = "mention_type";
  public static final String AMOUNT_PREFIX = "amount.";
  public static final String READING = "reading";
  public static final String SITE = "site";

  private SearchFields() {}

  /** The numeric field of amounts in {@code unit}, e.g. {@code amount.JPY}. */
  public static String amountField(String unit) {
    return AMOUNT_PREFIX + unit;
  }

  /** Adds the search fields' values of {@code extracted} to {@code v}. */
  static void addTo(IndexSchema.Values v, ExtractedArticle extracted) {
    Set<String> types = new LinkedHashSet<>();
    for (Mention m : extracted.mentions()) {
      types.add(m.type().name());
      if (m.subtype() != null) {
        types.add(m.subtype().toUpperCase(Locale.ROOT));
      }
      if (m.type() == MentionType.AMOUNT && m.unit() != null && m.value() != null) {
        try {
          v.add(amountField(m.unit()), Double.parseDouble(m.value()));
        } catch (NumberFormatException e) {
          // a value that is no plain number has no place on the number line
        }
      }
    }
    types.forEach(t -> v.add(MENTION_TYPE, t));
    extracted.readings().forEach(r -> v.add(READING, r));
    v.add(SITE, site(extracted.article().sourceUrl(), extracted.article().path()));
  }

  /** Host of the URL, else the name of the folder the input file is in; null when neither. */
  static String site(String url, String path) {
    if (url != null) {
      try {
        String host = URI.create(url.strip()).getHost();
        if (host != null && !host.isEmpty()) {
          return host.toLowerCase(Locale.ROOT);
        }
      } catch (IllegalArgumentException e) {
        // fall back to the folder
      }
    }
    if (path == null) {
      return null;
    }
    int hash = path.indexOf('#');
    Path parent = Path.of(hash < 0 ? path : path.substring(0, hash)).getParent();
    return parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
  }
}
