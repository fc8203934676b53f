package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch with broken inputs completes; each input is read or listed in errors.csv. */
class AnalyzeBadInputTest {

  @TempDir Path dir;

  private List<CSVRecord> csv(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(text.substring(1))).getRecords();
  }

  @Test
  void testEveryInputIsReadOrListedWithItsReason() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), "予算の記事\n公開日:2025/02/01\n\n政府は約3兆円を計上した。\n");
    Files.write(in.resolve("b-empty.txt"), new byte[0]);
    Files.write(in.resolve("c-binary.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x10, 0x00, 0x00});
    Files.write(in.resolve("d-sjis.txt"),
        "円安の記事\n公開日:2025/02/02\n\n輸入額は45億ドルに達した。\n".getBytes(Charset.forName("windows-31j")));
    Files.writeString(in.resolve("e-wire.jsonl"),
        "{\"title\":\"一\",\"body\":\"本文は100人が参加した。\",\"published\":\"2025-02-03\"}\n"
            + "{\"title\": broken\n"
            + "{\"title\":\"三\",\"body\":\"本文は5件。\",\"published\":\"2025-02-04\"}\n");
    Files.writeString(in.resolve("f-nobody.html"), "<html><head><title>空</title></head></html>");

    Path out = dir.resolve("out");
    Cli r = Cli.run("analyze", "--corpus", in.toString(), "--out", out.toString(), "--index", dir.resolve("ix").toString());

    assertEquals(Main.SOME_INPUT_FAILED, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("6 files, 4 articles, 4 errors"), r.out());
    Map<String, String> errors = csv(out.resolve("errors.csv")).stream()
        .collect(Collectors.toMap(e -> Path.of(e.get("path")).getFileName().toString(), e -> e.get("reason")));
    assertEquals(4, errors.size(), errors.toString());
    assertTrue(errors.get("b-empty.txt").contains("empty"), errors.toString());
    assertTrue(errors.get("c-binary.txt").contains("binary"), errors.toString());
    assertTrue(errors.get("e-wire.jsonl#2").contains("JSON"), errors.toString());
    assertTrue(errors.get("f-nobody.html").contains("no article text"), errors.toString());
    for (String name : errors.keySet()) {
      assertTrue(r.err().contains(name + ": error: "), r.err());
    }

    Map<String, CSVRecord> articles = csv(out.resolve("articles.csv")).stream()
        .collect(Collectors.toMap(a -> Path.of(a.get("path")).getFileName().toString(), a -> a));
    assertEquals(List.of("a-good.txt", "d-sjis.txt", "e-wire.jsonl#1", "e-wire.jsonl#3"),
        articles.keySet().stream().sorted().toList());
    CSVRecord sjis = articles.get("d-sjis.txt");
    assertEquals("windows-31j", sjis.get("encoding"));
    assertEquals("円安の記事", sjis.get("title"));
    assertEquals("1", sjis.get("amounts"), "45億ドル is read from the decoded text; 円安 is no amount");
    List<CSVRecord> mentions = csv(out.resolve("mentions.csv"));
    assertTrue(mentions.stream().anyMatch(m -> m.get("article_id").equals(sjis.get("id"))
        && m.get("surface").equals("45億ドル") && m.get("value").equals("4500000000")), mentions.toString());
  }

  @Test
  void testMissingCorpusFolderFailsClearly() {
    Cli r = Cli.run("analyze", "--corpus", dir.resolve("nope").toString(), "--out", dir.resolve("o").toString(),
        "--index", dir.resolve("i").toString());
    assertEquals(Main.FAILED, r.code());
    assertTrue(r.err().contains("nope: error: no such file or folder"), r.err());
  }
}
