package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.pipeline.ExtractedArticle;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportHtmlTest {

  /** Articles whose party names and paths try to break out of the page. */
  static CorpusReport.Tables hostile() {
    ExtractedArticle a = Doc.of("a", "2025-01-10", "<script>alert(1)</script>は\"x\"&yと会談し、10億円を出した。")
        .party("<script>alert(1)</script>", "<script>alert(1)</script>", "PERSON").party("\"x\"&y", "\"x\"&y", "ORGANIZATION")
        .money("10億円", "1000000000", "JPY").term("<b>/名詞", 2).build();
    ExtractedArticle b = Doc.of("b", "2025-03-02", "日本と米国。日本は<img src=x>と話した。")
        .party("日本", "日本", "COUNTRY").party("米国", "米国", "COUNTRY").party("日本", "日本", "COUNTRY")
        .party("<img src=x>", "<img src=x>", "ORGANIZATION").build();
    CorpusReport r = new CorpusReport(new ReportOptions(null, null, Set.of(), 1, 0, Period.MONTH, true, Set.of()));
    r.accept(a);
    r.accept(b);
    return r.tables();
  }

  static String page() {
    return ReportHtml.render(hostile(), ReportOptions.defaults(true));
  }

  @Test
  void pageIsSelfContainedAndEscaped() {
    String h = page();
    assertFalse(h.contains("<script"), "no script element, not even from article text");
    assertFalse(h.contains("<img"), "no element from article text");
    assertFalse(h.contains("src=\"http") || h.contains("href=\"http"), "no network reference");
    assertTrue(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(h.contains("&quot;x&quot;&amp;y"));
    assertTrue(h.contains("<meta charset=\"utf-8\">"));
    assertTrue(h.contains("Noto Sans CJK JP"));
  }

  @Test
  void everyBarShowsTheMentionsOfEntitiesCsv() {
    CorpusReport.Tables t = hostile();
    String h = ReportHtml.render(t, ReportOptions.defaults(true));
    Matcher m = Pattern.compile("<rect class=\"bar\"[^>]*><title>(.*?): (\\d+)</title>").matcher(h);
    int i = 0;
    while (m.find()) {
      EntityTable.Row r = t.entities().get(i++);
      assertEquals(ReportHtml.esc(r.canonical()), m.group(1));
      assertEquals(r.mentions(), Integer.parseInt(m.group(2)));
    }
    assertEquals(t.entities().size(), i);
  }

  @Test
  void matrixCellsShowTheArticlesOfCooccurrenceCsv() {
    CorpusReport.Tables t = hostile();
    String h = ReportHtml.render(t, ReportOptions.defaults(true));
    for (CorpusReport.PairRow p : t.pairs()) {
      String title = ReportHtml.esc(p.partyA()) + " × " + ReportHtml.esc(p.partyB()) + ": " + p.articles() + " articles, "
          + p.sentences() + " sentences, dice " + ReportFiles.dice(p.dice());
      assertTrue(h.contains(title), title);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"a<b|a&lt;b", "x&y|x&amp;y", "\"q\"|&quot;q&quot;", "it's|it&#39;s", "日本|日本"})
  void escapes(String in, String out) {
    assertEquals(out, ReportHtml.esc(in));
  }

  @Test
  void timelineSpansEveryMonthBetweenFirstAndLastArticle() {
    String h = page();
    // articles in 2025-01 and 2025-03: February is on the axis with 0
    int line = h.indexOf("<polyline");
    String points = h.substring(h.indexOf("points=\"", line) + 8, h.indexOf('"', h.indexOf("points=\"", line) + 8));
    assertEquals(3, points.split(" ").length, points);
    assertTrue(h.contains(">2025-02<"));
    assertEquals(LocalDate.parse("2025-01-10"), hostile().summary().first());
  }
}
