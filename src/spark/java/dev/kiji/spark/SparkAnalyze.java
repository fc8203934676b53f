package dev.kiji.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import dev.kiji.cli.ReportFlags;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Ingest;
import dev.kiji.ingest.IngestResult;
import dev.kiji.ingest.InputError;
import dev.kiji.report.CorpusReport;
import dev.kiji.report.Csv;
import dev.kiji.report.CsvReports;
import dev.kiji.report.ReportFiles;
import dev.kiji.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import scala.Tuple2;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kiji analyze} as a Spark job: ingest → analyze → extract on the executors (one Kuromoji
 * pipeline per executor JVM, see {@link Extraction}), mentions and articles written by Spark as
 * Parquet and CSV, and the aggregate reports built from partial {@link CorpusReport}s merged on
 * the way to the driver, then written by the core's own {@link ReportFiles}: the same
 * entities.csv, timeline.csv, cooccurrence.csv, amounts.csv, amount_totals.csv, terms.csv,
 * report.html and errors.csv as {@code kiji analyze} writes for the same input and flags.
 *
 * <pre>
 * spark-submit --class dev.kiji.spark.SparkAnalyze target/kiji-spark-0.1.0-SNAPSHOT.jar \
 *     --input corpus --output reports-spark
 * spark-submit ... --input news.parquet --format parquet --output out   # a table: title, body, url, published
 * </pre>
 *
 * <p>Output folder: the report files above, and the Spark folders {@code mentions.parquet},
 * {@code mentions.csv}, {@code articles.parquet}, {@code articles.csv} (part files; the columns of
 * kiji's mentions.csv and articles.csv, offsets in code points; CSV without BOM, LF line ends).
 *
 * <p>Measured on livedoor (6,086 articles, 2 cores): about 340,000 articles per executor
 * core-hour of CPU (560,000 once the JVM is warm); the job prints its own figure.
 *
 * <p>Weaknesses: the merged report (every money amount, the article ids of each party) is held by
 * the driver, so its memory grows with the corpus; {@code --lexicon} is not supported yet.
 */
@Command(
    name = "kiji-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse a corpus on Spark: the mentions, articles and reports of kiji analyze.",
      "",
      "Exit codes: 0 all read, 1 some inputs failed (see errors.csv), 2 usage, 3 run failed."
    })
public final class SparkAnalyze implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "PATH", required = true,
      description = "Input folder or file, any Hadoop file system (repeatable).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "Output folder (replaced parts).")
  String output;

  @Option(names = "--format", paramLabel = "F", defaultValue = "files",
      description = "files (txt/html/jsonl read as kiji analyze does), or a table with columns title, body, url, "
          + "published: parquet, csv (header row, RFC 4180 quotes) or json (JSON Lines).")
  String format;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Input partitions (default: 4 × the default parallelism).")
  Integer partitions;

  @Mixin ReportFlags report;

  @Option(names = "--near-threshold", paramLabel = "J", defaultValue = "0.85",
      description = "Estimated Jaccard similarity from which an article is a near duplicate of an earlier one, "
          + "as in kiji analyze (default: ${DEFAULT-VALUE}).")
  double nearThreshold;

  private SparkSession spark;
  private PrintWriter out;
  private PrintWriter err;

  /** Runs the job in {@code spark}; returns the exit code. */
  public static int run(SparkSession spark, PrintWriter out, PrintWriter err, String... args) {
    SparkAnalyze job = new SparkAnalyze();
    job.spark = spark;
    job.out = out;
    job.err = err;
    CommandLine cl = new CommandLine(job).setOut(out).setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println("kiji-spark: error: " + e);
      e.printStackTrace(err);
      return 3;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** spark-submit's entry point; without a master set, runs in {@code local[*]}. */
  public static void main(String[] args) {
    SparkSession.Builder b = SparkSession.builder().appName("kiji-spark");
    if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    int code;
    try {
      code = run(spark, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
          new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  @Override
  public Integer call() throws IOException {
    ReportOptions options;
    try {
      options = report.options();
    } catch (IllegalArgumentException e) {
      err.println("kiji-spark: error: " + e.getMessage());
      return 2;
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("files", "parquet", "csv", "json").contains(fmt)) {
      err.println("kiji-spark: error: --format must be files, parquet, csv or json: " + format);
      return 2;
    }
    // one zone and date type on every node: published dates as LocalDate, timestamps read in Tokyo
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    spark.conf().set("spark.sql.session.timeZone", "Asia/Tokyo");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    int n = partitions != null ? partitions : 4 * jsc.defaultParallelism();
    long t0 = System.nanoTime();

    JavaRDD<Row> rows;
    if (fmt.equals("files")) {
      InputRoots roots;
      try {
        roots = InputRoots.resolve(inputs, hadoop);
      } catch (IOException e) {
        err.println(e.getMessage());
        return 3;
      }
      // one Hadoop configuration per partition, not per file (binaryFiles rebuilds it for every file)
      Map<String, String> conf = new HashMap<>();
      hadoop.forEach(e -> conf.put(e.getKey(), e.getValue()));
      // each file with its number in input order, for duplicate detection (the first copy is the original)
      List<Tuple2<String, Long>> listed = roots.list(hadoop);
      List<Tuple2<Long, Tuple2<String, Long>>> numbered = new ArrayList<>(listed.size());
      for (int i = 0; i < listed.size(); i++) {
        numbered.add(new Tuple2<>((long) i, listed.get(i)));
      }
      rows = jsc.parallelize(numbered, n).mapPartitions(files -> {
        Configuration c = new Configuration(false);
        conf.forEach(c::set);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, 0), false)
            .flatMap(f -> {
              String path = roots.display(f._2()._1());
              return readAndExtract(c, f._2()._1(), f._2()._2(), path, f._1()).stream();
            })
            .iterator();
      });
    } else {
      String label = String.join(",", inputs);
      // CSV cells may hold line breaks (bodies do); JSON is JSON Lines, one article per line
      Dataset<Row> table = spark.read().format(fmt).option("header", "true").option("escape", "\"")
          .option("multiLine", fmt.equals("csv")).load(inputs.toArray(String[]::new));
      rows = table.select(to_json(struct(col("*")))).as(Encoders.STRING()).javaRDD()
          .zipWithIndex()
          .repartition(n)
          .flatMap(t -> {
            String path = label + "#" + (t._2() + 1);
            return Extraction.rows(Ingest.readRecord(path, t._1()), path, t._2()).iterator();
          });
    }
    Dataset<Row> extracted = spark.createDataFrame(rows, ExtractedRows.ARTICLE).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long cpu0 = processCpuNanos();
      long total = extracted.count();
      double seconds = (System.nanoTime() - t0) / 1e9;
      int cores = jsc.defaultParallelism();
      out.printf(Locale.ROOT, "kiji-spark: extracted %d inputs in %.1f s on %d cores (%.0f per hour per core)%n",
          total, seconds, cores, total / seconds * 3600 / cores);
      if (jsc.isLocal() && cpu0 >= 0) {
        // in local mode the executors are this JVM: its CPU time is what the extraction cost, whatever else runs
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "kiji-spark: %.1f CPU s in this JVM (%.0f inputs per CPU hour)%n", cpu, total / cpu * 3600);
      }
      return write(extracted, options, hadoop, t0);
    } finally {
      extracted.unpersist();
    }
  }

  private int write(Dataset<Row> extracted, ReportOptions options, Configuration hadoop, long t0) throws IOException {
    Dataset<Row> ok = extracted.filter(col("error").isNull());
    Duplicates dups = Duplicates.find(ok, nearThreshold);
    if (!dups.rows().isEmpty()) {
      // articles.csv marks a duplicate in its status, as kiji analyze does
      Dataset<Row> marks = spark.createDataFrame(dups.statusRows(), Duplicates.STATUS);
      ok = ok.join(marks, scala.jdk.javaapi.CollectionConverters.asScala(List.of("input", "record")).toSeq(), "left")
          .withColumn("status", concat(col("status"), coalesce(col("duplicate_status"), lit(""))))
          .drop("duplicate_status");
    }
    Dataset<Row> mentions = ok.select(col("id").as("article_id"), explode(col("mentions")).as("m"))
        .select("article_id", "m.type", "m.subtype", "m.surface", "m.start", "m.end", "m.value", "m.unit",
            "m.canonical", "m.mod", "m.role");
    Dataset<Row> articles = ok.select("id", "path", "title", "published", "characters", "amounts", "dates",
        "durations", "parties", "format", "encoding", "status");
    mentions.write().mode(SaveMode.Overwrite).parquet(output + "/mentions.parquet");
    csv(mentions).write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
        .option("emptyValue", "").csv(output + "/mentions.csv");
    articles.write().mode(SaveMode.Overwrite).parquet(output + "/articles.parquet");
    csv(articles).write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
        .option("emptyValue", "").csv(output + "/articles.csv");

    Broadcast<java.util.Set<String>> skip = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(report.keepDuplicates() ? java.util.Set.of() : dups.keys());
    CorpusReport merged = ok.javaRDD()
        .filter(r -> !skip.value().contains(Duplicates.key(r)))
        .treeAggregate(new CorpusReport(options),
        (r, row) -> {
          r.accept(ExtractedRows.article(row));
          return r;
        },
        CorpusReport::merge);
    List<Row> errors = new ArrayList<>(extracted.filter(col("error").isNotNull()).select("path", "error").collectAsList());
    errors.sort(Comparator.comparing((Row r) -> r.getString(0)).thenComparing(r -> r.getString(1)));

    java.nio.file.Path local = Files.createTempDirectory("kiji-spark-reports");
    try {
      CorpusReport.Tables tables = merged.tables();
      ReportFiles.write(local, tables, options);
      try (CSVPrinter p = Csv.open(local.resolve(CsvReports.DUPLICATES), options.bom(), CsvReports.DUPLICATE_HEADER)) {
        for (List<String> row : dups.rows()) {
          p.printRecord(row);
        }
      }
      try (CSVPrinter p = Csv.open(local.resolve("errors.csv"), options.bom(), "path", "reason")) {
        for (Row e : errors) {
          p.printRecord(Csv.cell(e.getString(0)), Csv.cell(e.getString(1)));
        }
      }
      org.apache.hadoop.fs.Path dest = new org.apache.hadoop.fs.Path(output);
      FileSystem fs = dest.getFileSystem(hadoop);
      fs.mkdirs(dest);
      List<String> names = new ArrayList<>(ReportFiles.ALL);
      names.add("errors.csv");
      names.add(CsvReports.DUPLICATES);
      for (String name : names) {
        fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(local.resolve(name).toUri()),
            new org.apache.hadoop.fs.Path(dest, name));
      }
      Map<MentionType, Integer> counts = tables.summary().mentions();
      out.printf(Locale.ROOT, "kiji-spark: %d articles, %d errors in %.1f s%n", tables.summary().articles(),
          errors.size(), (System.nanoTime() - t0) / 1e9);
      out.printf(Locale.ROOT, "  mentions: AMOUNT %d, DATE %d, DURATION %d, PARTY %d%n",
          counts.getOrDefault(MentionType.AMOUNT, 0), counts.getOrDefault(MentionType.DATE, 0),
          counts.getOrDefault(MentionType.DURATION, 0), counts.getOrDefault(MentionType.PARTY, 0));
      out.printf(Locale.ROOT, "  output:   %s (%s, errors.csv, mentions.parquet, mentions.csv, articles.parquet, articles.csv)%n",
          output, String.join(", ", ReportFiles.ALL));
    } finally {
      try (var s = Files.list(local)) {
        for (java.nio.file.Path f : s.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(local);
    }
    return errors.isEmpty() ? 0 : 1;
  }

  /** Reads and extracts one listed file as {@code kiji analyze} does (same size limit, same error texts). */
  static List<Row> readAndExtract(Configuration conf, String qualified, long length, String path, long input) {
    if (length > Ingest.MAX_BYTES) {
      return List.of(ExtractedRows.of(new InputError(path,
          "file too large (" + length + " bytes; limit " + Ingest.MAX_BYTES + ")")));
    }
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(qualified);
    byte[] bytes;
    try (var in = p.getFileSystem(conf).open(p)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return List.of(ExtractedRows.of(new InputError(path,
          "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
    IngestResult read;
    try {
      read = Ingest.read(path, bytes);
    } catch (RuntimeException e) {
      return List.of(ExtractedRows.of(new InputError(path, "cannot read: " + e)));
    }
    return Extraction.rows(read, path, input);
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }

  /** The same columns with every text cell made safe for spreadsheets ({@link Csv#cell}), as kiji's CSVs. */
  private static Dataset<Row> csv(Dataset<Row> in) {
    var schema = in.schema();
    boolean[] text = new boolean[schema.fields().length];
    for (int i = 0; i < text.length; i++) {
      text[i] = schema.fields()[i].dataType().equals(org.apache.spark.sql.types.DataTypes.StringType);
    }
    return in.map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> {
      Object[] v = new Object[text.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = text[i] && !r.isNullAt(i) ? Csv.cell(r.getString(i)) : r.get(i);
      }
      return RowFactory.create(v);
    }, Encoders.row(schema));
  }
}
