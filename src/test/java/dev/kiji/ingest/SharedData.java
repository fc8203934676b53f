package dev.kiji.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared data read in place ({@code ../shared/} from the project root; a git worktree one
 * level deeper finds it at {@code ../../shared/}). Tests skip when it is absent.
 */
final class SharedData {

  private SharedData() {}

  static Path shared(String relative) {
    for (String up : new String[] {"../shared", "../../shared"}) {
      Path p = Path.of(up, relative);
      if (Files.exists(p)) {
        return p;
      }
    }
    assumeTrue(false, "shared data absent: ../shared/" + relative);
    return null;
  }
}
