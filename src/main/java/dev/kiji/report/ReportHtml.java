package dev.kiji.report;

import dev.kiji.extract.MentionType;
import dev.kiji.report.CorpusReport.AmountRow;
import dev.kiji.report.CorpusReport.AmountTotal;
import dev.kiji.report.CorpusReport.PairRow;
import dev.kiji.report.CorpusReport.Summary;
import dev.kiji.report.CorpusReport.Tables;
import dev.kiji.report.CorpusReport.TermRow;
import dev.kiji.report.CorpusReport.TimelineRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * report.html: one self-contained page (no script, no network, inline SVG and CSS) with the corpus
 * summary, the top parties as a bar chart, their timeline as a line chart, their co-occurrence as
 * a matrix, the largest amounts and the top terms. Every number is taken from the same {@link
 * Tables} the CSVs are written from, so the page and the CSVs agree; every text is HTML-escaped.
 */
public final class ReportHtml {

  static final int BARS = 20;
  static final int LINES = 6;
  static final int MATRIX = 12;
  static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};
  private static final String FONTS =
      "'Noto Sans CJK JP','Noto Sans JP','IPAexGothic','IPAGothic','Hiragino Sans','Yu Gothic','Meiryo',sans-serif";

  private ReportHtml() {}

  /** The page. */
  public static String render(Tables t, ReportOptions o) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>kiji report</title>\n<style>\n")
        .append("body{font-family:").append(FONTS).append(";margin:24px;color:#222;max-width:1150px}\n")
        .append("svg text{font-family:").append(FONTS).append(";font-size:12px}\n")
        .append("table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px}")
        .append("td.n{text-align:right;white-space:nowrap}td.d{white-space:nowrap}td.p{font-size:11px;color:#555}th{background:#f2f2f2}h2{border-bottom:2px solid #1f77b4;margin-top:32px}\n")
        .append("</style>\n</head>\n<body>\n<h1>kiji report</h1>\n");
    summary(h, t.summary(), o);
    bars(h, t);
    timeline(h, t, o);
    matrix(h, t);
    amounts(h, t);
    terms(h, t);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void summary(StringBuilder h, Summary s, ReportOptions o) {
    h.append("<h2>コーパス概要 Corpus summary</h2>\n<table class=\"summary\">\n");
    row(h, "記事 articles", num(s.articles()));
    row(h, "日付のある記事 dated articles", num(s.datedArticles()));
    row(h, "期間 published", s.first() == null ? "" : s.first() + " – " + s.last());
    for (MentionType m : MentionType.values()) {
      row(h, "言及 mentions " + m, num(s.mentions().getOrDefault(m, 0)));
    }
    row(h, "当事者 distinct parties", num(s.parties()));
    StringBuilder f = new StringBuilder();
    f.append("from=").append(o.from() == null ? "*" : o.from()).append(" to=").append(o.to() == null ? "*" : o.to())
        .append(" type=").append(o.types().isEmpty() ? "*" : String.join(",", o.types()))
        .append(" min-count=").append(o.minCount()).append(" top=").append(o.top() == 0 ? "all" : o.top())
        .append(" period=").append(o.period().name().toLowerCase(Locale.ROOT));
    row(h, "条件 filters", f.toString());
    h.append("</table>\n");
  }

  private static void row(StringBuilder h, String k, String v) {
    h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
  }

  private static void bars(StringBuilder h, Tables t) {
    List<EntityTable.Row> rows = t.entities().subList(0, Math.min(BARS, t.entities().size()));
    h.append("<h2>上位の当事者 Top parties (mentions)</h2>\n");
    if (rows.isEmpty()) {
      h.append("<p>no parties</p>\n");
      return;
    }
    int max = rows.get(0).mentions();
    int rowH = 24;
    int labelW = 220;
    int chartW = 760;
    h.append(svgOpen(labelW + chartW + 80, rows.size() * rowH + 10, "bars"));
    for (int i = 0; i < rows.size(); i++) {
      EntityTable.Row r = rows.get(i);
      int y = 5 + i * rowH;
      double w = max == 0 ? 0 : (double) r.mentions() * chartW / max;
      h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 16)
          .append("\" text-anchor=\"end\">").append(esc(r.canonical())).append(" <tspan fill=\"#888\">")
          .append(esc(r.type())).append("</tspan></text>");
      h.append("<rect class=\"bar\" x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(fmt(w)).append("\" height=\"").append(rowH - 6).append("\" fill=\"#1f77b4\"><title>")
          .append(esc(r.canonical())).append(": ").append(r.mentions()).append("</title></rect>");
      h.append("<text x=\"").append(fmt(labelW + w + 5)).append("\" y=\"").append(y + 16).append("\">")
          .append(r.mentions()).append("</text>\n");
    }
    h.append("</svg>\n<p>Bars: mentions (entities.csv). Articles per party are in the CSV.</p>\n");
  }

  private static void timeline(StringBuilder h, Tables t, ReportOptions o) {
    h.append("<h2>時系列 Timeline (mentions per ").append(o.period().name().toLowerCase(Locale.ROOT))
        .append(")</h2>\n");
    List<List<String>> parties = new ArrayList<>();
    for (EntityTable.Row r : t.entities()) {
      if (parties.size() == LINES) {
        break;
      }
      parties.add(List.of(r.canonical(), r.type()));
    }
    TreeSet<String> periods = new TreeSet<>();
    Map<List<String>, Map<String, Integer>> series = new LinkedHashMap<>();
    for (List<String> p : parties) {
      series.put(p, new HashMap<>());
    }
    for (TimelineRow r : t.timeline()) {
      periods.add(r.period());
      Map<String, Integer> s = series.get(List.of(r.party(), r.type()));
      if (s != null) {
        s.put(r.period(), r.mentions());
      }
    }
    if (periods.isEmpty() || parties.isEmpty()) {
      h.append("<p>no dated mentions</p>\n");
      return;
    }
    List<String> xs = t.summary().first() == null ? new ArrayList<>(periods)
        : o.period().range(t.summary().first(), t.summary().last());
    int max = 1;
    for (Map<String, Integer> s : series.values()) {
      for (int v : s.values()) {
        max = Math.max(max, v);
      }
    }
    int left = 60;
    int top = 20;
    int w = 1000;
    int ht = 300;
    h.append(svgOpen(left + w + 50, top + ht + 60, "timeline"));
    h.append("<line x1=\"").append(left).append("\" y1=\"").append(top + ht).append("\" x2=\"").append(left + w)
        .append("\" y2=\"").append(top + ht).append("\" stroke=\"#444\"/>");
    h.append("<line x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"").append(left)
        .append("\" y2=\"").append(top + ht).append("\" stroke=\"#444\"/>\n");
    for (int k = 0; k <= 4; k++) {
      int v = (int) Math.round((double) max * k / 4);
      double y = top + ht - (double) v * ht / max;
      h.append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">")
          .append(v).append("</text><line x1=\"").append(left).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
          .append(left + w).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#eee\"/>\n");
    }
    int step = Math.max(1, (xs.size() + 11) / 12);
    for (int i = 0; i < xs.size(); i++) {
      if (i % step == 0 || (i == xs.size() - 1 && i % step > step * 4 / 5)) {
        h.append("<text x=\"").append(fmt(x(i, xs.size(), left, w))).append("\" y=\"").append(top + ht + 16)
            .append("\" text-anchor=\"middle\">").append(esc(xs.get(i))).append("</text>");
      }
    }
    h.append('\n');
    int c = 0;
    for (Map.Entry<List<String>, Map<String, Integer>> e : series.entrySet()) {
      String color = COLORS[c % COLORS.length];
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < xs.size(); i++) {
        int v = e.getValue().getOrDefault(xs.get(i), 0);
        pts.append(fmt(x(i, xs.size(), left, w))).append(',').append(fmt(top + ht - (double) v * ht / max)).append(' ');
      }
      h.append("<polyline class=\"line\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\" points=\"")
          .append(pts.toString().strip()).append("\"><title>").append(esc(e.getKey().get(0))).append("</title></polyline>\n");
      int lx = left + (c % 3) * 330;
      int ly = top + ht + 34 + (c / 3) * 16;
      h.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 9).append("\" width=\"12\" height=\"10\" fill=\"")
          .append(color).append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(ly).append("\">")
          .append(esc(e.getKey().get(0))).append("</text>\n");
      c++;
    }
    h.append("</svg>\n<p>Lines: mentions per period of the ").append(parties.size())
        .append(" most mentioned parties (timeline.csv); periods without a row count 0.</p>\n");
  }

  private static double x(int i, int n, int left, int w) {
    return n == 1 ? left + w / 2.0 : left + (double) i * w / (n - 1);
  }

  private static void matrix(StringBuilder h, Tables t) {
    h.append("<h2>共起 Co-occurrence (articles with both parties)</h2>\n");
    List<EntityTable.Row> rows = t.entities().subList(0, Math.min(MATRIX, t.entities().size()));
    if (rows.size() < 2) {
      h.append("<p>fewer than two parties</p>\n");
      return;
    }
    Map<List<String>, PairRow> byPair = new HashMap<>();
    int max = 1;
    java.util.Set<String> names = new java.util.HashSet<>();
    rows.forEach(r -> names.add(r.canonical()));
    for (PairRow p : t.pairs()) {
      if (!names.contains(p.partyA()) || !names.contains(p.partyB())) {
        continue; // not in the matrix: skipped before building keys
      }
      byPair.put(List.of(p.partyA(), p.typeA(), p.partyB(), p.typeB()), p);
      byPair.put(List.of(p.partyB(), p.typeB(), p.partyA(), p.typeA()), p);
    }
    for (EntityTable.Row a : rows) {
      for (EntityTable.Row b : rows) {
        PairRow p = byPair.get(List.of(a.canonical(), a.type(), b.canonical(), b.type()));
        if (p != null) {
          max = Math.max(max, p.articles());
        }
      }
    }
    int cell = 44;
    int labelW = 200;
    int head = 100;
    int n = rows.size();
    h.append(svgOpen(labelW + n * cell + 20, head + n * cell + 10, "matrix"));
    for (int i = 0; i < n; i++) {
      double cx = labelW + i * cell + cell / 2.0;
      h.append("<text transform=\"translate(").append(fmt(cx + 4)).append(',').append(head - 6)
          .append(") rotate(-45)\">").append(esc(rows.get(i).canonical())).append("</text>");
      h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(head + i * cell + cell / 2 + 4)
          .append("\" text-anchor=\"end\">").append(esc(rows.get(i).canonical())).append("</text>\n");
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        EntityTable.Row a = rows.get(i);
        EntityTable.Row b = rows.get(j);
        int x = labelW + j * cell;
        int y = head + i * cell;
        PairRow p = i == j ? null : byPair.get(List.of(a.canonical(), a.type(), b.canonical(), b.type()));
        String fill = i == j ? "#ddd" : p == null ? "#fafafa" : shade((double) p.articles() / max);
        h.append("<rect class=\"cell\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cell)
            .append("\" height=\"").append(cell).append("\" fill=\"").append(fill).append("\" stroke=\"#fff\">");
        if (p != null) {
          h.append("<title>").append(esc(a.canonical())).append(" × ").append(esc(b.canonical())).append(": ")
              .append(p.articles()).append(" articles, ").append(p.sentences()).append(" sentences, dice ")
              .append(ReportFiles.dice(p.dice())).append("</title>");
        }
        h.append("</rect>");
        if (p != null) {
          h.append("<text x=\"").append(x + cell / 2).append("\" y=\"").append(y + cell / 2 + 4)
              .append("\" text-anchor=\"middle\" fill=\"").append(p.articles() * 2 > max ? "#fff" : "#000").append("\">")
              .append(p.articles()).append("</text>");
        }
        h.append('\n');
      }
    }
    h.append("</svg>\n<p>Cells: articles mentioning both (cooccurrence.csv); empty cells are pairs that never")
        .append(" co-occur or fall outside each party's top partners.</p>\n");
  }

  private static String shade(double f) {
    int v = (int) Math.round(235 - 185 * f);
    return String.format(Locale.ROOT, "rgb(%d,%d,%d)", v, Math.min(255, v + 25), 255);
  }

  private static void amounts(StringBuilder h, Tables t) {
    h.append("<h2>金額 Top amounts</h2>\n");
    Map<String, List<AmountRow>> byCurrency = new HashMap<>();
    for (AmountRow r : t.amounts()) {
      byCurrency.computeIfAbsent(r.currency(), k -> new ArrayList<>()).add(r);
    }
    List<String> currencies = new ArrayList<>(byCurrency.keySet());
    currencies.sort(Comparator.comparingInt((String c) -> byCurrency.get(c).size()).reversed()
        .thenComparing(Comparator.naturalOrder()));
    h.append("<table class=\"amounts\"><tr><th>currency</th><th>value</th><th>surface</th><th>party</th>")
        .append("<th>published</th><th>path</th></tr>\n");
    for (String c : currencies.subList(0, Math.min(4, currencies.size()))) {
      List<AmountRow> rs = new ArrayList<>(byCurrency.get(c));
      rs.sort(Comparator.comparing(AmountRow::value).reversed().thenComparing(AmountRow::path)
          .thenComparingInt(AmountRow::start));
      for (AmountRow r : rs.subList(0, Math.min(5, rs.size()))) {
        h.append("<tr><td>").append(esc(c)).append("</td><td class=\"n\">").append(esc(ReportFiles.number(r.value())))
            .append("</td><td class=\"d\">").append(esc(r.surface())).append("</td><td>").append(esc(r.party()))
            .append("</td><td class=\"d\">").append(esc(ReportFiles.date(r.published())))
            .append("</td><td class=\"p\">").append(esc(r.path())).append("</td></tr>\n");
      }
    }
    h.append("</table>\n<p>The five largest amounts of each of the four most frequent currencies (amounts.csv).</p>\n");
    h.append("<h3>合計 Totals per party and currency</h3>\n<table class=\"totals\"><tr><th>party</th><th>type</th>")
        .append("<th>currency</th><th>amounts</th><th>total</th></tr>\n");
    for (AmountTotal r : t.amountTotals().subList(0, Math.min(15, t.amountTotals().size()))) {
      h.append("<tr><td>").append(esc(r.party().isEmpty() ? "(no party)" : r.party())).append("</td><td>")
          .append(esc(r.type())).append("</td><td>").append(esc(r.currency())).append("</td><td class=\"n\">")
          .append(r.amounts()).append("</td><td class=\"n\">").append(esc(ReportFiles.number(r.total())))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void terms(StringBuilder h, Tables t) {
    h.append("<h2>主な語 Top terms</h2>\n<table class=\"terms\"><tr><th>term</th><th>pos</th><th>count</th>")
        .append("<th>articles</th></tr>\n");
    for (TermRow r : t.terms().subList(0, Math.min(30, t.terms().size()))) {
      h.append("<tr><td>").append(esc(r.term())).append("</td><td>").append(esc(r.pos())).append("</td><td class=\"n\">")
          .append(r.count()).append("</td><td class=\"n\">").append(r.articles()).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static String svgOpen(int w, int h, String cls) {
    return "<svg class=\"" + cls + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h
        + "\" viewBox=\"0 0 " + w + " " + h + "\" role=\"img\">\n";
  }

  private static String num(int n) {
    return Integer.toString(n);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** HTML-escapes text for element content and double-quoted attributes. */
  public static String esc(String s) {
    return Html.escape(s);
  }
}
