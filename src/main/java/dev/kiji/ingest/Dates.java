package dev.kiji.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as written in metadata into a {@link LocalDate} in Asia/Tokyo.
 *
 * <p>Accepted: {@code 2024-06-13}, {@code 2024/6/13}, {@code 2024.06.13}, {@code 2024年6月13日},
 * each optionally followed by a time ({@code T09:00}, {@code  09:00:00.123}) and a zone ({@code
 * Z}, {@code +09:00}, {@code +0900}); RFC 1123 ({@code Thu, 13 Jun 2024 00:00:00 GMT}). A time with
 * a zone is converted to the Tokyo calendar date ({@code 2024-06-12T20:00:00Z} is 2024-06-13); a
 * date or time without a zone is taken as written. Anything else gives null.
 *
 * <p>Weakness: era dates (令和6年6月13日) and epoch numbers are not read.
 */
final class Dates {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static final Pattern DATE =
      Pattern.compile(
          "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?"
              + "(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT|JST)?");

  private Dates() {}

  /** The Tokyo date of {@code s}, or null when it is not a date this class reads. */
  static LocalDate parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    Matcher m = DATE.matcher(t);
    if (m.lookingAt()) {
      try {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        String zone = m.group(7);
        if (zone == null || m.group(4) == null || zone.equals("JST")) {
          return d;
        }
        ZoneOffset offset =
            zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")
                ? ZoneOffset.UTC
                : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        return d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second)
            .atOffset(offset)
            .atZoneSameInstant(TOKYO)
            .toLocalDate();
      } catch (DateTimeException | NumberFormatException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME)
          .withZoneSameInstant(TOKYO)
          .toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
