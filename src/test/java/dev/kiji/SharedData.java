package dev.kiji;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared data, read in place from {@code ../shared/} (beside the project root; never
 * copied into the repository). Tests that need it are skipped when it is absent.
 */
public final class SharedData {

  private SharedData() {}

  /** {@code ../shared/<relative>}, or skips the calling test when it does not exist. */
  public static Path shared(String relative) {
    Path p = Path.of("..", "shared").resolve(relative);
    assumeTrue(Files.exists(p), "shared data absent: " + p);
    return p;
  }
}
