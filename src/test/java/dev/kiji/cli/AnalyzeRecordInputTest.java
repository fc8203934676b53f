package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiji analyze} over CSV and gzipped JSON Lines dumps, with {@code --field}. */
class AnalyzeRecordInputTest {

  @TempDir Path dir;

  private static List<CSVRecord> csv(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(text.substring(1))).getRecords();
  }

  @Test
  void testFieldOptionAndGzipDump() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in dumps"));
    Files.writeString(in.resolve("export.csv"),
        "id,hed,article_text,when\n1,予算の記事,政府は約3兆円を計上した。,2025-02-01\n2,円安の記事,輸入額は45億ドルに達した。,2025-02-02\n");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write("{\"title\":\"一\",\"body\":\"100人が参加した。\",\"published\":\"2025-02-03\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(in.resolve("wire.jsonl.gz"), gz.toByteArray());
    Path out = dir.resolve("out");
    Cli r = Cli.run("analyze", "--corpus", in.toString(), "--out", out.toString(), "--index", dir.resolve("ix").toString(),
        "--field", "title=hed", "--field", "body=article_text", "--field", "published=when", "--threads", "2");
    assertEquals(Main.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("2 files, 3 articles, 0 errors"), r.out());
    List<CSVRecord> articles = csv(out.resolve("articles.csv"));
    assertEquals(List.of("export.csv#1", "export.csv#2", "wire.jsonl.gz#1"),
        articles.stream().map(a -> Path.of(a.get("path")).getFileName().toString()).toList());
    assertEquals("csv", articles.get(0).get("format"));
    assertEquals("2025-02-01", articles.get(0).get("published"));
    assertEquals("jsonl+gzip", articles.get(2).get("format"));
    assertEquals("UTF-8", articles.get(2).get("encoding"));
  }

  @Test
  void testBadFieldOptionIsUsageError() {
    Cli r = Cli.run("analyze", "--corpus", dir.toString(), "--out", dir.resolve("o").toString(),
        "--index", dir.resolve("ix").toString(), "--field", "author=byline");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("unknown role 'author'"), r.err());
  }
}
