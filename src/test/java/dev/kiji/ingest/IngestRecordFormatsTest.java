package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV, TSV, JSON arrays, gzip and field names, each read through {@link Ingest#open}. */
class IngestRecordFormatsTest {

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Entries in stream order: articles as path|format|title|published|url, errors as E path: reason. */
  private static String summary(String name, String content) {
    byte[] b = content.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    try (ArticleStream s = Ingest.open(name, new java.io.ByteArrayInputStream(b), b.length, IngestOptions.DEFAULTS)) {
      s.forEachRemaining(i -> {
        Article a = i.article();
        if (a != null) {
          sb.append(a.path()).append('|').append(a.format()).append('|').append(a.title()).append('|')
              .append(a.published()).append('|').append(a.sourceUrl()).append(';');
        } else {
          sb.append("E ").append(i.error()).append(';');
        }
      });
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      value = {
        // name ¦ content ¦ expected summary
        "csvWithHeader ¦ d.csv ¦ title,body,url,published\\n見出し,本文です。,https://x.jp/1,2024-06-13\\n ¦ "
            + "d.csv#1|csv|見出し|2024-06-13|https://x.jp/1;",
        "csvDetectedByHeaderNotExtension ¦ d.txt ¦ headline,text,link,date\\nA,本文,https://x.jp/2,2024/1/2\\n ¦ "
            + "d.txt#1|csv|A|2024-01-02|https://x.jp/2;",
        "csvHeaderCaseIgnored ¦ d.csv ¦ Title,Body\\nA,本文\\n ¦ d.csv#1|csv|A|null|null;",
        "csvQuotedCommaAndNewline ¦ d.csv ¦ title,body\\n\"A, B\",\"一行目\\n二行目\"\\nC,本文\\n ¦ "
            + "d.csv#1|csv|A, B|null|null;d.csv#2|csv|C|null|null;",
        "csvRowWithoutTitleOrBody ¦ d.csv ¦ title,body,url\\n,,https://x.jp\\nB,本文\\n ¦ "
            + "E d.csv#1: row 1: no title or body;d.csv#2|csv|B|null|null;",
        "csvShortRow ¦ d.csv ¦ url,title,body\\nhttps://x.jp/3\\n ¦ E d.csv#1: row 1: no title or body;",
        "csvHeaderWithoutKnownColumn ¦ d.csv ¦ a,b\\n1,2\\n ¦ "
            + "E d.csv: CSV header has no title or body column (header: a,b; use --field body=NAME);",
        "csvUnclosedQuoteStopsFile ¦ d.csv ¦ title,body\\nA,本文\\nB,\"閉じない\\n ¦ "
            + "d.csv#1|csv|A|null|null;E d.csv#2: row 2: malformed CSV: (startline 3) EOF reached before encapsulated token finished; rest of the file not read;",
        "csvHeaderOnly ¦ d.csv ¦ title,body\\n ¦ E d.csv: CSV file has a header but no rows;",
        "tsvByContent ¦ d.txt ¦ title\\tbody\\nA\\t本文\\n ¦ d.txt#1|csv|A|null|null;",
        "tsvByExtension ¦ d.tsv ¦ x\\ttitle\\n1\\tA\\n ¦ d.tsv#1|csv|A|null|null;",
        "jsonArrayElements ¦ a.json ¦ [{\"title\":\"A\",\"body\":\"b\"},\\n{\"title\":\"B\",\"body\":\"c\"}] ¦ "
            + "a.json#1|jsonl|A|null|null;a.json#2|jsonl|B|null|null;",
        "jsonArrayBadElement ¦ a.json ¦ [{\"title\":\"A\"},3,{\"body\":\"c\"}] ¦ "
            + "a.json#1|jsonl|A|null|null;E a.json#2: element 2: not a JSON object;a.json#3|jsonl||null|null;",
        "jsonArrayBrokenMidway ¦ a.json ¦ [{\"title\":\"A\"},{\"title\": ¦ "
            + "a.json#1|jsonl|A|null|null;E a.json#2: malformed JSON at line 1: Unexpected end-of-input within/between Object entries; rest of the file not read;",
        "jsonArrayEmpty ¦ a.json ¦ [] ¦ E a.json: empty JSON array;",
        "jsonNestedFieldByDefaultNameIgnored ¦ a.jsonl ¦ {\"meta\":{\"title\":\"A\"}}\\n ¦ E a.jsonl#1: line 1: no title or body;",
        "jsonKeyCaseIgnored ¦ a.jsonl ¦ {\"Title\":\"A\",\"BODY\":\"b\"}\\n ¦ a.jsonl#1|jsonl|A|null|null;",
        "jsonlBomAndCrlf ¦ a.jsonl ¦ \uFEFF{\"title\":\"A\"}\r\\n{\"title\":\"B\"}\r\\n ¦ a.jsonl#1|jsonl|A|null|null;a.jsonl#2|jsonl|B|null|null;",
      })
  void testRecordLayouts(String name, String file, String content, String expected) {
    assertEquals(expected.strip(), summary(file.strip(), content.strip()), name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "jsonl, '{\"title\":\"圧縮\",\"body\":\"本文\"}\n', feed.jsonl.gz, jsonl+gzip",
    "csv, 'title,body\n圧縮,本文\n', feed.csv.gz, csv+gzip",
    "text, '圧縮された記事\n本文。\n', a.txt.gz, scraped-text+gzip",
    "html, '<html><head><title>圧縮</title></head><body><p>本文。</p></body></html>', a.html.gz, html+gzip",
    "livedoor, 'http://news.example.jp/1\n2012-01-02T03:04:05+0900\n圧縮\n本文\n', a.txt.gz, livedoor+gzip",
    "gzipWithoutGzExtension, '{\"title\":\"圧縮\",\"body\":\"本文\"}\n', feed.jsonl, jsonl+gzip",
  })
  void testGzipOfEachFormat(String name, String content, String file, String format) {
    IngestResult r = Ingest.read(file, gzip(content.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), r.errors(), name);
    assertEquals(format, r.articles().get(0).format(), name);
    assertTrue(r.articles().get(0).text().contains("本文"), name);
  }

  @Test
  void testTruncatedGzipKeepsRecordsBeforeTheCut() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20000; i++) {
      sb.append("{\"title\":\"記事").append(i).append("\",\"body\":\"本文").append(i * 7919).append("\"}\n");
    }
    byte[] gz = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
    IngestResult r = Ingest.read("cut.jsonl.gz", cut);
    assertTrue(r.articles().size() > 100 && r.articles().size() < 20000, "" + r.articles().size());
    assertEquals(1, r.errors().size());
    assertEquals("cut.jsonl.gz", r.errors().get(0).path());
    assertTrue(r.errors().get(0).reason().startsWith("corrupt or truncated gzip data: "), r.errors().toString());
  }

  @Test
  void testNotGzipAfterMagicBytes() {
    byte[] b = {0x1F, (byte) 0x8B, 'x', 'y', 'z', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    IngestResult r = Ingest.read("fake.gz", b);
    assertEquals(List.of(), r.articles());
    assertTrue(r.errors().get(0).reason().startsWith("corrupt or truncated gzip data"), r.errors().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "UTF-8, UTF-8",
    "Shift_JIS, windows-31j",
    "EUC-JP, EUC-JP",
  })
  void testCsvAndJsonLinesEncodings(String charset, String reported) {
    Charset cs = Charset.forName(charset);
    String csv = "title,body\n日本の記事です,円安が進んだ。政府は対応を検討している。\n";
    String jsonl = "{\"title\":\"日本の記事です\",\"body\":\"円安が進んだ。政府は対応を検討している。\"}\n";
    for (String[] c : new String[][] {{"e.csv", csv}, {"e.jsonl", jsonl}}) {
      Article a = Ingest.read(c[0], c[1].getBytes(cs)).articles().get(0);
      assertEquals(reported, a.encoding(), c[0]);
      assertEquals("日本の記事です\n\n円安が進んだ。政府は対応を検討している。", a.text(), c[0]);
    }
  }

  @Test
  void testJsonLineInAnotherCharsetThanTheHead() {
    byte[] ascii = "{\"title\":\"ascii only\"}\n".getBytes(StandardCharsets.US_ASCII);
    byte[] sjis = "{\"title\":\"日本の記事です\",\"body\":\"円安が進んだ。\"}\n".getBytes(Charset.forName("windows-31j"));
    byte[] bad = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', 'x', (byte) 0x80, (byte) 0xFF, '"', '}', '\n'};
    byte[] all = new byte[ascii.length + sjis.length + bad.length];
    System.arraycopy(ascii, 0, all, 0, ascii.length);
    System.arraycopy(sjis, 0, all, ascii.length, sjis.length);
    System.arraycopy(bad, 0, all, ascii.length + sjis.length, bad.length);
    IngestResult r = Ingest.read("mixed.jsonl", all);
    assertEquals(List.of("UTF-8", "windows-31j", "UTF-8"), r.articles().stream().map(Article::encoding).toList());
    assertEquals("日本の記事です", r.articles().get(1).title());
    assertEquals(List.of(new InputError("mixed.jsonl#3", "line 3: malformed UTF-8 (2 sequence(s) replaced by U+FFFD)")),
        r.warnings());
  }

  @Test
  void testUtf16JsonLinesWithBom() {
    byte[] b = "\uFEFF{\"title\":\"一\"}\n{\"title\":\"二\"}\n".getBytes(StandardCharsets.UTF_16LE);
    IngestResult r = Ingest.read("u16.jsonl", b);
    assertEquals(List.of("u16.jsonl#1", "u16.jsonl#2"), r.articles().stream().map(Article::path).toList());
    assertEquals("UTF-16LE", r.articles().get(1).encoding());
  }

  @Test
  void testFieldNamesOption() {
    String jsonl = "{\"headline\":\"既定\",\"hed\":\"指定\",\"article_text\":\"本文\",\"text\":\"別\",\"meta\":{\"when\":\"2024-06-13\"}}\n";
    IngestOptions o = IngestOptions.DEFAULTS.withFields(
        FieldNames.of(List.of("title=hed", "body=article_text", "published=meta.when")));
    Article a = Ingest.read("f.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), o).articles().get(0);
    assertEquals("指定", a.title());
    assertEquals("指定\n\n本文", a.text());
    assertEquals(LocalDate.of(2024, 6, 13), a.published());
    Article d = Ingest.read("f.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)).articles().get(0);
    assertEquals("既定\n\n別", d.text());
    assertNull(d.published());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      value = {
        "headlineWithComma ¦ 速報、title 変更へ,text 公開\\n本文。 ¦ scraped-text",
        "sentenceCell ¦ title,政府は予算を決めた。\\n本文。 ¦ scraped-text",
        "header ¦ title,body\\n見出し,本文 ¦ csv",
      })
  void testCsvHeaderOrText(String name, String content, String format) {
    IngestResult r = Ingest.read("x.txt", content.strip().replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(format, r.articles().get(0).format(), name);
  }

  @Test
  void testCsvDetectedWithUserFieldName() {
    String csv = "id,hed,story\n1,見出し,本文\n";
    IngestOptions o = IngestOptions.DEFAULTS.withFields(FieldNames.of(List.of("title=hed", "body=story")));
    IngestResult r = Ingest.read("x.txt", csv.getBytes(StandardCharsets.UTF_8), o);
    assertEquals("見出し\n\n本文", r.articles().get(0).text());
    assertEquals("csv", r.articles().get(0).format());
    IngestResult plain = Ingest.read("x.txt", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals("scraped-text", plain.articles().get(0).format());
  }

  @Test
  void testStreamIsLazy() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      sb.append("{\"title\":\"t").append(i).append("\"}\n");
    }
    try (ArticleStream s = Ingest.open("s.jsonl",
        new java.io.ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), -1, IngestOptions.DEFAULTS)) {
      assertTrue(s.perRecord());
      assertEquals("s.jsonl#1", s.next().article().path());
      assertEquals("s.jsonl#2", s.next().article().path());
    }
    try (ArticleStream s = Ingest.open("s.txt",
        new java.io.ByteArrayInputStream("題\n本文".getBytes(StandardCharsets.UTF_8)), -1, IngestOptions.DEFAULTS)) {
      assertFalse(s.perRecord());
      assertEquals("s.txt", s.next().article().path());
      assertFalse(s.hasNext());
    }
  }
}
