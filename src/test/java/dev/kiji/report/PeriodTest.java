package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "2025-02-27, DAY,   2025-02-27",
    "2025-02-27, WEEK,  2025-W09",
    "2024-12-30, WEEK,  2025-W01",   // ISO week-based year: Monday of week 1 of 2025
    "2021-01-03, WEEK,  2020-W53",   // a Sunday still in the last week of 2020
    "2025-02-27, MONTH, 2025-02",
    "2025-02-27, YEAR,  2025",
  })
  void keyOfDate(LocalDate date, Period period, String key) {
    assertEquals(key, period.key(date));
  }

  @ParameterizedTest(name = "{0}..{1} by {2}")
  @CsvSource({
    "2024-11-15, 2025-02-01, MONTH, 2024-11 2024-12 2025-01 2025-02",
    "2024-12-28, 2025-01-07, WEEK,  2024-W52 2025-W01 2025-W02",
    "2023-12-31, 2025-01-01, YEAR,  2023 2024 2025",
    "2025-02-27, 2025-03-01, DAY,   2025-02-27 2025-02-28 2025-03-01",
  })
  void rangeHasNoGaps(LocalDate first, LocalDate last, Period period, String keys) {
    assertEquals(List.of(keys.split(" ")), period.range(first, last));
  }
}
