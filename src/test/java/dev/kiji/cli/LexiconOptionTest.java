package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconOptionTest {

  @TempDir Path dir;

  @Test
  void testExtractWithUserLexicon() throws IOException {
    Path lex = dir.resolve("mine.tsv");
    Files.writeString(lex, "みなと精機\tORGANIZATION\t-\tみなと精機|ミナト精機\n", StandardCharsets.UTF_8);
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "ミナト精機が発表", StandardCharsets.UTF_8);
    Cli r = Cli.run("extract", "--lexicon", lex.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"canonical\":\"みなと精機\""), r.out());
  }

  @Test
  void testBadLexiconExitsTwo() throws IOException {
    Path lex = dir.resolve("bad.tsv");
    Files.writeString(lex, "# ok\nみなと精機\tFIRM\t-\tみなと精機\n", StandardCharsets.UTF_8);
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "text", StandardCharsets.UTF_8);
    Cli extract = Cli.run("extract", "--lexicon", lex.toString(), in.toString());
    assertEquals(2, extract.code());
    assertTrue(extract.err().contains(lex + ":2: unknown subtype FIRM"), extract.err());
    Cli analyze =
        Cli.run("analyze", "--lexicon", lex.toString(), "--corpus", in.toString(), "--out",
            dir.resolve("r").toString(), "--index", dir.resolve("i").toString());
    assertEquals(2, analyze.code());
    assertTrue(analyze.err().contains(lex + ":2: unknown subtype FIRM"), analyze.err());
    assertTrue(Files.notExists(dir.resolve("r")), "no reports written");
  }
}
