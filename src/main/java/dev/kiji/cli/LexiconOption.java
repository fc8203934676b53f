package dev.kiji.cli;

import dev.kiji.extract.Extractors;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --lexicon FILE} option shared by {@code kiji analyze} and {@code kiji extract}: user
 * party lexicons in the {@code parties.tsv} format, validated before any input is read.
 */
final class LexiconOption {

  private LexiconOption() {}

  /** The default extractors with {@code files} added, or null after printing the error. */
  static Extractors extractors(String command, List<Path> files, PrintWriter err) {
    try {
      return Extractors.defaults(files);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("kiji " + command + ": error: " + e.getMessage());
      err.flush();
      return null;
    }
  }
}
