package dev.kiji.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar value at the precision it was written, with unknown parts allowed; renders as ISO
 * 8601 with {@code X} for what is unknown.
 *
 * <ul>
 *   <li>{@code DAY}: 2024-06-13, XXXX-06-13 (year unknown), XX24-06-13 (century unknown)
 *   <li>{@code MONTH}: 2024-06; {@code YEAR}: 2024; {@code DECADE}: 199X (1990年代)
 *   <li>{@code WEEK}: 2025-W09 (ISO week-based year and week), XXXX-WXX
 *   <li>{@code QUARTER}: 2024-Q3; {@code HALF}: 2024-H1; {@code SEASON}: 2024-SP / SU / FA / WI
 *   <li>fiscal (年度, April to March): FY2024, FY2024-Q3, FY2024-H1
 * </ul>
 *
 * @param precision what was written
 * @param year the Gregorian year (or ISO week-based year for WEEK), or -1 when unknown
 * @param yy the two written digits of a year whose century is unknown, or -1
 * @param month 1..12, or -1 when unknown or finer than the precision
 * @param day 1..31, or -1
 * @param week ISO week 1..53 (WEEK), quarter 1..4, half 1..2 or season 1..4 (spring first), or -1
 * @param fiscal a Japanese fiscal year (年度), written with an {@code FY} prefix
 */
record DateValue(Precision precision, int year, int yy, int month, int day, int week, boolean fiscal) {

  private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

  DateValue(Precision precision, int year, int yy, int month, int day, int week) {
    this(precision, year, yy, month, day, week, false);
  }

  /** How much of a date was written. */
  enum Precision {
    DECADE,
    YEAR,
    MONTH,
    DAY,
    WEEK,
    QUARTER,
    HALF,
    SEASON
  }

  static DateValue ofYear(int year) {
    return new DateValue(Precision.YEAR, year, -1, -1, -1, -1);
  }

  static DateValue ofMonth(int year, int month) {
    return new DateValue(Precision.MONTH, year, -1, month, -1, -1);
  }

  static DateValue ofDay(int year, int month, int day) {
    return new DateValue(Precision.DAY, year, -1, month, day, -1);
  }

  static DateValue of(LocalDate d) {
    return ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  static DateValue of(YearMonth ym) {
    return ofMonth(ym.getYear(), ym.getMonthValue());
  }

  /** True when every part down to the precision is known. */
  boolean isComplete() {
    return switch (precision) {
      case DECADE, YEAR -> year >= 0;
      case MONTH -> year >= 0 && month > 0;
      case DAY -> year >= 0 && month > 0 && day > 0;
      case WEEK -> year >= 0 && week > 0;
      case QUARTER, HALF, SEASON -> year >= 0;
    };
  }

  /** The day, when this is a complete DAY value. */
  LocalDate toLocalDate() {
    if (precision != Precision.DAY || !isComplete()) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A sort key over (year, month, day) for comparing complete values of the same kind. */
  long sortKey() {
    return year * 10000L + Math.max(month, 0) * 100L + Math.max(day, 0);
  }

  /** ISO 8601 at the written precision, unknown parts as X. */
  String iso() {
    String y =
        year >= 0
            ? padded(year, 4)
            : yy >= 0 ? "XX" + padded(yy, 2) : "XXXX";
    String fy = fiscal ? "FY" + y : y;
    return switch (precision) {
      case DECADE -> year >= 0 ? y.substring(0, 3) + "X" : "XXXX";
      case YEAR -> fy;
      case QUARTER -> fy + "-Q" + week;
      case HALF -> fy + "-H" + week;
      case SEASON -> y + "-" + SEASONS[week - 1];
      case MONTH -> y + "-" + two(month);
      case DAY -> y + "-" + two(month) + "-" + two(day);
      case WEEK -> y + "-W" + two(week);
    };
  }

  private static String two(int v) {
    return v > 0 ? padded(v, 2) : "XX";
  }

  /** {@code v ≥ 0} in decimal, zero-padded to {@code width} digits (as {@code %0<width>d}). */
  static String padded(int v, int width) {
    String digits = Integer.toString(v);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  @Override
  public String toString() {
    return iso();
  }
}
