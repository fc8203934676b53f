package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the ingest stage (fast; the gigabyte cases are in {@link
 * IngestHostileInputTest}): random bytes, and random mutations (flips, cuts, insertions of
 * syntax characters, NULs and control bytes, duplicated and deleted slices) of valid articles of
 * every format and encoding, plain and gzipped. For every input: at least one entry; every entry
 * an article or an error under the input's path; article text non-blank, within the limit, with
 * LF line ends and no control characters; each input done within {@value #SECONDS_PER_INPUT} s.
 */
class IngestFuzzTest {

  static final int SECONDS_PER_INPUT = 10;
  private static final long SEED = 20261126L;
  private static final Set<String> FORMATS = Set.of("scraped-text", "livedoor", "html", "jsonl", "csv");

  /** Valid inputs of every format: name, content. */
  static List<Object[]> samples() {
    String body = "政府は13日、45億ドルの支援を決めた。\n岸田首相は「10年間続ける」と述べた。";
    List<Object[]> s = new ArrayList<>();
    s.add(new Object[] {"a.txt", "見出しの記事\n" + body + "\n公開日:2024/06/13\nさらに読む ⇒出典/画像元: https://example.jp/1\n"});
    s.add(new Object[] {"b.txt", "http://news.example.jp/2\n2012-03-09T09:00:00+0900\n題名\n" + body + "\n"});
    s.add(new Object[] {"c.html", "<!DOCTYPE html><html><head><meta charset=utf-8><title>題 | サイト</title>"
        + "<meta property=\"article:published_time\" content=\"2024-06-13T09:00:00+09:00\">"
        + "<link rel=canonical href=\"https://example.jp/3\"></head><body><nav>メニュー</nav><article><h1>題</h1>"
        + "<p>" + body.replace("\n", "</p><p>") + "</p></article><footer>©</footer><script>x()</script></body></html>"});
    s.add(new Object[] {"d.jsonl", "{\"title\":\"一\",\"body\":\"" + body.replace("\n", "\\n") + "\",\"url\":\"https://example.jp/4\",\"published\":\"2024-06-13\"}\n"
        + "{\"headline\":\"二\",\"text\":[\"段落一\",\"段落二\"]}\n"});
    s.add(new Object[] {"e.json", "[{\"title\":\"一\",\"body\":\"" + body.replace("\n", "\\n") + "\"},{\"title\":\"二\"}]"});
    s.add(new Object[] {"f.csv", "title,body,url,published\n一,\"" + body + "\",https://example.jp/6,2024-06-13\n二,本文,,\n"});
    s.add(new Object[] {"g.tsv", "title\tbody\n一\t本文\n"});
    return s;
  }

  @Test
  void testRandomBytesAndMutationsOfEveryFormat() {
    Random rnd = new Random(SEED);
    List<Object[]> inputs = new ArrayList<>();
    String[] names = {"r.txt", "r.html", "r.jsonl", "r.json", "r.csv", "r.gz"};
    for (int i = 0; i < 200; i++) {
      byte[] b = new byte[rnd.nextInt(4096)];
      rnd.nextBytes(b);
      inputs.add(new Object[] {names[i % names.length], b});
    }
    Charset[] charsets = {StandardCharsets.UTF_8, Charset.forName("windows-31j"), Charset.forName("EUC-JP")};
    for (Object[] sample : samples()) {
      for (Charset cs : charsets) {
        byte[] valid = ((String) sample[1]).getBytes(cs);
        inputs.add(new Object[] {sample[0], valid});
        for (int m = 0; m < 25; m++) {
          byte[] mutated = mutate(valid, rnd);
          boolean gz = rnd.nextInt(4) == 0;
          inputs.add(new Object[] {sample[0] + (gz ? ".gz" : ""), gz ? IngestRecordFormatsTest.gzip(mutated) : mutated});
        }
      }
      byte[] gz = IngestRecordFormatsTest.gzip(((String) sample[1]).getBytes(StandardCharsets.UTF_8));
      for (int m = 0; m < 12; m++) {
        inputs.add(new Object[] {sample[0] + ".gz", mutate(gz, rnd)});
      }
    }
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      for (Object[] in : inputs) {
        check((String) in[0], (byte[]) in[1]);
      }
    });
    assertTrue(inputs.size() > 700, "" + inputs.size());
  }

  private static final byte[] SYNTAX = {'"', '{', '}', '[', ']', '<', '>', ',', '\n', '\r', 0, 7, 0x1F, (byte) 0x8B};

  static byte[] mutate(byte[] b, Random rnd) {
    byte[] out = b.clone();
    int edits = 1 + rnd.nextInt(4);
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = rnd.nextInt(out.length);
      switch (rnd.nextInt(6)) {
        case 0 -> out[at] ^= (byte) (1 << rnd.nextInt(8));
        case 1 -> out = java.util.Arrays.copyOf(out, at);
        case 2 -> out = insert(out, at, new byte[] {SYNTAX[rnd.nextInt(SYNTAX.length)]});
        case 3 -> {
          int len = Math.min(out.length - at, 1 + rnd.nextInt(64));
          out = insert(out, at, java.util.Arrays.copyOfRange(out, at, at + len));
        }
        case 4 -> {
          int len = Math.min(out.length - at, 1 + rnd.nextInt(64));
          byte[] cut = new byte[out.length - len];
          System.arraycopy(out, 0, cut, 0, at);
          System.arraycopy(out, at + len, cut, at, out.length - at - len);
          out = cut;
        }
        default -> {
          byte[] junk = new byte[1 + rnd.nextInt(16)];
          rnd.nextBytes(junk);
          out = insert(out, at, junk);
        }
      }
    }
    return out;
  }

  private static byte[] insert(byte[] b, int at, byte[] x) {
    byte[] out = new byte[b.length + x.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(x, 0, out, at, x.length);
    System.arraycopy(b, at, out, at + x.length, b.length - at);
    return out;
  }

  /** Reads one input and checks the invariants of the class comment. */
  static void check(String name, byte[] content) {
    long t0 = System.nanoTime();
    int entries = 0;
    try (ArticleStream s = Ingest.open(name, new ByteArrayInputStream(content), content.length, IngestOptions.DEFAULTS)) {
      while (s.hasNext()) {
        Ingested i = s.next();
        entries++;
        String path = i.article() != null ? i.article().path() : i.error().path();
        assertTrue(path.equals(name) || path.startsWith(name + "#"), name + " gave " + path);
        if (i.article() != null) {
          Article a = i.article();
          assertFalse(a.text().isBlank(), name);
          assertTrue(a.text().length() <= IngestOptions.DEFAULTS.maxArticleChars(), name);
          assertTrue(a.text().chars().noneMatch(c -> c == '\r' || Character.isISOControl(c) && c != '\n' && c != '\t'),
              name + ": control character in " + a.text());
          assertFalse(a.encoding().isEmpty(), name);
          assertTrue(FORMATS.contains(a.format().replace("+gzip", "")), name + ": " + a.format());
        } else {
          assertFalse(i.error().reason().isBlank(), name);
        }
      }
    }
    assertTrue(entries >= 1, name + ": no entry");
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertTrue(seconds < SECONDS_PER_INPUT, name + " took " + seconds + " s");
  }
}
