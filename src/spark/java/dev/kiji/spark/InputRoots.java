package dev.kiji.spark;

import dev.kiji.ingest.Ingest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import scala.Tuple2;

/**
 * The input folders and files as the user gave them, and the fully qualified form Spark lists
 * them under ({@code file:/data/news/a.txt}). Shows every listed file the way {@code kiji analyze}
 * does (root as given + {@code /} + path inside it: {@code ../news/a.txt}), so article ids of
 * files without a URL, and every path in the reports, are the same in both.
 *
 * <p>Weakness: the driver lists every file (as Spark's own file sources do); for a hundred million
 * small files, pack them into JSON Lines files or a table first.
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

  /**
   * Every input file under the roots with its length, in {@code kiji analyze}'s order (roots as
   * given, then paths sorted): qualified path and length.
   */
  List<Tuple2<String, Long>> list(Configuration conf) throws IOException {
    List<Tuple2<String, Long>> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Root r : roots) {
      Path p = new Path(r.qualified());
      FileSystem fs = p.getFileSystem(conf);
      List<Tuple2<String, Long>> found = new ArrayList<>();
      if (!r.folder()) {
        found.add(new Tuple2<>(r.qualified(), fs.getFileStatus(p).getLen()));
      } else {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          String q = f.getPath().toString();
          if (isInput(q)) {
            found.add(new Tuple2<>(q, f.getLen()));
          }
        }
        found.sort(java.util.Comparator.comparing(Tuple2::_1));
      }
      for (Tuple2<String, Long> f : found) {
        if (seen.add(f._1())) {
          out.add(f);
        }
      }
    }
    return out;
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
