package dev.kiji.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for every test class of the JVM, and in-process runs of both commands. */
final class LocalSpark {

  private static SparkSession spark;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (spark == null) {
      spark = SparkSession.builder().master("local[2]").appName("kiji-spark-test")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/kiji-spark-warehouse")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }

  /** The kiji project root: the nearest folder above the working directory with corpus/ and stopwords/. */
  static Path projectRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !(Files.isDirectory(p.resolve("corpus")) && Files.isDirectory(p.resolve("stopwords")))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no kiji project above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  /** {@code path} relative to the working directory, the form both commands show in reports. */
  static String relative(Path path) {
    return Path.of("").toAbsolutePath().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  record Run(int code, String out, String err) {}

  static Run spark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkAnalyze.run(session(), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run kiji(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = dev.kiji.cli.Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }
}
