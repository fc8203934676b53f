package dev.kiji.bench;

import dev.kiji.ingest.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes N synthetic articles into a folder, made on the fly by recombining paragraphs of the
 * livedoor corpus (read in place; nothing of it is committed): the scale test of {@code kiji
 * analyze}. Each article is a livedoor-layout file (URL, timestamp, title, body) with its own URL
 * {@code http://synthetic.kiji.invalid/article/<n>}, a title taken from a random livedoor article,
 * a date spread over 2010–2013, and random paragraphs until the body has at least the target
 * length (default 400 chars, about 1.2 KB of UTF-8 per file). 1,000 files per sub-folder.
 * Article n depends only on (seed, n), so a corpus can be regenerated or extended identically.
 *
 * <p>Run: {@code java -cp ... dev.kiji.bench.SyntheticCorpus N OUT_DIR [BODY_CHARS] [SEED]}.
 */
public final class SyntheticCorpus {

  private final List<String> titles = new ArrayList<>();
  private final List<String> paragraphs = new ArrayList<>();
  private final int bodyChars;
  private final long seed;

  SyntheticCorpus(List<Article> source, int bodyChars, long seed) {
    for (Article a : source) {
      titles.add(a.title());
      String[] lines = a.text().split("\n");
      for (int i = 1; i < lines.length; i++) {
        String p = lines[i].strip();
        if (p.length() >= 10 && !p.startsWith("http")) {
          paragraphs.add(p);
        }
      }
    }
    this.bodyChars = bodyChars;
    this.seed = seed;
  }

  /** The text of article {@code n}. */
  String article(long n) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    LocalDateTime when = LocalDateTime.of(2010, 1, 1, 0, 0)
        .plusDays(r.nextInt(4 * 365)).plusMinutes(r.nextInt(24 * 60));
    StringBuilder b = new StringBuilder();
    b.append("http://synthetic.kiji.invalid/article/").append(n).append('\n');
    b.append(when).append(":00+0900\n");
    b.append(titles.get(r.nextInt(titles.size()))).append('\n');
    int body = 0;
    while (body < bodyChars) {
      String p = paragraphs.get(r.nextInt(paragraphs.size()));
      if (p.length() > 2 * bodyChars) {
        int cut = p.lastIndexOf('。', bodyChars);
        p = p.substring(0, cut > 0 ? cut + 1 : bodyChars);
      }
      b.append(p).append('\n');
      body += p.length();
    }
    return b.toString();
  }

  public static void main(String[] args) throws IOException {
    long n = Long.parseLong(args[0].replace("_", "").replace(",", ""));
    Path out = Path.of(args[1]);
    int chars = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    long t0 = System.nanoTime();
    SyntheticCorpus g = new SyntheticCorpus(LivedoorTexts.articles(0), chars, seed);
    long bytes = 0;
    for (long i = 0; i < n; i++) {
      Path dir = out.resolve(String.format(Locale.ROOT, "d%04d", i / 1000));
      if (i % 1000 == 0) {
        Files.createDirectories(dir);
      }
      byte[] b = g.article(i).getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(String.format(Locale.ROOT, "s%07d.txt", i)), b);
      bytes += b.length;
      if ((i + 1) % 100_000 == 0) {
        System.err.printf(Locale.ROOT, "%,d articles written%n", i + 1);
      }
    }
    System.out.printf(Locale.ROOT, "%,d articles, %,d bytes (%.0f bytes each), in %s, %.1f s (%,d paragraphs to draw from)%n",
        n, bytes, bytes / (double) n, out, (System.nanoTime() - t0) / 1e9, g.paragraphs.size());
  }
}
