package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.DateExtractor;
import dev.kiji.extract.DurationExtractor;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Mention;
import dev.kiji.ingest.Article;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Counts DATE and DURATION mentions over the livedoor corpus by form (era, numeric, relative,
 * quarter, time of day, vague duration...), each article with its own date as reference; the
 * temporal extractors alone, without the overlap rule of {@code Extractors}.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.TemporalForms
 * </pre>
 */
public final class TemporalForms {

  private static final Pattern ERA = Pattern.compile("令和|平成|昭和|大正|明治|^[RHSTM]\\d");
  private static final Pattern NUMERIC = Pattern.compile("^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");
  private static final Pattern FROM_PREVIOUS = Pattern.compile("同[年月日]|前年|翌|前日|当日|前月|その");
  private static final Pattern RELATIVE = Pattern.compile("今|昨|来|先|去|本[日年]|一昨|再来|明日|週末|年末|年初|年始|月末|月初");
  private static final Pattern OFFSET = Pattern.compile("[前後]$");
  private static final Pattern KANJI_DIGITS = Pattern.compile("^[〇一二三四五六七八九十]");

  private TemporalForms() {}

  public static void main(String[] args) {
    DateExtractor dates = new DateExtractor();
    DurationExtractor durations = new DurationExtractor();
    Map<String, Integer> counts = new TreeMap<>();
    int articles = 0;
    for (Article a : LivedoorTexts.articles(0)) {
      articles++;
      AnalyzedText text = Analysis.analyze(a.text());
      ExtractionContext context = new ExtractionContext(a.published());
      for (Mention m : dates.extract(text, context)) {
        counts.merge("DATE " + dateForm(m), 1, Integer::sum);
        counts.merge("DATE (all)", 1, Integer::sum);
      }
      for (Mention m : durations.extract(text, context)) {
        counts.merge("DURATION " + durationForm(m), 1, Integer::sum);
        counts.merge("DURATION (all)", 1, Integer::sum);
      }
    }
    System.out.printf(Locale.ROOT, "# %d articles%n", articles);
    counts.forEach((k, v) -> System.out.printf(Locale.ROOT, "%7d  %s%n", v, k));
  }

  /** One form per mention: the first rule that fits. */
  static String dateForm(Mention m) {
    String s = m.surface();
    String v = m.value();
    if (v.contains("T")) {
      return v.startsWith("X") ? "time of day alone" : "date with time of day";
    }
    if (m.subtype() != null) {
      return m.subtype().toLowerCase(Locale.ROOT);
    }
    if (m.mod() != null) {
      return "part of period (" + m.mod() + ")";
    }
    if (ERA.matcher(s).find()) {
      return "era";
    }
    if (NUMERIC.matcher(s).find()) {
      return "numeric yyyy/mm/dd";
    }
    if (FROM_PREVIOUS.matcher(s).find()) {
      return "relative to the previous date (同日, 翌年, その3日前)";
    }
    if (OFFSET.matcher(s).find()) {
      return "offset (3日前, 2年後)";
    }
    if (RELATIVE.matcher(s).find()) {
      return v.contains("W") ? "relative week" : "relative word (昨年, 先月13日)";
    }
    if (s.contains("(") || s.contains("（")) {
      return "date with weekday";
    }
    if (KANJI_DIGITS.matcher(s).find()) {
      return "kanji numerals";
    }
    int dashes = v.length() - v.replace("-", "").length();
    boolean year = s.contains("年");
    return switch (dashes) {
      case 0 -> "year";
      case 1 -> year ? "year-month" : "month alone";
      default -> year ? "year-month-day" : s.contains("月") ? "month-day" : "day alone";
    };
  }

  static String durationForm(Mention m) {
    String v = m.value();
    if (v.contains("X")) {
      return "vague (数年 → PXY)";
    }
    if (m.extra().containsKey("anniversary")) {
      return "anniversary (創業50年, 10周年)";
    }
    if (m.extra().containsKey("max")) {
      return "range (2〜3年)";
    }
    String unit = v.startsWith("PT") ? "time " + v.replaceAll("[^HMS]", "") : v.replaceAll("[^YMWD]", "");
    return "unit " + unit + (m.mod() != null ? " mod " + m.mod() : "");
  }
}
