package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiji analyze} into an existing index: updates by default, --prune drops removed files. */
class AnalyzeUpdateTest {

  @TempDir Path dir;

  private Cli analyze(String... extra) {
    String[] base = {"analyze", "--corpus", dir.resolve("in").toString(), "--out", dir.resolve("out").toString(),
        "--index", dir.resolve("ix").toString(), "--threads", "1"};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return Cli.run(all);
  }

  private String search(String q) {
    return Cli.run("search", "--index", dir.resolve("ix").toString(), q).out();
  }

  @Test
  void testChangedFileReplacedRemovedFileKeptUntilPrune() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "予算の話\n\n政府は予算を決めた。\n");
    Files.writeString(in.resolve("b.txt"), "会見の話\n\n政府は会見を開いた。\n");
    assertEquals(0, analyze().code());
    assertTrue(search("政府").startsWith("2 articles match"), search("政府"));

    Files.writeString(in.resolve("b.txt"), "会見の話\n\n首相は会見を開いた。\n");
    Files.delete(in.resolve("a.txt"));
    assertEquals(0, analyze().code());
    // b replaced (no longer says 政府), a still there: no --prune
    assertTrue(search("政府").startsWith("1 articles match"), search("政府"));
    assertTrue(search("会見").startsWith("1 articles match"), search("会見"));
    assertTrue(search("予算").startsWith("1 articles match"), search("予算"));

    assertEquals(0, analyze("--prune").code());
    assertTrue(search("予算").startsWith("No articles match"), search("予算"));
    assertTrue(search("首相").startsWith("1 articles match"), search("首相"));
  }
}
