package dev.kiji.bench;

import dev.kiji.ingest.Article;
import dev.kiji.report.BodySignature;
import dev.kiji.report.Deduplicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Duplicate detection over the livedoor corpus without analysis: what {@code kiji analyze} would
 * list in duplicates.csv, plus every pair of articles whose estimated Jaccard similarity is at or
 * above a floor (all pairs compared, to see what the LSH candidates miss and where the threshold
 * falls; a floor above 1 skips that, and then the articles are streamed, for corpora of millions).
 * Run: {@code java -cp ... dev.kiji.bench.DuplicateScan [floor=0.4]} ({@code -Dkiji.corpus=DIR}).
 */
public final class DuplicateScan {

  private DuplicateScan() {}

  /** Exact and near duplicates of every article, one file at a time; keeps only paths. */
  static void stream() {
    long t0 = System.nanoTime();
    Deduplicator d = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD);
    List<String> paths = new ArrayList<>();
    int exact = 0;
    int near = 0;
    for (java.nio.file.Path f : dev.kiji.ingest.Ingest.walk(List.of(LivedoorTexts.folder()))) {
      for (Article a : dev.kiji.ingest.Ingest.read(f).articles()) {
        Deduplicator.Match m = d.check(BodySignature.of(a.title(), a.text()), paths.size());
        paths.add(a.path());
        if (m != null && m.kind() == Deduplicator.Kind.EXACT) {
          exact++;
        } else if (m != null) {
          near++;
        }
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf(Locale.ROOT, "%,d articles: %,d exact, %,d near duplicates, %,d originals in %.1f s; heap after GC %d MB%n",
        paths.size(), exact, near, d.originals(), (System.nanoTime() - t0) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  public static void main(String[] args) {
    double floor = args.length > 0 ? Double.parseDouble(args[0]) : 0.4;
    if (floor > 1) {
      stream();
      return;
    }
    long t0 = System.nanoTime();
    List<Article> articles = LivedoorTexts.articles(0);
    long t1 = System.nanoTime();
    List<BodySignature> sigs = new ArrayList<>();
    for (Article a : articles) {
      sigs.add(BodySignature.of(a.title(), a.text()));
    }
    long t2 = System.nanoTime();
    Deduplicator d = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD);
    int exact = 0;
    int near = 0;
    for (int i = 0; i < sigs.size(); i++) {
      Deduplicator.Match m = d.check(sigs.get(i), i);
      if (m != null) {
        if (m.kind() == Deduplicator.Kind.EXACT) {
          exact++;
        } else {
          near++;
        }
        System.out.printf(Locale.ROOT, "dup %s %.4f %s <- %s%n", m.kind().label(), m.similarity(),
            articles.get(m.reference()).path(), articles.get(i).path());
      }
    }
    long t3 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%d articles: %d exact, %d near duplicates; read %.1f s, signatures %.2f s, dedup %.3f s%n",
        articles.size(), exact, near, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    int[] histogram = new int[11];
    for (int i = 0; i < sigs.size(); i++) {
      for (int j = i + 1; j < sigs.size(); j++) {
        double s = sigs.get(i).similarity(sigs.get(j));
        if (s >= 0.3) {
          histogram[(int) Math.floor(s * 10)]++;
        }
        if (s >= floor) {
          System.out.printf(Locale.ROOT, "pair %.4f %s | %s%n", s, articles.get(i).path(), articles.get(j).path());
        }
      }
    }
    for (int b = 3; b <= 10; b++) {
      System.out.printf(Locale.ROOT, "pairs with similarity in [%.1f, %.1f): %d%n", b / 10.0, (b + 1) / 10.0, histogram[b]);
    }
  }
}
