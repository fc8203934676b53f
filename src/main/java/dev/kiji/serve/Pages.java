package dev.kiji.serve;

import static dev.kiji.report.Html.escape;

import dev.kiji.extract.Mention;
import dev.kiji.search.Facets;
import dev.kiji.search.Hit;
import dev.kiji.search.SearchResult;
import dev.kiji.search.StoredArticle;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The HTML of kiji's web pages. Every string that comes from an article or the user goes through
 * {@link dev.kiji.search.Html#escape}; the only markup in a snippet is the {@code <mark>} the
 * searcher adds after escaping. Styles are inline: the pages load nothing from anywhere.
 */
final class Pages {

  /** Hits per page. */
  static final int PAGE = 10;

  private Pages() {}

  private static final String STYLE =
      """
      body{font-family:"Noto Sans CJK JP","Noto Sans JP",sans-serif;margin:0;color:#222;background:#fafafa}
      header{background:#23395d;color:#fff;padding:.6em 1em}header a{color:#fff;text-decoration:none;font-weight:bold}
      form{display:inline;margin-left:1em}input[type=text]{width:32em;font-size:1em;padding:.2em}
      main{display:flex;gap:2em;padding:1em}#results{flex:3}aside{flex:1;min-width:14em}
      .hit{margin-bottom:1.2em}.hit h2{font-size:1.05em;margin:0}.meta{color:#666;font-size:.85em}
      .snippet{margin:.2em 0}mark{background:#ffe066}.error{color:#b00020;font-weight:bold}
      aside h3{font-size:.95em;margin:.8em 0 .2em}aside ul{list-style:none;padding:0;margin:0}
      aside li{font-size:.9em}.count{color:#666}
      .text{white-space:pre-wrap;line-height:1.7;background:#fff;padding:1em;border:1px solid #ddd}
      mark.m{padding:0 .1em;border-radius:.2em}
      .m-AMOUNT{background:#c8f0c8}.m-DATE{background:#cfe3ff}.m-DURATION{background:#ead7ff}
      .m-PARTY{background:#ffd9b3}
      table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left}
      .legend span{margin-right:.8em;padding:0 .3em}
      """;

  private static String head(String title, String query) {
    return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>"
        + escape(title) + "</title><style>" + STYLE + "</style></head><body><header>"
        + "<a href=\"/\">kiji</a><form action=\"/\" method=\"get\">"
        + "<input type=\"text\" name=\"q\" id=\"q\" value=\"" + escape(query) + "\" autofocus> "
        + "<button type=\"submit\">検索</button></form></header>";
  }

  static String url(String query, int offset) {
    return "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (offset > 0 ? "&offset=" + offset : "");
  }

  /** The start page and the result page of {@code r}. */
  static String results(String query, SearchResult r, String error) {
    StringBuilder b = new StringBuilder(head(query.isEmpty() ? "kiji" : query + " - kiji", query));
    b.append("<main><section id=\"results\">");
    if (error != null) {
      b.append("<p class=\"error\" id=\"error\">").append(escape(error)).append("</p>");
    } else if (r == null) {
      b.append("<p>Words are ANDed; \"phrases\", OR, -word, title:, party:岸田文雄, type:PERSON, ")
          .append("published:2024-01..2024-06, amount&gt;=1億円, reading:きしだ.</p>");
    } else {
      int last = r.offset() + r.hits().size();
      b.append("<p id=\"total\">").append(r.totalHits()).append(" 件");
      if (!r.hits().isEmpty()) {
        b.append(" (").append(r.offset() + 1).append("–").append(last).append(")");
      }
      b.append("</p>");
      for (Hit h : r.hits()) {
        b.append("<div class=\"hit\"><h2><a class=\"title\" href=\"/article?id=")
            .append(URLEncoder.encode(h.id(), StandardCharsets.UTF_8)).append("&amp;q=")
            .append(URLEncoder.encode(query, StandardCharsets.UTF_8)).append("\">")
            .append(escape(h.title().isEmpty() ? "(no title)" : h.title())).append("</a></h2>")
            .append("<div class=\"meta\">").append(escape(h.published() == null ? "(no date)" : h.published()))
            .append(" · ").append(escape(h.source() == null ? h.path() : h.source())).append("</div>")
            .append("<p class=\"snippet\">").append(h.snippetHtml()).append("</p></div>");
      }
      b.append("<p>");
      if (r.offset() > 0) {
        b.append("<a id=\"prev\" href=\"").append(escape(url(query, Math.max(0, r.offset() - PAGE)))).append("\">← 前</a> ");
      }
      if (last < r.totalHits()) {
        b.append("<a id=\"next\" href=\"").append(escape(url(query, last))).append("\">次 →</a>");
      }
      b.append("</p>");
    }
    b.append("</section>");
    if (r != null && error == null && r.totalHits() > 0) {
      b.append("<aside>");
      facet(b, "parties", "関係者", r.facets().parties(), query, v -> "party:\"" + v + "\"");
      facet(b, "months", "月", r.facets().months(), query, v -> "published:" + v);
      facet(b, "sources", "出典", r.facets().sources(), query, null);
      b.append("</aside>");
    }
    return b.append("</main></body></html>").toString();
  }

  private static void facet(StringBuilder b, String id, String label, List<Facets.Count> counts, String query,
      java.util.function.Function<String, String> clause) {
    if (counts.isEmpty()) {
      return;
    }
    b.append("<h3>").append(label).append("</h3><ul id=\"facet-").append(id).append("\">");
    for (Facets.Count c : counts) {
      b.append("<li>");
      if (clause == null) {
        b.append(escape(c.value()));
      } else {
        b.append("<a class=\"facet\" href=\"").append(escape(url(query + " " + clause.apply(c.value()), 0)))
            .append("\">").append(escape(c.value())).append("</a>");
      }
      b.append(" <span class=\"count\">").append(c.count()).append("</span></li>");
    }
    b.append("</ul>");
  }

  /** An article with its mentions marked in the text and listed below. */
  static String article(StoredArticle a, List<Mention> mentions, String query) {
    StringBuilder b = new StringBuilder(head(a.title() + " - kiji", query));
    b.append("<main><section id=\"results\"><h1 id=\"title\">").append(escape(a.title())).append("</h1>")
        .append("<div class=\"meta\">").append(a.published() == null ? "(no date)" : a.published().toString())
        .append(" · ").append(escape(a.source() == null ? a.path() : a.source())).append("</div>")
        .append("<p class=\"legend\"><span class=\"m-PARTY\">PARTY</span><span class=\"m-AMOUNT\">AMOUNT</span>")
        .append("<span class=\"m-DATE\">DATE</span><span class=\"m-DURATION\">DURATION</span></p>")
        .append("<div class=\"text\" id=\"text\">");
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
    String text = a.text();
    int at = 0;
    for (Mention m : sorted) {
      if (m.start() < at || m.end() > text.length()) {
        continue; // overlapping or stale: listed below, not marked
      }
      b.append(escape(text.substring(at, m.start())))
          .append("<mark class=\"m m-").append(m.type().name()).append("\" title=\"").append(escape(describe(m)))
          .append("\">").append(escape(text.substring(m.start(), m.end()))).append("</mark>");
      at = m.end();
    }
    b.append(escape(text.substring(at))).append("</div>");
    b.append("<h2>抽出 (").append(mentions.size()).append(")</h2><table id=\"mentions\"><tr><th>type</th>")
        .append("<th>subtype</th><th>surface</th><th>value</th></tr>");
    for (Mention m : mentions) {
      b.append("<tr class=\"mention m-").append(m.type().name()).append("\"><td>").append(m.type().name())
          .append("</td><td>").append(escape(m.subtype())).append("</td><td>").append(escape(m.surface()))
          .append("</td><td>").append(escape(value(m))).append("</td></tr>");
    }
    b.append("</table></section></main></body></html>");
    return b.toString();
  }

  private static String describe(Mention m) {
    return m.type().name() + (m.subtype() == null ? "" : " " + m.subtype())
        + (value(m).isEmpty() ? "" : ": " + value(m));
  }

  private static String value(Mention m) {
    if (m.canonical() != null) {
      return m.canonical() + (m.role() == null ? "" : " (" + m.role() + ")");
    }
    StringBuilder v = new StringBuilder(m.value() == null ? "" : m.value());
    if (m.unit() != null) {
      v.append(' ').append(m.unit());
    }
    if (m.mod() != null) {
      v.append(" [").append(m.mod().toLowerCase(Locale.ROOT)).append(']');
    }
    return v.toString();
  }

  /** A plain error page. */
  static String notFound(String what) {
    return head("kiji", "") + "<main><p class=\"error\">" + escape(what) + "</p></main></body></html>";
  }
}
