package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2024-06-13, 2024-06-13",
    "2024/06/13, 2024-06-13",
    "2024/6/3, 2024-06-03",
    "2024.06.13, 2024-06-13",
    "2024年6月13日, 2024-06-13",
    "2012-03-09T09:00:00+0900, 2012-03-09",
    "2024-06-13T00:30:00+09:00, 2024-06-13",
    // UTC evening is the next morning in Tokyo
    "2024-06-12T20:00:00Z, 2024-06-13",
    "2024-06-12T14:59:59Z, 2024-06-12",
    "2024-06-12T15:00:00.000Z, 2024-06-13",
    "2024-06-12T10:00:00-0500, 2024-06-13",
    // no zone: taken as written
    "2024-06-12T23:00:00, 2024-06-12",
    "2024-06-12 23:00, 2024-06-12",
    "'Wed, 12 Jun 2024 16:00:00 GMT', 2024-06-13",
  })
  void testParse(String in, String expected) {
    assertEquals(LocalDate.parse(expected), Dates.parse(in));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "昨日", "2024-13-01", "2024-02-30", "13/06/2024", "令和6年6月13日"})
  void testUnreadableGivesNull(String in) {
    // 令和: era dates are a known weakness (metadata rarely uses them)
    assertNull(Dates.parse(in));
  }
}
