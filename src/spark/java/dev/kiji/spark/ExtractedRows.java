package dev.kiji.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.report.BodySignature;
import dev.kiji.report.CsvReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark form of an {@link ExtractedArticle}: one row per article (or per input that could not
 * be read, with {@code error} set), plain columns plus the mentions as an array of structs. Rows
 * carry only Spark's own types (strings, ints, dates, arrays, maps), so Spark stores and shuffles
 * them in its compact format; the core's records are rebuilt where the core needs them.
 *
 * <p>Mention {@code start}/{@code end} are code points into {@code text}, as in mentions.csv.
 * Needs {@code spark.sql.datetime.java8API.enabled=true} ({@code published} as {@code LocalDate}).
 */
final class ExtractedRows {

  /** A mention: the columns of mentions.csv after article_id, then {@code extra}. */
  static final StructType MENTION = new StructType()
      .add("type", StringType, false)
      .add("subtype", StringType)
      .add("surface", StringType, false)
      .add("start", IntegerType, false)
      .add("end", IntegerType, false)
      .add("value", StringType)
      .add("unit", StringType)
      .add("canonical", StringType)
      .add("mod", StringType)
      .add("role", StringType)
      .add("extra", createMapType(StringType, StringType));

  /**
   * An article: the columns of articles.csv, then error, text, source_url, mentions, terms, and
   * for duplicate detection its place in input order (input, record) and body signature.
   */
  static final StructType ARTICLE = new StructType()
      .add("id", StringType)
      .add("path", StringType, false)
      .add("title", StringType)
      .add("published", DateType)
      .add("characters", IntegerType)
      .add("amounts", IntegerType)
      .add("dates", IntegerType)
      .add("durations", IntegerType)
      .add("parties", IntegerType)
      .add("format", StringType)
      .add("encoding", StringType)
      .add("status", StringType)
      .add("error", StringType)
      .add("source_url", StringType)
      .add("text", StringType)
      .add("mentions", createArrayType(MENTION, false))
      .add("terms", createMapType(StringType, IntegerType, false))
      .add("input", LongType)
      .add("record", IntegerType)
      .add("signature", BinaryType);

  private ExtractedRows() {}

  /** The row of an analysed article, the {@code record}-th of input number {@code input}. */
  static Row of(ExtractedArticle e, long input, int record) {
    Article a = e.article();
    CodePoints cp = CodePoints.of(a.text());
    List<Row> mentions = new ArrayList<>(e.mentions().size());
    for (Mention m : e.mentions()) {
      mentions.add(RowFactory.create(m.type().name(), m.subtype(), m.surface(), cp.index(m.start()), cp.index(m.end()),
          m.value(), m.unit(), m.canonical(), m.mod(), m.role(), CollectionConverters.asScala(m.extra())));
    }
    return RowFactory.create(a.id(), a.path(), a.title(), a.published(), a.text().codePointCount(0, a.text().length()),
        e.count(MentionType.AMOUNT), e.count(MentionType.DATE), e.count(MentionType.DURATION),
        e.count(MentionType.PARTY), a.format(), a.encoding(), CsvReports.status(e), null, a.sourceUrl(), a.text(),
        CollectionConverters.asScala(mentions), CollectionConverters.asScala(e.terms()), input, record,
        BodySignature.of(a.title(), a.text()).toBytes());
  }

  /** The row of an input that could not be read. */
  static Row of(InputError error) {
    return RowFactory.create(null, error.path(), null, null, null, null, null, null, null, null, null, null,
        error.reason(), null, null, CollectionConverters.asScala(List.of()), CollectionConverters.asScala(Map.of()),
        null, null, null);
  }

  /** True for the row of an unreadable input. */
  static boolean isError(Row r) {
    return !r.isNullAt(r.fieldIndex("error"));
  }

  /** The article, mentions and term counts of an article row (warnings are not kept). */
  static ExtractedArticle article(Row r) {
    String text = r.getAs("text");
    Article a = new Article(r.getAs("id"), r.getAs("path"), r.getAs("title"), r.getAs("published"),
        r.getAs("source_url"), text, r.getAs("format"), r.getAs("encoding"));
    List<Row> rows = r.getList(r.fieldIndex("mentions"));
    List<Mention> mentions = new ArrayList<>(rows.size());
    for (Row m : rows) {
      int start = text.offsetByCodePoints(0, m.<Integer>getAs("start"));
      int end = text.offsetByCodePoints(start, m.<Integer>getAs("end") - m.<Integer>getAs("start"));
      Map<String, String> extra = m.getJavaMap(m.fieldIndex("extra"));
      mentions.add(new Mention(MentionType.valueOf(m.getAs("type")), m.getAs("subtype"), start, end,
          m.getAs("surface"), m.getAs("value"), m.getAs("unit"), m.getAs("canonical"), m.getAs("mod"),
          m.getAs("role"), extra));
    }
    Map<String, Integer> terms = r.getJavaMap(r.fieldIndex("terms"));
    return new ExtractedArticle(a, mentions, List.of(), terms);
  }
}
