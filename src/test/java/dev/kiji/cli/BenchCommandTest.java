package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        "(b) full pipeline, 1 thread:", "full pipeline, 2 threads:", "(c) stages, one after the other on 1 thread",
        "(d) ratio (b)/(a): 1-thread pipeline", "CPU: bare tokenizer", "(e) peak heap during the 2-thread pipeline"}) {
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

  @Test
  void testSearchPrintsLatencyPerKindOnAnIndexOfTheCorpus() {
    Cli r = Cli.run("bench", "--search", "--corpus", "corpus", "--queries", "3", "--threads", "1");
    assertEquals(Main.OK, r.code(), r.err());
    for (String kind : new String[] {"term", "phrase", "party-filtered", "faceted"}) {
      Matcher line = Pattern.compile("\\n  " + kind + " +\\d+ queries  p50 +([\\d.]+) ms  p99 +([\\d.]+) ms").matcher(r.out());
      assertTrue(line.find(), kind + " in " + r.out());
      assertTrue(Double.parseDouble(line.group(1)) <= Double.parseDouble(line.group(2)), "p50 <= p99: " + line.group());
    }
  }

  @Test
  void testSearchOnAMissingIndexFails() {
    assertEquals(Main.FAILED, Cli.run("bench", "--search", "--index", "no-such-index").code());
  }

  /** Nearest rank: the smallest value with at least p% of the values at or below it. */
  @ParameterizedTest(name = "p{1} of {0} = {2}")
  @CsvSource({
    "'1,2,3,4,5,6,7,8,9,10', 50, 5",
    "'1,2,3,4,5,6,7,8,9,10', 99, 10",
    "'1,2,3,4,5,6,7,8,9,10', 10, 1",
    "'7', 99, 7",
    "'1,2', 50, 1",
  })
  void testPercentileIsNearestRank(String values, int p, double expected) {
    double[] v = java.util.Arrays.stream(values.split(",")).mapToDouble(Double::parseDouble).toArray();
    assertEquals(expected, SearchLatency.percentile(v, p));
  }
}
