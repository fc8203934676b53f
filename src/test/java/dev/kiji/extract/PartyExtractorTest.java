package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.analyze.Analysis;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyExtractorTest {

  private static List<Mention> extract(String text) {
    return PartyExtractor.withDefaultLexicon().extract(Analysis.analyze(text), ExtractionContext.none());
  }

  private static Mention find(List<Mention> ms, String surface, int start) {
    return ms.stream()
        .filter(m -> m.surface().equals(surface) && m.start() == start)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + surface + "@" + start + " in " + ms));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // input | surface | subtype | canonical | role | start | end
        "ゼレンスキー大統領が来日した | ゼレンスキー | PERSON | ゼレンスキー | 大統領 | 0 | 6",
        "ゼレンシキー大統領は | ゼレンシキー | PERSON | ゼレンスキー | 大統領 | 0 | 6",
        "ｾﾞﾚﾝｽｷｰ大統領は | ｾﾞﾚﾝｽｷｰ | PERSON | ゼレンスキー | 大統領 | 0 | 7",
        "トランプ氏との対立 | トランプ | PERSON | トランプ | 氏 | 0 | 4",
        "トランプ前大統領との会談 | トランプ | PERSON | トランプ | 前大統領 | 0 | 4",
        "トランプ米大統領と | トランプ | PERSON | トランプ | 米大統領 | 0 | 4",
        "トランプ米大統領と | 米 | COUNTRY | 米国 | - | 4 | 5",
        "ゼレンスキー・ウクライナ大統領の | ゼレンスキー | PERSON | ゼレンスキー | ウクライナ大統領 | 0 | 6",
        "ゼレンスキー・ウクライナ大統領の | ウクライナ | COUNTRY | ウクライナ | - | 7 | 12",
        "イェルマーク大統領府長官は | イェルマーク | PERSON | イェルマーク | 大統領府長官 | 0 | 6",
        "日本の岸田文雄首相が | 岸田文雄 | PERSON | 岸田文雄 | 首相 | 3 | 7",
        "岸田文雄首相は会談後、岸田首相は | 岸田 | PERSON | 岸田文雄 | 首相 | 11 | 13",
        "本田圭佑選手が先制した | 本田圭佑 | PERSON | 本田圭佑 | 選手 | 0 | 4",
        "本田圭佑選手が得点し、本田選手は喜んだ | 本田 | PERSON | 本田圭佑 | 選手 | 11 | 13",
        "ウォロディミル・ゼレンスキー氏 | ウォロディミル・ゼレンスキー | PERSON | ゼレンスキー | 氏 | 0 | 14",
        "ジョン・スミス氏が来日 | ジョン・スミス | PERSON | ジョン・スミス | 氏 | 0 | 7",
        "ジョン・スミス氏が来日し、スミス氏は語った | スミス | PERSON | ジョン・スミス | 氏 | 13 | 16",
        "ジョン・スミス氏とリース・スミス氏 | スミス | PERSON | スミス | 氏 | 13 | 16",
        "香川真司が先発し、香川のゴールで勝った | 香川 | PERSON | 香川真司 | - | 9 | 11",
        "香川県の名産 | 香川県 | LOCATION | 香川県 | - | 0 | 3",
        "米国との関係 | 米国 | COUNTRY | 米国 | - | 0 | 2",
        "アメリカにも | アメリカ | COUNTRY | 米国 | - | 0 | 4",
        "米・ウクライナ関係 | 米 | COUNTRY | 米国 | - | 0 | 1",
        "対露制裁の強化 | 露 | COUNTRY | ロシア | - | 1 | 2",
        "日米首脳会談 | 日 | COUNTRY | 日本 | - | 0 | 1",
        "日米首脳会談 | 米 | COUNTRY | 米国 | - | 1 | 2",
        "日米韓の連携 | 韓 | COUNTRY | 韓国 | - | 2 | 3",
        "米政府は | 米 | COUNTRY | 米国 | - | 0 | 1",
        "G7首脳会議 | G7 | ORGANIZATION | G7 | - | 0 | 2",
        "Ｇ７首脳会議 | Ｇ７ | ORGANIZATION | G7 | - | 0 | 2",
        "北大西洋条約機構の会合 | 北大西洋条約機構 | ORGANIZATION | NATO | - | 0 | 8",
        "NATOの会合 | NATO | ORGANIZATION | NATO | - | 0 | 4",
        "外務省が公開 | 外務省 | ORGANIZATION | 外務省 | - | 0 | 3",
        "ロイター通信によると | ロイター通信 | ORGANIZATION | ロイター | - | 0 | 6",
        "東京都渋谷区で | 東京都 | LOCATION | 東京都 | - | 0 | 3",
        "花子さんは言う | 花子 | PERSON | 花子 | さん | 0 | 2",
        "浜本亜実さんが | 浜本亜実 | PERSON | 浜本亜実 | さん | 0 | 4",
        "安倍晋三元首相が | 安倍晋三 | PERSON | 安倍晋三 | 元首相 | 0 | 4",
        "麻生財務相は | 麻生 | PERSON | 麻生 | 財務相 | 0 | 2",
        "スティーブ・ジョブズ氏 | スティーブ・ジョブズ | PERSON | スティーブ・ジョブズ | 氏 | 0 | 10",
        "米アップルが発表 | 米 | COUNTRY | 米国 | - | 0 | 1",
        "日中友好の催し | 中 | COUNTRY | 中国 | - | 1 | 2",
        "ソニー社長の発言 | ソニー | ORGANIZATION | ソニー | - | 0 | 3",
      })
  void testMention(
      String input, String surface, String subtype, String canonical, String role, int start, int end) {
    Mention m = find(extract(input), surface, start);
    assertEquals(MentionType.PARTY, m.type());
    assertEquals(subtype, m.subtype());
    assertEquals(canonical, m.canonical());
    assertEquals(role, m.role());
    assertEquals(end, m.end());
    assertEquals(null, m.value());
    assertEquals(null, m.unit());
  }

  @ParameterizedTest(name = "no party in {0}")
  @ValueSource(
      strings = {
        "大統領は演説した",
        "首相が会見した",
        "長官によれば",
        "前大統領の発言",
        "社長に就任",
        "サッカー選手になりたい",
        "毎日の習慣",
        "期間中は休み",
        "日中の気温が上がる",
        "独女たちの本音",
        "お米を炊く",
        "韓流スター",
        "韓方コスメ",
        "日・祝は休み",
        "新しい仕様のルータ",
        "トランプで遊ぶ",
        "ファンさんの声",
        "１日中目を使う",
        "競技中選手の皮膚",
        "10月7日TSUTAYAで",
        "照英が出演",
        "毎日充実している",
        "ショーン・サリバンは語った",
      })
  void testNoParty(String input) {
    List<Mention> ms = extract(input);
    assertTrue(ms.isEmpty(), () -> "unexpected " + ms);
  }

  @ParameterizedTest(name = "title never a party: {0}")
  @ValueSource(strings = {"大統領", "首相", "長官", "前大統領", "社長", "氏"})
  void testTitleAloneInArticle(String title) {
    String text = "ゼレンスキー大統領と岸田文雄首相が会談した。" + title + "は語った。";
    assertFalse(extract(text).stream().anyMatch(m -> m.surface().equals(title)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // A katakana name with no title is a person only when the text confirms it elsewhere.
    "'イェルマーク長官は語った。イェルマークは続けた', 2",
    "'イェルマークは続けた', 1",
    "'ビクトリアは続けた', 0",
    "'ビクトリア氏は語った。ビクトリアは続けた', 2",
    // 取締役 also follows companies: a lone katakana word before it is no person
    "'レノボ取締役が来日', 0",
    "'ジョン・スミス取締役が来日', 1",
  })
  void testConfirmedElsewhere(String input, int persons) {
    assertEquals(
        persons, extract(input).stream().filter(m -> "PERSON".equals(m.subtype())).count());
  }

  // Known weakness: a title before the name gives no role, and 孫正義 is found only because the
  // lexicon lists him (Kuromoji reads 孫 and 正義 as common nouns).
  @ParameterizedTest(name = "{0}")
  @CsvSource({"'社長の孫正義は', 孫正義, 3"})
  void testKnownWeaknessTitleBeforeName(String input, String surface, int start) {
    assertEquals(null, find(extract(input), surface, start).role());
  }

  // Known weakness: a first name that is a common word (リース, lease) is not joined; the surname
  // alone stays the person, named by the surname.
  @ParameterizedTest(name = "{0}")
  @CsvSource({"'リース・ウィザースプーン氏が', ウィザースプーン, 4, ウィザースプーン"})
  void testKnownWeaknessCommonWordFirstName(
      String input, String surface, int start, String canonical) {
    assertEquals(canonical, find(extract(input), surface, start).canonical());
  }

  // Known weakness: a kanji given name after a katakana surname (ダルビッシュ有) is not part of the
  // name; it ends up in front of the role.
  @ParameterizedTest(name = "{0}")
  @CsvSource({"'ダルビッシュ有投手が', ダルビッシュ, 0, 有投手"})
  void testKnownWeaknessMixedScriptName(String input, String surface, int start, String role) {
    assertEquals(role, find(extract(input), surface, start).role());
  }
}
