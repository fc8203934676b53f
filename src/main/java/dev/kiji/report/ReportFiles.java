package dev.kiji.report;

import dev.kiji.report.CorpusReport.AmountRow;
import dev.kiji.report.CorpusReport.AmountTotal;
import dev.kiji.report.CorpusReport.PairRow;
import dev.kiji.report.CorpusReport.Tables;
import dev.kiji.report.CorpusReport.TermRow;
import dev.kiji.report.CorpusReport.TimelineRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes the aggregate reports of a {@link CorpusReport} into a folder: entities.csv,
 * timeline.csv, cooccurrence.csv, amounts.csv, amount_totals.csv, terms.csv and report.html.
 * Text cells go through {@link Csv#cell}; numbers are plain (no exponent, no grouping).
 */
public final class ReportFiles {

  public static final String ENTITIES = "entities.csv";
  public static final String TIMELINE = "timeline.csv";
  public static final String COOCCURRENCE = "cooccurrence.csv";
  public static final String AMOUNTS = "amounts.csv";
  public static final String AMOUNT_TOTALS = "amount_totals.csv";
  public static final String TERMS = "terms.csv";
  public static final String HTML = "report.html";

  /** Every file written, in the order of the README. */
  public static final List<String> ALL = List.of(ENTITIES, TIMELINE, COOCCURRENCE, AMOUNTS, AMOUNT_TOTALS, TERMS, HTML);

  static final String[] ENTITY_HEADER = {
    "canonical", "type", "mentions", "articles", "first_published", "last_published", "surfaces", "roles"
  };
  static final String[] TIMELINE_HEADER = {"party", "type", "period", "mentions", "articles"};
  static final String[] PAIR_HEADER = {
    "party_a", "type_a", "party_b", "type_b", "articles", "sentences", "articles_a", "articles_b", "dice"
  };
  static final String[] AMOUNT_HEADER = {
    "article_id", "path", "published", "start", "end", "surface", "value", "currency", "mod", "party", "party_type"
  };
  static final String[] TOTAL_HEADER = {"party", "party_type", "currency", "amounts", "total"};
  static final String[] TERM_HEADER = {"term", "pos", "count", "articles"};

  private ReportFiles() {}

  /** Writes every report of {@code tables} into {@code folder} (created when missing). */
  public static void write(Path folder, Tables tables, ReportOptions options) throws IOException {
    Files.createDirectories(folder);
    boolean bom = options.bom();
    try (Csv.Rows p = new Csv.Rows(folder.resolve(ENTITIES), bom, ENTITY_HEADER)) {
      for (EntityTable.Row r : tables.entities()) {
        p.add(Csv.cell(r.canonical()), r.type(), r.mentions(), r.articles(), date(r.firstPublished()),
            date(r.lastPublished()), Csv.cell(r.surfaceSummary()), Csv.cell(r.roleSummary()));
      }
    }
    try (Csv.Rows p = new Csv.Rows(folder.resolve(TIMELINE), bom, TIMELINE_HEADER)) {
      for (TimelineRow r : tables.timeline()) {
        p.add(Csv.cell(r.party()), r.type(), r.period(), r.mentions(), r.articles());
      }
    }
    try (Csv.Rows p = new Csv.Rows(folder.resolve(COOCCURRENCE), bom, PAIR_HEADER)) {
      Map<Double, String> dice = new HashMap<>(); // few distinct values: format each once
      for (PairRow r : tables.pairs()) {
        p.add(Csv.cell(r.partyA()), r.typeA(), Csv.cell(r.partyB()), r.typeB(), r.articles(), r.sentences(),
            r.articlesA(), r.articlesB(), dice.computeIfAbsent(r.dice(), ReportFiles::dice));
      }
    }
    try (Csv.Rows p = new Csv.Rows(folder.resolve(AMOUNTS), bom, AMOUNT_HEADER)) {
      for (AmountRow r : tables.amounts()) {
        p.add(r.articleId(), Csv.cell(r.path()), date(r.published()), r.start(), r.end(), Csv.cell(r.surface()),
            number(r.value()), Csv.cell(r.currency()), Csv.cell(r.mod()), Csv.cell(r.party()), r.partyType());
      }
    }
    try (Csv.Rows p = new Csv.Rows(folder.resolve(AMOUNT_TOTALS), bom, TOTAL_HEADER)) {
      for (AmountTotal r : tables.amountTotals()) {
        p.add(Csv.cell(r.party()), r.type(), Csv.cell(r.currency()), r.amounts(), number(r.total()));
      }
    }
    try (Csv.Rows p = new Csv.Rows(folder.resolve(TERMS), bom, TERM_HEADER)) {
      for (TermRow r : tables.terms()) {
        p.add(Csv.cell(r.term()), r.pos(), r.count(), r.articles());
      }
    }
    Files.writeString(folder.resolve(HTML), ReportHtml.render(tables, options), StandardCharsets.UTF_8);
  }

  static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** A plain decimal: {@code 4500000000}, {@code 1.5}. */
  static String number(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  /** Dice with four decimals: {@code 0.6667}. */
  static String dice(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }
}
