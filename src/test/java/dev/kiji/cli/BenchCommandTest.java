package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code kiji bench} prints every figure it promises; no timing is asserted. */
class BenchCommandTest {

  @Test
  void testPrintsEveryMeasureForTheBundledCorpus() {
    Cli r = Cli.run("bench", "--corpus", "corpus", "--repeat", "1", "--warmup", "0", "--threads", "2");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().startsWith("kiji bench: 18 files, 21 articles, "), r.out());
    for (String label : new String[] {"(a) bare tokenizer, 1 thread:", "bare tokenizer, 2 threads:",
        "(b) full pipeline, 2 threads:", "(c) stages on 1 thread", "(d) ratio (b)/(a):", "(e) peak heap"}) {
      assertTrue(r.out().contains(label), label + " in " + r.out());
    }
    Matcher shares = Pattern.compile("ingest (\\d+)%, analysis (\\d+)%, extraction (\\d+)%, index (\\d+)%, reports (\\d+)%")
        .matcher(r.out());
    assertTrue(shares.find(), r.out());
    int sum = 0;
    for (int g = 1; g <= 5; g++) {
      sum += Integer.parseInt(shares.group(g));
    }
    assertTrue(sum >= 97 && sum <= 103, "stage shares add up to 100%: " + sum);
  }

  @Test
  void testBadArgumentsAreUsageErrors() {
    assertEquals(Main.USAGE, Cli.run("bench", "--repeat", "0").code());
    assertEquals(Main.FAILED, Cli.run("bench", "--corpus", "no-such-folder").code());
  }
}
