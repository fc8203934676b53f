package dev.kiji.extract;

import dev.kiji.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.Analysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The amount and duration expectations of the shared acceptance article, read in place. */
class AmountDurationAcceptanceTest {

  private static AnalyzedText seed() throws IOException {
    Path p = SharedData.shared("acceptance/seed-article.txt");
    return Analysis.analyze(Files.readString(p, StandardCharsets.UTF_8));
  }

  @Test
  void testMoneyAmounts() throws IOException {
    AnalyzedText t = seed();
    List<Mention> money =
        new AmountExtractor().extract(t, ExtractionContext.none()).stream()
            .filter(m -> "MONEY".equals(m.subtype()))
            .toList();
    assertEquals(5, money.stream().filter(m -> m.surface().equals("45億ドル")
        && m.value().equals("4500000000") && m.unit().equals("USD")).count());
    assertEquals(1, money.stream().filter(m -> m.surface().equals("5000億ドル")
        && m.value().equals("500000000000") && m.unit().equals("USD")).count());
    assertEquals(6, money.size(), money::toString);
    for (Mention m : money) {
      assertEquals(m.surface(), t.original().substring(m.start(), m.end()));
    }
  }

  @Test
  void testNoAmountForOrdinal() throws IOException {
    AnalyzedText t = seed();
    assertTrue(
        new AmountExtractor().extract(t, ExtractionContext.none()).stream()
            .noneMatch(m -> m.surface().contains("16")),
        "16か国目 is an ordinal");
  }

  @Test
  void testTenYearDurations() throws IOException {
    AnalyzedText t = seed();
    List<Mention> ds = new DurationExtractor().extract(t, ExtractionContext.none());
    assertEquals(5, ds.size(), ds::toString);
    for (Mention m : ds) {
      assertEquals("10年間", m.surface());
      assertEquals("P10Y", m.value());
    }
  }
}
