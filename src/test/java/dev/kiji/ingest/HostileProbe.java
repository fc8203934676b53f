package dev.kiji.ingest;

import dev.kiji.extract.Extractors;
import dev.kiji.pipeline.ArticleSink;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.Pipeline;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Runs one gigabyte-scale hostile input in its own JVM (started by {@link IngestHostileInputTest}
 * with a small heap) and prints {@code case entries articles errors firstError seconds heapMiB}.
 * Inputs are generated: a 1 GiB JSON line from a generator stream (never a file), files in the
 * folder given as second argument.
 */
public final class HostileProbe {

  private HostileProbe() {}

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    Path dir = Path.of(args[1]);
    long mib = args.length > 2 ? Long.parseLong(args[2]) : 0;
    long t0 = System.nanoTime();
    int[] counts = new int[3];
    String[] firstError = {"-"};
    switch (kind) {
      case "line1g" -> {
        byte[] pre = "{\"title\":\"巨大\",\"body\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] post = ("\"}\n" + "{\"title\":\"後の記事\",\"body\":\"本文\"}\n".repeat(3)).getBytes(StandardCharsets.UTF_8);
        InputStream in = new SequenceInputStream(new java.io.ByteArrayInputStream(pre),
            new SequenceInputStream(new Repeat((byte) 'a', 1L << 30), new java.io.ByteArrayInputStream(post)));
        drain(Ingest.open("line1g.jsonl", in, -1, IngestOptions.DEFAULTS), counts, firstError);
      }
      case "jsonl", "jsonlgz" -> {
        Path f = dir.resolve(kind.equals("jsonl") ? "big.jsonl" : "big.jsonl.gz");
        writeJsonl(f, mib << 20, kind.equals("jsonlgz"));
        System.err.printf(Locale.ROOT, "generated %s: %d bytes in %.1f s%n", f.getFileName(), Files.size(f), (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        drain(Ingest.open(f, IngestOptions.DEFAULTS), counts, firstError);
      }
      case "text" -> {
        Path f = dir.resolve("big.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
          byte[] line = "日本の記事の本文です。\n".getBytes(StandardCharsets.UTF_8);
          for (long n = 0; n < (mib << 20); n += line.length) {
            out.write(line);
          }
        }
        t0 = System.nanoTime();
        drain(Ingest.open(f, IngestOptions.DEFAULTS), counts, firstError);
      }
      case "bomb" -> {
        Path f = dir.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16)) {
          byte[] a = new byte[1 << 20];
          java.util.Arrays.fill(a, (byte) 'a');
          for (long n = 0; n < mib; n++) {
            out.write(a);
          }
        }
        System.err.printf(Locale.ROOT, "bomb: %d compressed bytes for %d MiB%n", Files.size(f), mib);
        t0 = System.nanoTime();
        drain(Ingest.open(f, IngestOptions.DEFAULTS), counts, firstError);
      }
      case "pipeline" -> {
        Path f = dir.resolve("pipe.jsonl");
        writeJsonl(f, mib << 20, false);
        t0 = System.nanoTime();
        ArticleSink sink = new ArticleSink() {
          @Override
          public void accept(ExtractedArticle a) {
            counts[0]++;
            counts[1]++;
          }

          @Override
          public void error(InputError e) {
            counts[0]++;
            counts[2]++;
            if (firstError[0].equals("-")) {
              firstError[0] = e.toString();
            }
          }

          @Override
          public void close() {}
        };
        new Pipeline(Extractors.defaults(), 2).run(List.of(f), sink, done -> {});
      }
      default -> throw new IllegalArgumentException(kind);
    }
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%s\t%.1f\t%d%n", kind, counts[0], counts[1], counts[2],
        firstError[0].replace('\t', ' '), (System.nanoTime() - t0) / 1e9, peak >> 20);
  }

  private static void drain(ArticleStream s, int[] counts, String[] firstError) {
    try (s) {
      while (s.hasNext()) {
        Ingested i = s.next();
        counts[0]++;
        if (i.article() != null) {
          counts[1]++;
        } else {
          counts[2]++;
          if (firstError[0].equals("-")) {
            firstError[0] = i.error().toString();
          }
        }
      }
    }
  }

  /** JSON Lines of about {@code bytes}, articles of 1-3 KB recombined from fixed sentences. */
  static void writeJsonl(Path f, long bytes, boolean gzip) throws IOException {
    String[] sentences = {
      "政府は13日、45億ドルの支援を決めた。", "首相は記者会見で「10年間続ける」と述べた。", "円安が進み、輸入物価が上がった。",
      "東京都は新しい計画を発表した。", "専門家は慎重な対応を求めている。", "前年同月比で3.5%増えた。",
      "会議は来月開かれる予定だ。", "関係者によると、交渉は難航している。"
    };
    Random rnd = new Random(42);
    OutputStream raw = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16);
    OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    } : raw;
    try (out) {
      long written = 0;
      StringBuilder sb = new StringBuilder();
      for (int n = 1; written < bytes; n++) {
        sb.setLength(0);
        sb.append("{\"title\":\"記事").append(n).append("\",\"url\":\"https://example.jp/").append(n)
            .append("\",\"published\":\"2024-06-").append(1 + n % 28).append("\",\"body\":\"");
        int k = 30 + rnd.nextInt(60);
        for (int i = 0; i < k; i++) {
          sb.append(sentences[rnd.nextInt(sentences.length)]).append(rnd.nextInt(10) == 0 ? "\\n" : "");
        }
        sb.append("\"}\n");
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        out.write(b);
        written += b.length;
      }
    }
  }

  /** {@code n} copies of one byte, generated. */
  private static final class Repeat extends InputStream {
    private final byte b;
    private long left;

    Repeat(byte b, long n) {
      this.b = b;
      this.left = n;
    }

    @Override
    public int read() {
      if (left <= 0) {
        return -1;
      }
      left--;
      return b & 0xFF;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(buf, off, off + n, b);
      left -= n;
      return n;
    }
  }
}
