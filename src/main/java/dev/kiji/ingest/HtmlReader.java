package dev.kiji.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads one article from an HTML page ({@code html}).
 *
 * <ul>
 *   <li>title: {@code og:title}, else the {@code <h1>} of the article, else the first {@code <h1>}
 *       when {@code <title>} contains it (drops a site-name suffix), else {@code <title>}, else the
 *       first {@code <h1>};
 *   <li>published: {@code meta[property=article:published_time]} and similar meta tags, else
 *       JSON-LD {@code datePublished}, else {@code itemprop=datePublished} (attribute, then text),
 *       else the first {@code <time datetime>} (inside the article first), else the text of the
 *       first {@code <time>} ({@code <time>2024年6月13日 10:00</time>}); metadata before {@code <time>} because a page
 *       shows many times (sidebars, comments);
 *   <li>sourceUrl: {@code <link rel=canonical>}, else {@code og:url} (absolute http(s) only);
 *   <li>body: the content root ({@code [itemprop=articleBody]}, else the longest {@code
 *       <article>}, else {@code <main>}/{@code [role=main]}, else the block with the most
 *       paragraph text, else {@code <body>}), without scripts, styles, forms, nav, header,
 *       footer, aside and elements whose class or id names ads, menus, sharing, related links,
 *       rankings or comments; one line per block element, blank lines dropped;
 *   <li>text: title + "\n\n" + body; the body drops its first {@code <h1>} when the title contains
 *       it (the headline again) and a first line equal to the title.
 * </ul>
 *
 * <p>A page with no body text is rejected: {@code HTML page has no article text}. Weaknesses:
 * pages built by JavaScript have no text to read; a page listing several articles gives one
 * article (the longest {@code <article>}).
 */
final class HtmlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String JUNK_TAGS =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " select, textarea, input, object, embed, canvas, dialog, menu, [hidden],"
          + " [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [style~=display:\\s*none]";

  private static final Set<String> JUNK_WORDS =
      Set.of(
          "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense",
          "banner", "promo", "promotion", "sponsor", "sponsored", "pr", "menu", "nav", "navi",
          "navigation", "gnav", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "sns",
          "related", "recommend", "recommended", "recommendation", "ranking", "popular", "comment",
          "comments", "sidebar", "widget", "pager", "pagination", "footer", "header", "masthead",
          "cookie", "consent", "subscribe", "newsletter", "modal", "popup", "toolbar");

  private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure",
          "figcaption", "address", "hr", "br", "header", "footer", "caption", "summary", "details");

  private HtmlReader() {}

  /**
   * Pages whose elements nest deeper than this are rejected before parsing ({@code HTML nested
   * too deeply}): the HTML tree builder's scope checks cost time proportional to the depth per
   * tag, so 100,000 nested {@code <div>}s take seconds; real pages nest a few dozen deep.
   */
  static final int MAX_DEPTH = 10_000;

  private static final Set<String> NOT_COUNTED =
      Set.of("p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
          "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body", "area", "base",
          "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
          "param", "keygen", "!doctype");

  static Article read(String path, String html, String charset) throws InputException {
    int depth = depth(html);
    if (depth > MAX_DEPTH) {
      throw new InputException("HTML nested too deeply (over " + MAX_DEPTH + " open elements)");
    }
    Document doc = Jsoup.parse(html);
    String url = firstAbsolute(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
    LocalDate published = published(doc);
    String title = title(doc);
    doc.select(JUNK_TAGS).remove();
    Element root = contentRoot(doc);
    removeJunkByName(root);
    Element h1 = root.selectFirst("h1");
    if (h1 != null && !title.isEmpty() && title.contains(clean(h1.text()))) {
      h1.remove(); // the headline again, maybe without the site name of the title
    }
    List<String> lines = blockLines(root);
    if (!lines.isEmpty() && lines.get(0).equals(title)) {
      lines.remove(0);
    }
    if (lines.isEmpty()) {
      throw new InputException("HTML page has no article text");
    }
    String body = String.join("\n", lines);
    String text = title.isEmpty() ? body : title + "\n\n" + body;
    return new Article(
        Article.stableId(url, path), path, title, published, url, text, Format.HTML.id(), charset);
  }

  /**
   * The largest number of elements open at once, estimated from start and end tags without
   * parsing (elements closed implicitly or void are not counted); stops early past {@link
   * #MAX_DEPTH}.
   */
  static int depth(String html) {
    int open = 0;
    int max = 0;
    int i = html.indexOf('<');
    int n = html.length();
    while (i >= 0 && i + 1 < n) {
      if (html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        if (end < 0) {
          break;
        }
        i = html.indexOf('<', end + 3);
        continue;
      }
      boolean close = html.charAt(i + 1) == '/';
      int j = i + (close ? 2 : 1);
      int start = j;
      while (j < n && j - start < 16 && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '!')) {
        j++;
      }
      if (j > start) {
        String name = html.substring(start, j).toLowerCase(Locale.ROOT);
        int gt = html.indexOf('>', j);
        boolean selfClosing = gt > 0 && html.charAt(gt - 1) == '/';
        if (!NOT_COUNTED.contains(name) && !selfClosing) {
          open = close ? Math.max(0, open - 1) : open + 1;
          if (open > max) {
            max = open;
            if (max > MAX_DEPTH) {
              return max;
            }
          }
        }
      }
      i = html.indexOf('<', i + 1);
    }
    return max;
  }

  private static String title(Document doc) {
    String og = meta(doc, "og:title");
    if (!og.isEmpty()) {
      return og;
    }
    Element h1 = doc.selectFirst("[itemprop=articleBody] h1, article h1, main h1, [role=main] h1");
    if (h1 != null && !h1.text().isBlank()) {
      return clean(h1.text());
    }
    String tabTitle = clean(doc.title());
    h1 = doc.selectFirst("h1");
    String anyH1 = h1 == null ? "" : clean(h1.text());
    if (!anyH1.isEmpty() && (tabTitle.isEmpty() || tabTitle.contains(anyH1))) {
      return anyH1; // "見出し | サイト名" in <title>, the bare headline in <h1>
    }
    return tabTitle;
  }

  private static LocalDate published(Document doc) {
    List<String> candidates = new ArrayList<>();
    for (String key :
        List.of(
            "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date",
            "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
            "citation_publication_date", "sailthru.date", "parsely-pub-date")) {
      candidates.add(meta(doc, key));
    }
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(s.data());
        JsonNode v = node == null ? null : node.findValue("datePublished");
        if (v != null && v.isValueNode()) {
          candidates.add(v.asText());
        }
      } catch (Exception e) {
        // broken JSON-LD is common; the other sources still count
      }
    }
    candidates.add(attr(doc, "[itemprop=datePublished][content]", "content"));
    candidates.add(attr(doc, "[itemprop=datePublished][datetime]", "datetime"));
    candidates.add(text(doc, "[itemprop=datePublished]"));
    candidates.add(attr(doc, "article time[datetime]", "datetime"));
    candidates.add(attr(doc, "time[datetime]", "datetime"));
    candidates.add(text(doc, "article time"));
    candidates.add(text(doc, "time"));
    for (String c : candidates) {
      LocalDate d = Dates.parse(c);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static Element contentRoot(Document doc) {
    Element e = doc.selectFirst("[itemprop=articleBody]");
    if (e != null && !e.text().isBlank()) {
      return e;
    }
    Element best = null;
    for (Element a : doc.select("article")) {
      if (best == null || a.text().length() > best.text().length()) {
        best = a;
      }
    }
    if (best != null && !best.text().isBlank()) {
      return best;
    }
    e = doc.selectFirst("main, [role=main]");
    if (e != null && !e.text().isBlank()) {
      return e;
    }
    best = null;
    int bestScore = 0;
    for (Element block : doc.select("div, section, td")) {
      int score = 0;
      for (Element child : block.children()) {
        if (child.normalName().equals("p")) {
          score += child.text().length();
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = block;
      }
    }
    return best != null && bestScore >= 40 ? best : doc.body();
  }

  private static void removeJunkByName(Element root) {
    List<Element> junk = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e != root && (isJunkName(e.className()) || isJunkName(e.id()))) {
        junk.add(e);
      }
    }
    junk.forEach(Element::remove);
  }

  static boolean isJunkName(String classOrId) {
    if (classOrId.isEmpty()) {
      return false;
    }
    for (String w : WORD_SPLIT.split(classOrId)) {
      if (JUNK_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> blockLines(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              line.append(t.text());
            } else if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
              flush();
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
              flush();
            }
          }

          private void flush() {
            String s = clean(line.toString());
            if (!s.isEmpty()) {
              lines.add(s);
            }
            line.setLength(0);
          }
        });
    String rest = clean(line.toString());
    if (!rest.isEmpty()) {
      lines.add(rest);
    }
    return lines;
  }

  /** Control characters out, no-break spaces to spaces, ends stripped. */
  private static String clean(String s) {
    return TextCleaner.clean(s.replace('\u00A0', ' ').replace('\n', ' ')).strip();
  }

  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property"))
          || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        String c = clean(m.attr("content"));
        if (!c.isEmpty()) {
          return c;
        }
      }
    }
    return "";
  }

  private static String text(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? "" : clean(e.text());
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? "" : e.attr(attr).strip();
  }

  private static String firstAbsolute(String... urls) {
    for (String u : urls) {
      if (u.startsWith("http://") || u.startsWith("https://")) {
        return u;
      }
    }
    return null;
  }
}
