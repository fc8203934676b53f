package dev.kiji.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Stopword lists in Lucene's format: UTF-8, one word per line, lines starting with {@code #} are
 * comments, blank lines ignored, words trimmed and NFKC-normalised (as the analysed text is). The
 * bundled list is {@code stopwords/ja-news.txt} (on the classpath as {@code
 * /dev/kiji/stopwords/ja-news.txt}).
 */
public final class Stopwords {

  /** Classpath location of the bundled news list. */
  public static final String BUNDLED = "/dev/kiji/stopwords/ja-news.txt";

  private Stopwords() {}

  /** The bundled Japanese news list. */
  public static Set<String> bundled() {
    try (InputStream in = Stopwords.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The words of a user's list file. */
  public static Set<String> read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  private static Set<String> read(BufferedReader r) throws IOException {
    Set<String> out = new HashSet<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String w = Normalizer.normalize(line.strip().replace("\uFEFF", ""), Normalizer.Form.NFKC);
      if (!w.isEmpty() && !w.startsWith("#")) {
        out.add(w);
      }
    }
    return out;
  }
}
