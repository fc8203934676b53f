package dev.kiji.spark;

import dev.kiji.ingest.Ingest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input folders and files as the user gave them, and the fully qualified form Spark lists
 * them under ({@code file:/data/news/a.txt}). Shows every listed file the way {@code kiji analyze}
 * does (root as given + {@code /} + path inside it: {@code ../news/a.txt}), so article ids of
 * files without a URL, and every path in the reports, are the same in both.
 *
 * <p>Weakness: Hadoop's listing also skips names starting with {@code _}, which {@code kiji
 * analyze} reads.
 */
final class InputRoots implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One root: as given (no trailing slash), qualified, and whether it is a folder. */
  record Root(String given, String qualified, boolean folder) implements Serializable {}

  private final List<Root> roots;

  private InputRoots(List<Root> roots) {
    this.roots = List.copyOf(roots);
  }

  /**
   * Resolves the roots on the driver.
   *
   * @throws IOException with {@code ROOT: no such file or folder} when one is missing
   */
  static InputRoots resolve(List<String> given, Configuration conf) throws IOException {
    List<Root> out = new ArrayList<>();
    for (String g : given) {
      String trimmed = g.length() > 1 ? g.replaceAll("/+$", "") : g;
      Path p = new Path(trimmed);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        throw new IOException(g + ": no such file or folder");
      }
      FileStatus status = fs.getFileStatus(p);
      out.add(new Root(trimmed, fs.makeQualified(p).toString(), status.isDirectory()));
    }
    return new InputRoots(out);
  }

  /** The qualified roots, comma-separated, for {@code binaryFiles}. */
  String listing() {
    return String.join(",", roots.stream().map(Root::qualified).toList());
  }

  /** The listed file as {@code kiji analyze} shows it, or null when no root holds it. */
  String display(String listed) {
    Root best = null;
    for (Root r : roots) {
      boolean under = r.folder() ? listed.startsWith(r.qualified() + "/") : listed.equals(r.qualified());
      if (under && (best == null || r.qualified().length() > best.qualified().length())) {
        best = r;
      }
    }
    if (best == null) {
      return null;
    }
    return best.folder() ? best.given() + listed.substring(best.qualified().length()) : best.given();
  }

  /** True when {@code kiji analyze} would read the listed file (a root file always; see {@link Ingest#isInputPath}). */
  boolean isInput(String listed) {
    for (Root r : roots) {
      if (!r.folder() && listed.equals(r.qualified())) {
        return true;
      }
    }
    for (Root r : roots) {
      if (r.folder() && listed.startsWith(r.qualified() + "/")
          && Ingest.isInputPath(listed.substring(r.qualified().length() + 1))) {
        return true;
      }
    }
    return false;
  }
}
