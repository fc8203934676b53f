package dev.kiji.extract;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What an extractor may know besides the text: the article's reference date (its publication
 * date, or {@code --reference-date}) for resolving relative expressions like 昨年 or 先月13日.
 * There is no clock read anywhere in the extract stage; the zone is always Asia/Tokyo.
 *
 * @param referenceDate the date relative expressions are resolved against, or null when unknown
 */
public record ExtractionContext(LocalDate referenceDate) {

  /** The zone of every date kiji reasons about. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  /** A context with no reference date: relative dates keep unknown parts as X. */
  public static ExtractionContext none() {
    return new ExtractionContext(null);
  }

  /** True when relative dates can be resolved. */
  public boolean hasReferenceDate() {
    return referenceDate != null;
  }
}
