package dev.kiji.report;

import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ExtractedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a hand-made {@link ExtractedArticle}: mentions are found in the text by surface, in order. */
final class Doc {

  private final String id;
  private final LocalDate published;
  private final String text;
  private final List<Mention> mentions = new ArrayList<>();
  private final Map<String, Integer> terms = new HashMap<>();
  private int from;

  private Doc(String id, LocalDate published, String text) {
    this.id = id;
    this.published = published;
    this.text = text;
  }

  static Doc of(String id, String published, String text) {
    return new Doc(id, published == null ? null : LocalDate.parse(published), text);
  }

  private int find(String surface) {
    int i = text.indexOf(surface, from);
    if (i < 0) {
      throw new IllegalArgumentException(surface + " not in " + text + " after " + from);
    }
    from = i + surface.length();
    return i;
  }

  Doc party(String surface, String canonical, String type) {
    return party(surface, canonical, type, null);
  }

  Doc party(String surface, String canonical, String type, String role) {
    int i = find(surface);
    mentions.add(new Mention(MentionType.PARTY, type, i, i + surface.length(), surface, null, null, canonical, null, role));
    return this;
  }

  Doc money(String surface, String value, String unit) {
    int i = find(surface);
    mentions.add(new Mention(MentionType.AMOUNT, "MONEY", i, i + surface.length(), surface, value, unit, null, null, null));
    return this;
  }

  Doc term(String key, int n) {
    terms.put(key, n);
    return this;
  }

  ExtractedArticle build() {
    Article a = new Article(id, "in/" + id + ".txt", "t-" + id, published, null, text, "scraped-text", "UTF-8");
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(Mention::start));
    return new ExtractedArticle(a, sorted, List.of(), terms);
  }
}
