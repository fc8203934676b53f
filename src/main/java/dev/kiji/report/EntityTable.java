package dev.kiji.report;

import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity frequency: per canonical party, mentions, distinct articles, first and last publication
 * date, the surfaces seen and the roles (titles such as 大統領) next to the name. Merges associatively ({@link #merge}), so partial tables built on
 * different workers add up to the same result.
 */
public final class EntityTable implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of entities.csv. */
  public record Row(
      String canonical,
      String type,
      int mentions,
      int articles,
      LocalDate firstPublished,
      LocalDate lastPublished,
      Map<String, Integer> surfaces,
      Map<String, Integer> roles) {

    /** Surfaces by count desc then text, as {@code ゼレンスキー 12|ゼレンシキー 4}. */
    public String surfaceSummary() {
      return summary(surfaces);
    }

    /** Roles (titles next to the name) by count desc then text, as {@code 大統領 9|氏 2}. */
    public String roleSummary() {
      return summary(roles);
    }

    private static String summary(Map<String, Integer> counts) {
      List<Map.Entry<String, Integer>> e = new ArrayList<>(counts.entrySet());
      e.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, Integer> s : e) {
        if (!sb.isEmpty()) {
          sb.append('|');
        }
        sb.append(s.getKey()).append(' ').append(s.getValue());
      }
      return sb.toString();
    }
  }

  private static final class Acc implements Serializable {
    private static final long serialVersionUID = 1L;
    int mentions;
    final Set<String> articles = new HashSet<>();
    LocalDate first;
    LocalDate last;
    final Map<String, Integer> surfaces = new TreeMap<>();
    final Map<String, Integer> roles = new TreeMap<>();
  }

  private final Map<List<String>, Acc> byKey = new HashMap<>();

  /** Counts the party mentions of one article. */
  public void add(ExtractedArticle a) {
    LocalDate published = a.article().published();
    for (Mention m : a.mentions()) {
      if (m.type() != MentionType.PARTY || m.canonical() == null) {
        continue;
      }
      Acc acc = byKey.computeIfAbsent(List.of(m.canonical(), String.valueOf(m.subtype())), k -> new Acc());
      acc.mentions++;
      acc.articles.add(a.article().id());
      acc.surfaces.merge(m.surface(), 1, Integer::sum);
      if (m.role() != null && !m.role().isEmpty()) {
        acc.roles.merge(m.role(), 1, Integer::sum);
      }
      if (published != null) {
        acc.first = acc.first == null || published.isBefore(acc.first) ? published : acc.first;
        acc.last = acc.last == null || published.isAfter(acc.last) ? published : acc.last;
      }
    }
  }

  /** Adds every count of {@code other} into this table. */
  public void merge(EntityTable other) {
    other.byKey.forEach(
        (k, o) -> {
          Acc acc = byKey.computeIfAbsent(k, x -> new Acc());
          acc.mentions += o.mentions;
          acc.articles.addAll(o.articles);
          o.surfaces.forEach((s, n) -> acc.surfaces.merge(s, n, Integer::sum));
          o.roles.forEach((s, n) -> acc.roles.merge(s, n, Integer::sum));
          if (o.first != null) {
            acc.first = acc.first == null || o.first.isBefore(acc.first) ? o.first : acc.first;
          }
          if (o.last != null) {
            acc.last = acc.last == null || o.last.isAfter(acc.last) ? o.last : acc.last;
          }
        });
  }

  /** The rows in report order: mentions desc, then canonical name, then type. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>(byKey.size());
    byKey.forEach(
        (k, a) ->
            rows.add(new Row(k.get(0), k.get(1), a.mentions, a.articles.size(), a.first, a.last, Map.copyOf(a.surfaces), Map.copyOf(a.roles))));
    rows.sort(
        Comparator.comparingInt(Row::mentions)
            .reversed()
            .thenComparing(Row::canonical)
            .thenComparing(Row::type));
    return rows;
  }
}
