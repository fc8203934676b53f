package dev.kiji.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.Ingest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of articles (title, body, url, published) as Parquet, JSON or CSV gives the reports
 * {@code kiji analyze} gives for the same records as a JSON Lines file. Only amounts.csv may
 * differ, in its path column ({@code table#N} against {@code file.jsonl#N}).
 */
class TableInputTest {

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"parquet", "json", "csv"})
  void testTableGivesTheReportsOfTheSameJsonLines(String format) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Article a : Ingest.readAll(List.of(LocalSpark.projectRoot().resolve("corpus"))).articles()) {
      ObjectNode o = json.createObjectNode();
      o.put("title", a.title());
      o.put("body", a.text());
      o.put("url", a.sourceUrl() == null ? "https://example.com/" + a.id() : a.sourceUrl());
      if (a.published() != null) {
        o.put("published", a.published().toString());
      }
      lines.add(json.writeValueAsString(o));
    }
    Path jsonl = tmp.resolve("articles.jsonl");
    Files.write(jsonl, lines, StandardCharsets.UTF_8);
    Dataset<Row> table = LocalSpark.session().read().json(jsonl.toString()).repartition(3);
    Path input = tmp.resolve("table." + format);
    table.write().mode(SaveMode.Overwrite).format(format).option("header", "true").option("escape", "\"").save(input.toString());

    LocalSpark.Run k = LocalSpark.kiji("analyze", "--corpus", jsonl.toString(), "--out", tmp.resolve("kiji").toString(),
        "--index", tmp.resolve("index").toString());
    assertEquals(0, k.code(), k.err());
    LocalSpark.Run s = LocalSpark.spark("--input", input.toString(), "--format", format, "--output", tmp.resolve("spark").toString());
    assertEquals(0, s.code(), s.err());

    for (String name : List.of("entities.csv", "timeline.csv", "cooccurrence.csv", "amount_totals.csv", "terms.csv")) {
      assertEquals(Files.readString(tmp.resolve("kiji").resolve(name)), Files.readString(tmp.resolve("spark").resolve(name)), name);
    }
    List<String> expected = withoutPath(SameReports.csvRows(tmp.resolve("kiji/amounts.csv")));
    assertTrue(expected.size() > 5, "amounts: " + expected.size());
    assertEquals(expected, withoutPath(SameReports.csvRows(tmp.resolve("spark/amounts.csv"))));
    assertEquals(lines.size(), LocalSpark.session().read().parquet(tmp.resolve("spark/articles.parquet").toString()).count());
  }

  private static List<String> withoutPath(List<String> rows) {
    return rows.stream().map(r -> r.replaceFirst("^([^\t]*)\t[^\t]*\t", "$1\t")).sorted().toList();
  }
}
