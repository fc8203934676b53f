package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ExtractedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTableTest {

  private static ExtractedArticle article(String id, LocalDate published, String... partySurfaceCanonical) {
    StringBuilder text = new StringBuilder();
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < partySurfaceCanonical.length; i += 2) {
      String s = partySurfaceCanonical[i];
      int start = text.length();
      text.append(s).append('。');
      ms.add(new Mention(MentionType.PARTY, "PERSON", start, start + s.length(), s, null, null, partySurfaceCanonical[i + 1], null, null));
    }
    ms.add(new Mention(MentionType.AMOUNT, "MONEY", 0, 1, text.substring(0, 1), "1", "JPY", null, null, null));
    Article a = new Article(id, id, "", published, null, text.toString(), "jsonl", "UTF-8");
    return new ExtractedArticle(a, ms);
  }

  private static final ExtractedArticle A =
      article("a", LocalDate.of(2024, 6, 13), "ゼレンスキー", "ゼレンスキー", "ゼレンシキー", "ゼレンスキー", "岸田", "岸田文雄");
  private static final ExtractedArticle B =
      article("b", LocalDate.of(2025, 3, 1), "ゼレンスキー", "ゼレンスキー", "トランプ", "トランプ");
  private static final ExtractedArticle C = article("c", null, "岸田", "岸田文雄");

  @Test
  void testCountsMentionsArticlesDatesAndSurfaces() {
    EntityTable t = new EntityTable();
    t.add(A);
    t.add(B);
    t.add(C);
    List<EntityTable.Row> rows = t.rows();
    assertEquals(List.of("ゼレンスキー", "岸田文雄", "トランプ"), rows.stream().map(EntityTable.Row::canonical).toList());
    EntityTable.Row z = rows.get(0);
    assertEquals(3, z.mentions());
    assertEquals(2, z.articles());
    assertEquals(LocalDate.of(2024, 6, 13), z.firstPublished());
    assertEquals(LocalDate.of(2025, 3, 1), z.lastPublished());
    assertEquals("ゼレンスキー 2|ゼレンシキー 1", z.surfaceSummary());
    EntityTable.Row k = rows.get(1);
    assertEquals(2, k.articles());
    assertEquals(LocalDate.of(2024, 6, 13), k.lastPublished(), "an undated article leaves the dates alone");
  }

  @Test
  void testMergeEqualsOneTable() {
    EntityTable whole = new EntityTable();
    whole.add(A);
    whole.add(B);
    whole.add(C);
    EntityTable left = new EntityTable();
    left.add(A);
    EntityTable right = new EntityTable();
    right.add(C);
    right.add(B);
    left.merge(right);
    assertEquals(whole.rows(), left.rows());
  }
}
