package dev.kiji.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time buckets of timeline.csv: {@code DAY} 2025-02-27, {@code WEEK} 2025-W09 (ISO 8601 week,
 * Monday first, week-based year: 2024-12-30 is 2025-W01), {@code MONTH} 2025-02, {@code YEAR} 2025.
 * Keys sort in time order as strings.
 */
public enum Period {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /** The bucket of {@code date}. */
  public String key(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case WEEK -> String.format(Locale.ROOT, "%04d-W%02d",
          date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
    };
  }

  /** Every bucket from the one of {@code first} to the one of {@code last}, in order, none skipped. */
  public List<String> range(LocalDate first, LocalDate last) {
    List<String> out = new ArrayList<>();
    String end = key(last);
    LocalDate d = switch (this) {
      case DAY, WEEK -> first;
      case MONTH -> first.withDayOfMonth(1);
      case YEAR -> first.withDayOfYear(1);
    };
    while (true) {
      String k = key(d);
      out.add(k);
      if (k.equals(end) || d.isAfter(last)) {
        return out;
      }
      d = switch (this) {
        case DAY -> d.plusDays(1);
        case WEEK -> d.plusWeeks(1);
        case MONTH -> d.plusMonths(1);
        case YEAR -> d.plusYears(1);
      };
    }
  }
}
