package dev.kiji.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.kiji.report.BodySignature;
import dev.kiji.report.CsvReports;
import dev.kiji.report.Deduplicator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The duplicates of a Spark run, found as {@code kiji analyze} finds them: the body signatures
 * (76 bytes per article) go to the driver, which checks them in input order with the core's
 * {@link Deduplicator}, so the first copy is the original and the same articles are duplicates.
 *
 * <p>Weakness: the driver holds every signature at once (about 100 MB per million articles).
 *
 * @param keys {@link #key(Row)} of every duplicate
 * @param rows duplicates.csv rows, in input order
 * @param statusRows (input, record, status suffix) of every duplicate, schema {@link #STATUS}
 */
record Duplicates(Set<String> keys, List<List<String>> rows, List<Row> statusRows) {

  /** The columns that mark a duplicate's status in articles.csv. */
  static final StructType STATUS = new StructType()
      .add("input", LongType)
      .add("record", IntegerType)
      .add("duplicate_status", StringType);

  /** An article row's place in input order, e.g. {@code "12:0"}. */
  static String key(Row r) {
    return r.<Long>getAs("input") + ":" + r.<Integer>getAs("record");
  }

  /** Finds the duplicates among the article rows {@code ok} (no error rows). */
  static Duplicates find(Dataset<Row> ok, double nearThreshold) {
    List<Row> sigs = new ArrayList<>(ok.select("input", "record", "path", "id", "signature").collectAsList());
    sigs.sort(Comparator.comparing((Row r) -> r.getLong(0)).thenComparing(r -> r.getInt(1)));
    Deduplicator dedup = new Deduplicator(nearThreshold);
    Set<String> keys = new HashSet<>();
    List<List<String>> rows = new ArrayList<>();
    List<Row> status = new ArrayList<>();
    for (int i = 0; i < sigs.size(); i++) {
      Row r = sigs.get(i);
      Deduplicator.Match m = dedup.check(BodySignature.fromBytes(r.getAs("signature")), i);
      if (m == null) {
        continue;
      }
      Row original = sigs.get(m.reference());
      CsvReports.DuplicateOf of = new CsvReports.DuplicateOf(original.getAs("path"), original.getAs("id"), m.kind(),
          m.similarity());
      keys.add(key(r));
      rows.add(CsvReports.duplicateRow(r.getAs("path"), r.getAs("id"), of));
      status.add(RowFactory.create(r.getLong(0), r.getInt(1), CsvReports.duplicateStatus(of)));
    }
    return new Duplicates(Set.copyOf(keys), List.copyOf(rows), List.copyOf(status));
  }
}
