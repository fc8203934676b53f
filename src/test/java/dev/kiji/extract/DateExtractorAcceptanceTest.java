package dev.kiji.extract;

import dev.kiji.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The DATE expectations of the acceptance article, read in place (skipped when absent). */
class DateExtractorAcceptanceTest {


  private static String original;
  private static List<Mention> dates;

  @BeforeAll
  static void extract() throws IOException {
    original = Files.readString(SharedData.shared("acceptance/seed-article.txt"), StandardCharsets.UTF_8);
    AnalyzedText text = Analysis.analyze(original);
    dates = new DateExtractor().extract(text, new ExtractionContext(LocalDate.parse("2025-03-01")));
  }

  @ParameterizedTest(name = "{0} x{2}")
  @CsvSource({"2024年, 2024, 4", "2024/06/13, 2024-06-13, 1", "2025/03/01, 2025-03-01, 1"})
  void testExpectedDates(String surface, String value, long count) {
    assertEquals(count, dates.stream().filter(m -> m.surface().equals(surface)).count(), surface);
    dates.stream()
        .filter(m -> m.surface().equals(surface))
        .forEach(m -> assertEquals(value, m.value(), surface));
  }

  @Test
  void testNoDateInsideUrls() {
    Matcher url = Pattern.compile("https?://[!-~]+").matcher(original);
    int urls = 0;
    while (url.find()) {
      urls++;
      for (Mention m : dates) {
        assertFalse(m.start() < url.end() && url.start() < m.end(), m + " inside " + url.group());
      }
    }
    assertEquals(2, urls);
  }
}
