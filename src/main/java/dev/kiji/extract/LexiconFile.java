package dev.kiji.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * kiji's lexicon files (parties.tsv, titles.txt, currencies.tsv...): UTF-8, one entry per line,
 * blank lines and lines starting with {@code #} skipped, entries stripped of surrounding space.
 * Problems are reported as {@code file:line: message}.
 */
final class LexiconFile {

  private LexiconFile() {}

  /** One entry line of a lexicon file. */
  record Line(String file, int number, String text) {

    /** The tab-separated fields; fails unless there are exactly {@code count}. */
    String[] fields(int count) {
      String[] f = text.split("\t", -1);
      if (f.length != count) {
        throw error("expected " + count + " tab-separated fields, found " + f.length);
      }
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      return f;
    }

    /** An error that points at this line. */
    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(file + ":" + number + ": " + message);
    }
  }

  /** The entry lines of a class-path resource of this package, e.g. {@code parties.tsv}. */
  static List<Line> resource(String name) {
    try (InputStream in = LexiconFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The entry lines of {@code in}; {@code name} appears in error messages. */
  static List<Line> read(String name, InputStream in) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int no = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      no++;
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(new Line(name, no, s));
      }
    }
    return out;
  }
}
