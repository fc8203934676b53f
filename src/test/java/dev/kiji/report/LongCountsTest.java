package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongCountsTest {

  @ParameterizedTest(name = "{0} adds over {1} keys")
  @CsvSource({"10, 3", "1000, 50", "100000, 20000"})
  void countsLikeAMapOfPairs(int adds, int keys) {
    Random random = new Random(adds);
    LongCounts c = new LongCounts();
    Map<Long, int[]> expected = new HashMap<>();
    for (int i = 0; i < adds; i++) {
      long k = LongCounts.key(random.nextInt(keys), random.nextInt(3));
      int a = random.nextInt(5);
      int b = random.nextInt(5);
      c.add(k, a, b);
      int[] e = expected.computeIfAbsent(k, x -> new int[2]);
      e[0] += a;
      e[1] += b;
    }
    assertEquals(expected.size(), c.size());
    int seen = 0;
    for (int s = 0; s < c.capacity(); s++) {
      if (c.used(s)) {
        seen++;
        int[] e = expected.get(c.keyAt(s));
        assertEquals(e[0], c.first(s));
        assertEquals(e[1], c.second(s));
        assertEquals(s, c.slot(c.keyAt(s)));
      }
    }
    assertEquals(expected.size(), seen);
    assertEquals(-1, c.slot(LongCounts.key(keys, 0)));
  }

  @ParameterizedTest(name = "({0}, {1})")
  @CsvSource({"0, 0", "7, 3", "2147483647, 2147483647", "0, 2147483647"})
  void keyKeepsBothHalves(int hi, int lo) {
    long k = LongCounts.key(hi, lo);
    assertEquals(hi, LongCounts.hi(k));
    assertEquals(lo, LongCounts.lo(k));
  }
}
