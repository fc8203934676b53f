package dev.kiji.report;

import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ArticleSink;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the reports of {@code kiji analyze} into a folder: the per-article files below, and when
 * the run ends the aggregate reports of {@link ReportFiles} (entities, timeline, co-occurrence,
 * amounts, terms, report.html) built by a {@link CorpusReport} with the run's {@link
 * ReportOptions}.
 *
 * <ul>
 *   <li>{@code articles.csv}: id, path, title, published, characters, amounts, dates, durations,
 *       parties, format, encoding, status — one row per article, in input order
 *   <li>{@code mentions.csv}: article_id, type, subtype, surface, start, end, value, unit,
 *       canonical, mod, role — offsets in code points into the article text
 *   <li>{@code entities.csv} and the other aggregate reports: see {@link ReportFiles}
 *   <li>{@code errors.csv}: path, reason — every input that could not be read, sorted by path
 *   <li>{@code duplicates.csv}: path, id, duplicate_of_path, duplicate_of_id, kind ({@code exact}
 *       or {@code near}), similarity (estimated Jaccard, 4 decimals; 1.0000 for exact) — one row
 *       per article that repeats an earlier one ({@link Deduplicator}), in input order
 * </ul>
 *
 * <p>A duplicate keeps its rows in articles.csv (status {@code ok; duplicate of <id> (near
 * 0.8125)}) and mentions.csv; the aggregate reports count it only with {@code keepDuplicates}.
 *
 * <p>Articles and mentions stream out as they come (input order is deterministic); entities and
 * errors are sorted when the run ends.
 */
public final class CsvReports implements ArticleSink {

  public static final String ARTICLES = "articles.csv";
  public static final String MENTIONS = "mentions.csv";
  public static final String ENTITIES = ReportFiles.ENTITIES;
  public static final String ERRORS = "errors.csv";
  public static final String DUPLICATES = "duplicates.csv";

  static final String[] ARTICLE_HEADER = {
    "id", "path", "title", "published", "characters", "amounts", "dates", "durations", "parties",
    "format", "encoding", "status"
  };
  static final String[] MENTION_HEADER = {
    "article_id", "type", "subtype", "surface", "start", "end", "value", "unit", "canonical", "mod", "role"
  };
  static final String[] ERROR_HEADER = {"path", "reason"};
  public static final String[] DUPLICATE_HEADER = {
    "path", "id", "duplicate_of_path", "duplicate_of_id", "kind", "similarity"
  };

  /** The article a duplicate repeats, and how closely. */
  public record DuplicateOf(String path, String id, Deduplicator.Kind kind, double similarity) {}

  private final Path folder;
  private final boolean bom;
  private final ReportOptions options;
  private final OutputStream articles;
  private final OutputStream mentions;
  private final CSVPrinter duplicates;
  private final boolean keepDuplicates;
  private int duplicateCount;
  private final CorpusReport corpus;
  private final List<InputError> errors = new ArrayList<>();
  private final int[] mentionCounts = new int[TYPES.length];
  private int articleCount;

  /** Reports without filters, monthly timeline, the bundled stopwords. */
  public CsvReports(Path folder, boolean bom) throws IOException {
    this(folder, ReportOptions.defaults(bom));
  }

  public CsvReports(Path folder, ReportOptions options) throws IOException {
    this(folder, options, false);
  }

  /**
   * Reports with these options; with {@code keepDuplicates} the aggregates count duplicates too.
   */
  public CsvReports(Path folder, ReportOptions options, boolean keepDuplicates) throws IOException {
    this.folder = folder;
    this.keepDuplicates = keepDuplicates;
    this.bom = options.bom();
    this.options = options;
    this.corpus = new CorpusReport(options);
    Files.createDirectories(folder);
    this.articles = Csv.openBytes(folder.resolve(ARTICLES), bom, ARTICLE_HEADER);
    this.mentions = Csv.openBytes(folder.resolve(MENTIONS), bom, MENTION_HEADER);
    this.duplicates = Csv.open(folder.resolve(DUPLICATES), bom, DUPLICATE_HEADER);
  }

  @Override
  public void accept(ExtractedArticle extracted) throws IOException {
    accept(extracted, null);
  }

  /** What articles.csv adds to a duplicate's status, e.g. {@code "; duplicate of 3f2a… (near 0.9063)"}. */
  public static String duplicateStatus(DuplicateOf d) {
    return "; duplicate of " + d.id() + " (" + d.kind().label()
        + (d.kind() == Deduplicator.Kind.NEAR ? " " + similarity(d) : "") + ")";
  }

  /** The duplicates.csv row of the article at {@code path} with {@code id}, cells already guarded. */
  public static List<String> duplicateRow(String path, String id, DuplicateOf d) {
    return List.of(Csv.cell(path), id, Csv.cell(d.path()), d.id(), d.kind().label(), similarity(d));
  }

  private static String similarity(DuplicateOf d) {
    return String.format(java.util.Locale.ROOT, "%.4f", d.similarity());
  }

  private static final MentionType[] TYPES = MentionType.values();

  /**
   * Everything about one article that does not depend on the others or on their order, made by
   * {@link #prepare} (pure, thread-safe: run it on the worker threads) and written by {@link
   * #accept(Prepared, DuplicateOf)} in input order: its articles.csv row up to the status cell and
   * its mentions.csv rows, both rendered and UTF-8 encoded; its status; its mention counts; and
   * what the aggregate reports need ({@link PreparedArticle}). Not the text: a few KB for a
   * news article.
   */
  public static final class Prepared {
    private final String id;
    private final String path;
    private final String status;
    private final byte[] articleCells;
    private final byte[] statusCell;
    private final byte[] mentionRows;
    private final int[] mentionCounts;
    private final PreparedArticle report;
    private final CharacterCodingException unwritable;

    private Prepared(ExtractedArticle extracted) {
      Article a = extracted.article();
      id = a.id();
      path = a.path();
      status = status(extracted);
      mentionCounts = new int[TYPES.length];
      for (Mention m : extracted.mentions()) {
        mentionCounts[m.type().ordinal()]++;
      }
      byte[] cells = null;
      byte[] statusBytes = null;
      byte[] rows = null;
      CharacterCodingException failure = null;
      try {
        StringBuilder b = new StringBuilder(256);
        Csv.record(b,
            a.id(),
            Csv.cell(a.path()),
            Csv.cell(a.title()),
            a.published() == null ? "" : a.published().toString(),
            a.text().codePointCount(0, a.text().length()),
            mentionCounts[MentionType.AMOUNT.ordinal()],
            mentionCounts[MentionType.DATE.ordinal()],
            mentionCounts[MentionType.DURATION.ordinal()],
            mentionCounts[MentionType.PARTY.ordinal()],
            a.format(),
            a.encoding());
        cells = Csv.utf8(b);
        statusBytes = lastCell(status);
        b.setLength(0);
        CodePoints cp = CodePoints.of(a.text());
        for (Mention m : extracted.mentions()) {
          Csv.record(b,
              a.id(),
              m.type(),
              Csv.cell(m.subtype()),
              Csv.cell(m.surface()),
              cp.index(m.start()),
              cp.index(m.end()),
              Csv.cell(m.value()),
              Csv.cell(m.unit()),
              Csv.cell(m.canonical()),
              Csv.cell(m.mod()),
              Csv.cell(m.role()));
          Csv.endRecord(b);
        }
        rows = Csv.utf8(b);
      } catch (CharacterCodingException e) {
        failure = e;
      }
      articleCells = cells;
      statusCell = statusBytes;
      mentionRows = rows;
      unwritable = failure;
      report = CorpusReport.prepare(extracted);
    }

    /** The article's id. */
    public String id() {
      return id;
    }
  }

  /** The status cell of articles.csv with its delimiter before and the line end after, UTF-8. */
  private static byte[] lastCell(String status) throws CharacterCodingException {
    StringBuilder b = new StringBuilder(status.length() + 8);
    Csv.next(b, Csv.cell(status));
    Csv.endRecord(b);
    return Csv.utf8(b);
  }

  /** The part of one article that depends on no other: pure and thread-safe. */
  public static Prepared prepare(ExtractedArticle extracted) {
    return new Prepared(extracted);
  }

  /** One article; {@code duplicateOf} is null for an original: {@code accept(prepare(extracted), duplicateOf)}. */
  public void accept(ExtractedArticle extracted, DuplicateOf duplicateOf) throws IOException {
    accept(prepare(extracted), duplicateOf);
  }

  /** One prepared article, in input order; {@code duplicateOf} is null for an original. */
  public void accept(Prepared p, DuplicateOf duplicateOf) throws IOException {
    if (p.unwritable != null) {
      throw p.unwritable;
    }
    articleCount++;
    articles.write(p.articleCells);
    if (duplicateOf != null) {
      duplicateCount++;
      articles.write(lastCell(p.status + duplicateStatus(duplicateOf)));
      duplicates.printRecord(duplicateRow(p.path, p.id, duplicateOf));
    } else {
      articles.write(p.statusCell);
    }
    mentions.write(p.mentionRows);
    for (int t = 0; t < TYPES.length; t++) {
      mentionCounts[t] += p.mentionCounts[t];
    }
    if (duplicateOf == null || keepDuplicates) {
      corpus.accept(p.report);
    }
  }

  /** {@code ok}, or {@code ok; } followed by what the user should know about the article. */
  public static String status(ExtractedArticle extracted) {
    StringBuilder s = new StringBuilder("ok");
    if (extracted.article().published() == null) {
      s.append("; no publication date, relative dates unresolved");
    }
    for (String w : extracted.warnings()) {
      s.append("; ").append(w);
    }
    return s.toString();
  }

  @Override
  public void error(InputError error) {
    errors.add(error);
  }

  /** Articles written so far. */
  public int articleCount() {
    return articleCount;
  }

  /** Duplicates written so far (counted in {@link #articleCount()} too). */
  public int duplicateCount() {
    return duplicateCount;
  }

  /** Mentions written so far, per type. */
  public Map<MentionType, Integer> mentionCounts() {
    Map<MentionType, Integer> out = new EnumMap<>(MentionType.class);
    for (MentionType t : TYPES) {
      if (mentionCounts[t.ordinal()] > 0) {
        out.put(t, mentionCounts[t.ordinal()]);
      }
    }
    return out;
  }

  /** Inputs that failed so far. */
  public List<InputError> errors() {
    return List.copyOf(errors);
  }

  @Override
  public void close() throws IOException {
    try (articles;
        mentions;
        duplicates;
        CSVPrinter err = Csv.open(folder.resolve(ERRORS), bom, ERROR_HEADER)) {
      ReportFiles.write(folder, corpus.tables(), options);
      List<InputError> sorted = new ArrayList<>(errors);
      sorted.sort(Comparator.comparing(InputError::path).thenComparing(InputError::reason));
      for (InputError e : sorted) {
        err.printRecord(Csv.cell(e.path()), Csv.cell(e.reason()));
      }
    }
  }
}
