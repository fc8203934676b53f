package dev.kiji.bench;

import dev.kiji.ingest.Article;
import dev.kiji.ingest.Ingest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The livedoor news corpus, read in place from {@code ../shared/corpus/livedoor-ldcc} (or the
 * folder in the system property {@code kiji.corpus}, else the environment variable
 * {@code KIJI_CORPUS}, which JMH forks inherit) through kiji's own ingest stage.
 */
public final class LivedoorTexts {

  private LivedoorTexts() {}

  /** The corpus folder; fails with a clear message when it is not there. */
  public static Path folder() {
    Path p = Path.of(System.getProperty("kiji.corpus",
        System.getenv().getOrDefault("KIJI_CORPUS", "../shared/corpus/livedoor-ldcc")));
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException(p + ": no corpus here (set -Dkiji.corpus=DIR or KIJI_CORPUS)");
    }
    return p;
  }

  /** Every article of the corpus, in path order; {@code limit} ≤ 0 means all. */
  public static List<Article> articles(int limit) {
    List<Article> out = new ArrayList<>();
    for (Path f : Ingest.walk(List.of(folder()))) {
      out.addAll(Ingest.read(f).articles());
      if (limit > 0 && out.size() >= limit) {
        return out.subList(0, limit);
      }
    }
    return out;
  }

  /** UTF-8 bytes of the texts. */
  public static long utf8Bytes(List<Article> articles) {
    long n = 0;
    for (Article a : articles) {
      n += a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    return n;
  }
}
