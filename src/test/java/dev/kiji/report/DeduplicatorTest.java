package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact and near duplicates of a story written for this test; originals come first in input order. */
class DeduplicatorTest {

  static final String STORY = String.join("\n",
      "港北市は十二日、市内の商店街に新しい子育て支援拠点を開くと発表した。",
      "拠点は空き店舗を改装したもので、保育士が常駐し、一時預かりや育児相談に応じる。",
      "市によると、改装費は約三千万円で、国の交付金を充てる。開所は来年四月の予定だ。",
      "商店街の振興組合は、子ども連れの来訪者が増えれば周辺の店の売り上げにもつながると期待している。",
      "市長は記者会見で「駅前のにぎわいを取り戻す一歩にしたい」と話した。");

  static final String OTHER = String.join("\n",
      "南浜町の漁協は十日、今季のサンマ漁の水揚げが前年の半分にとどまったと明らかにした。",
      "海水温の上昇で漁場が沖合に移り、燃料費がかさむため出漁を控える船も出ている。",
      "漁協は町に燃料費の補助を求める要望書を提出する方針で、組合長は「このままでは続けられない」と訴えた。",
      "町は補正予算での対応を検討している。");

  private static BodySignature sig(String text) {
    return BodySignature.of("", text);
  }

  private static Deduplicator.Match second(String first, String second) {
    Deduplicator d = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD);
    assertNull(d.check(sig(first), 7), "the first article is an original");
    return d.check(sig(second), 8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // case | how the copy differs from STORY | expected kind (empty: not a duplicate)
    "sameText | | EXACT",
    "wideSpacesAndBlankLines | spaces | EXACT",
    "fullWidthDigitsNfkc | fullwidth | EXACT",
    "siteHeaderAndFooter | boilerplate | NEAR",
    "oneSentenceEdited | edit | NEAR",
    "anotherStory | other | ",
  })
  void testKind(String name, String change, String expected) {
    String copy = switch (change == null ? "" : change) {
      case "spaces" -> "\n\n" + STORY.replace("。", "。　 ").replace("\n", "\n\n");
      case "fullwidth" -> STORY.replace("三千万円", "三千万円（約２０万ドル）");
      case "boilerplate" -> "ホーム > 地域 > 港北市\n2025年5月12日 10:30 配信\n" + STORY
          + "\nこの記事をシェアする\n関連記事\n港北市、駅前再開発の説明会\nCopyright 港北新報";
      case "edit" -> STORY.replace("市長は記者会見で「駅前のにぎわいを取り戻す一歩にしたい」と話した。",
          "市長は記者会見で「駅前のにぎわいを取り戻す一歩だ」と述べた。");
      case "other" -> OTHER;
      default -> STORY;
    };
    String original = change != null && change.equals("fullwidth") ? STORY.replace("三千万円", "三千万円(約20万ドル)") : STORY;
    Deduplicator.Match m = second(original, copy);
    if (expected == null) {
      assertNull(m, name);
    } else {
      assertNotNull(m, name);
      assertEquals(Deduplicator.Kind.valueOf(expected), m.kind(), name);
      assertEquals(7, m.reference(), "points to the original's reference");
      assertTrue(m.similarity() >= Deduplicator.DEFAULT_THRESHOLD, name + " " + m.similarity());
    }
  }

  @Test
  void testTitleLineDoesNotCount() {
    BodySignature a = BodySignature.of("港北市が子育て拠点", "港北市が子育て拠点\n" + STORY);
    BodySignature b = BodySignature.of("子育て拠点を商店街に", "子育て拠点を商店街に\n" + STORY);
    assertEquals(a.exact(), b.exact());
  }

  @Test
  void testShortTextsAreComparedExactlyOnly() {
    BodySignature a = sig("短い告知です。");
    BodySignature b = sig("短い告知でした。");
    assertTrue(!a.hasSketch() && !b.hasSketch());
    Deduplicator d = new Deduplicator(0.5);
    assertNull(d.check(a, 0));
    assertNull(d.check(b, 1));
    assertEquals(Deduplicator.Kind.EXACT, d.check(sig("短い告知です。"), 2).kind());
  }

  @Test
  void testDuplicateOfADuplicatePointsToTheOriginal() {
    Deduplicator d = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD);
    assertNull(d.check(sig(STORY), 10));
    assertEquals(10, d.check(sig(STORY), 11).reference());
    assertEquals(10, d.check(sig("見出し\n" + STORY), 12).reference());
    assertEquals(1, d.originals());
  }

  @Test
  void testSignatureBytesRoundTrip() {
    for (String text : List.of(STORY, OTHER, "短い。")) {
      BodySignature s = sig(text);
      BodySignature back = BodySignature.fromBytes(s.toBytes());
      assertEquals(s, back);
      assertEquals(BodySignature.BYTES, s.toBytes().length);
    }
  }

  /** Many distinct random texts: no false duplicates, and the tables grow past their first size. */
  @Test
  void testThousandsOfDistinctTextsStayOriginal() {
    Random r = new Random(42);
    String chars = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん市町村国県党";
    Deduplicator d = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD);
    List<BodySignature> all = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 120; k++) {
        b.append(chars.charAt(r.nextInt(chars.length())));
      }
      all.add(sig(b.append('。').toString()));
    }
    for (int i = 0; i < all.size(); i++) {
      assertNull(d.check(all.get(i), i), "text " + i);
    }
    assertEquals(5000, d.originals());
    // and every one of them is found again, exactly
    for (int i = 0; i < all.size(); i += 97) {
      assertEquals(i, d.check(all.get(i), -1).reference());
    }
  }
}
