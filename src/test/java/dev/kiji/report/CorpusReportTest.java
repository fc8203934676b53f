package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.report.CorpusReport.AmountRow;
import dev.kiji.report.CorpusReport.PairRow;
import dev.kiji.report.CorpusReport.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusReportTest {

  private static final ExtractedArticle A = Doc.of("a", "2025-02-27",
          "トランプ大統領は日本に45億ドルを求めた。石破首相は米国と協議した。\n日本は反発した。")
      .party("トランプ", "トランプ", "PERSON", "大統領").party("日本", "日本", "COUNTRY").money("45億ドル", "4500000000", "USD")
      .party("石破", "石破茂", "PERSON", "首相").party("米国", "米国", "COUNTRY").party("日本", "日本", "COUNTRY")
      .term("協議/名詞", 1).term("求める/動詞", 1).term("こと/名詞", 3).build();
  private static final ExtractedArticle B = Doc.of("b", "2025-03-03",
          "米国は日本に関税を課す！トランプ氏が表明した。中国は1000億円を投じる。")
      .party("米国", "米国", "COUNTRY").party("日本", "日本", "COUNTRY").party("トランプ", "トランプ", "PERSON", "氏")
      .party("中国", "中国", "COUNTRY").money("1000億円", "100000000000", "JPY")
      .term("関税/名詞", 2).term("協議/名詞", 1).build();
  private static final ExtractedArticle C = Doc.of("c", null, "日本の予算は5円。")
      .party("日本", "日本", "COUNTRY").money("5円", "5", "JPY").build();

  private static ReportOptions opts(String from, String to, Set<String> types, int min, int top, Period p) {
    return new ReportOptions(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
        types, min, top, p, true, Set.of("こと"));
  }

  private static Tables tables(ReportOptions o, ExtractedArticle... docs) {
    CorpusReport r = new CorpusReport(o);
    for (ExtractedArticle d : docs) {
      r.accept(d);
    }
    return r.tables();
  }

  private static final ReportOptions ALL = opts(null, null, Set.of(), 1, 0, Period.MONTH);

  private static PairRow pair(Tables t, String a, String b) {
    return t.pairs().stream()
        .filter(p -> p.partyA().equals(a) && p.partyB().equals(b) || p.partyA().equals(b) && p.partyB().equals(a))
        .findFirst().orElseThrow(() -> new AssertionError(a + "-" + b + " missing in " + t.pairs()));
  }

  @ParameterizedTest(name = "{0}: articles {2}, sentences {3}, dice {4}")
  @CsvSource({
    // pair,            other,  articles, sentences, dice
    "日本,                米国,    2,        1,         0.8",   // same article twice; same sentence only in B (米国は日本に…)
    "トランプ,            日本,    2,        1,         0.8",   // A: sentence 1; B: different sentences
    "石破茂,              米国,    1,        1,         0.6667",
    "中国,                日本,    1,        0,         0.5",   // B: different sentences (split at ！ and 。)
    "トランプ,            石破茂,  1,        0,         0.6667",
  })
  void pairCountsArticlesSentencesAndDice(String a, String b, int articles, int sentences, double dice) {
    PairRow p = pair(tables(ALL, A, B, C), a, b);
    assertEquals(articles, p.articles(), p.toString());
    assertEquals(sentences, p.sentences(), p.toString());
    assertEquals(dice, p.dice(), 1e-4, p.toString());
  }

  @Test
  void pairsAreOrderedByArticlesAndIndependentOfInputOrder() {
    Tables t = tables(ALL, A, B, C);
    Tables reversed = tables(ALL, C, B, A);
    assertEquals(t, reversed);
    for (int i = 1; i < t.pairs().size(); i++) {
      assertTrue(t.pairs().get(i - 1).articles() >= t.pairs().get(i).articles());
    }
  }

  @ParameterizedTest(name = "{0}: party {1}")
  @CsvSource({
    "45億ドル,  日本, COUNTRY",   // トランプ大統領は日本に45億ドル: 日本 is one char away, トランプ further
    "1000億円, 中国, COUNTRY",   // the sentence after ！ and 。: 米国, 日本, トランプ are in other sentences
    "5円,      日本, COUNTRY",
  })
  void amountTakesTheNearestPartyOfItsSentence(String surface, String party, String type) {
    AmountRow r = tables(ALL, A, B, C).amounts().stream().filter(x -> x.surface().equals(surface)).findFirst().orElseThrow();
    assertEquals(party, r.party(), r.toString());
    assertEquals(type, r.partyType(), r.toString());
  }

  @Test
  void amountTotalsSumPerPartyAndCurrencyAndUndatedSortLast() {
    Tables t = tables(ALL, A, B, C);
    assertEquals(List.of("a", "b", "c"), t.amounts().stream().map(AmountRow::articleId).toList());
    CorpusReport.AmountTotal japan = t.amountTotals().stream()
        .filter(x -> x.party().equals("日本") && x.currency().equals("JPY")).findFirst().orElseThrow();
    assertEquals(1, japan.amounts());
    assertEquals("5", ReportFiles.number(japan.total()));
  }

  @Test
  void timelineIsLongFormatPerPartyAndPeriodAndSkipsUndated() {
    Tables t = tables(ALL, A, B, C);
    List<String> japan = t.timeline().stream().filter(r -> r.party().equals("日本"))
        .map(r -> r.period() + "=" + r.mentions() + "/" + r.articles()).toList();
    assertEquals(List.of("2025-02=2/1", "2025-03=1/1"), japan);
    Tables weeks = tables(opts(null, null, Set.of(), 1, 0, Period.WEEK), A, B);
    assertEquals(Set.of("2025-W09", "2025-W10"), weeks.timeline().stream().map(CorpusReport.TimelineRow::period).collect(Collectors.toSet()));
  }

  @Test
  void entitiesCarryRolesAndUndatedArticlesCount() {
    EntityTable.Row trump = tables(ALL, A, B, C).entities().stream()
        .filter(r -> r.canonical().equals("トランプ")).findFirst().orElseThrow();
    assertEquals("大統領 1|氏 1", trump.roleSummary());
    EntityTable.Row japan = tables(ALL, A, B, C).entities().get(0);
    assertEquals("日本", japan.canonical());
    assertEquals(4, japan.mentions());
    assertEquals(3, japan.articles());
  }

  @ParameterizedTest(name = "from {0} to {1} types {2} min {3} top {4}: {5}")
  @CsvSource({
    "2025-03-01, ,          , 1, 0, トランプ 中国 日本 米国",
    ",           2025-02-28, , 1, 0, 日本 トランプ 石破茂 米国",
    ",           ,          PERSON, 1, 0, トランプ 石破茂",
    ",           ,          , 2, 0, 日本 トランプ 米国",
    ",           ,          , 1, 2, 日本 トランプ",
  })
  void filtersApplyToEntities(String from, String to, String types, int min, int top, String expected) {
    Set<String> ty = types == null ? Set.of() : Set.of(types.split(" "));
    Tables t = tables(opts(from, to, ty, min, top, Period.MONTH), A, B, C);
    assertEquals(expected, t.entities().stream().map(EntityTable.Row::canonical).collect(Collectors.joining(" ")));
    if (!ty.isEmpty()) {
      assertTrue(t.pairs().stream().allMatch(p -> ty.contains(p.typeA()) && ty.contains(p.typeB())), t.pairs().toString());
    }
  }

  @Test
  void topKeepsEachPartysStrongestPartners() {
    Tables t = tables(opts(null, null, Set.of(), 1, 1, Period.MONTH), A, B, C);
    // with one partner per party, a pair stays when it is the best of either side
    for (PairRow p : t.pairs()) {
      assertTrue(p.articles() >= 1);
    }
    assertTrue(t.pairs().size() < tables(ALL, A, B, C).pairs().size());
  }

  @Test
  void termsAreFilteredByStopwordsAndCountDocuments() {
    Tables t = tables(ALL, A, B, C);
    List<String> rows = new ArrayList<>();
    for (CorpusReport.TermRow r : t.terms()) {
      rows.add(r.term() + "/" + r.pos() + " " + r.count() + " " + r.articles());
    }
    assertEquals(List.of("協議/名詞 2 2", "関税/名詞 2 1", "求める/動詞 1 1"), rows);
  }

  @ParameterizedTest(name = "{0} is sentence {1}")
  @CsvSource({"0, 0", "5, 0", "6, 1", "9, 1", "10, 2", "12, 3"})
  void sentencesSplitAtJapaneseAndAsciiEnds(int index, int sentence) {
    int[] ends = CorpusReport.sentenceEnds("あいうえお。かきく！け\nこさ?す");
    assertEquals(sentence, CorpusReport.sentence(ends, index), java.util.Arrays.toString(ends));
  }

  @Test
  void emptyCorpusGivesEmptyTables() {
    Tables t = tables(ALL);
    assertEquals(0, t.summary().articles());
    assertEquals(Collections.emptyList(), t.entities());
  }

  @Test
  void knownWeaknessQuotedSentenceEndSplitsTheSentence() {
    // 「…。」 inside a sentence ends it for kiji: the speaker and the party after the quote land in
    // different sentences, so this pair gets no sentence-level count although it is one sentence.
    ExtractedArticle q = Doc.of("q", "2025-01-01", "石破首相は「協議を続ける。」と米国に伝えた。")
        .party("石破", "石破茂", "PERSON").party("米国", "米国", "COUNTRY").build();
    assertEquals(0, pair(tables(ALL, q), "石破茂", "米国").sentences());
  }

  @ParameterizedTest(name = "types {0}: {1} goes to {2}")
  @CsvSource({
    "'',             45億ドル, 日本",       // all types: 日本 is nearest
    "PERSON,         45億ドル, トランプ",   // 日本 left out: the next nearest party of the sentence
    "ORGANIZATION,   45億ドル, ''",         // no kept party in the sentence
  })
  void amountPartyIsTheNearestKeptParty(String types, String surface, String party) {
    Set<String> ty = types.isEmpty() ? Set.of() : Set.of(types);
    AmountRow r = tables(opts(null, null, ty, 1, 0, Period.MONTH), A, B, C).amounts().stream()
        .filter(x -> x.surface().equals(surface)).findFirst().orElseThrow();
    assertEquals(party, r.party(), r.toString());
  }

  @Test
  void articlesWithTheSameIdCountOncePerParty() {
    // the same id twice (a file read twice, or an article repeated under its id): mentions add up,
    // the party's article count stays one, also when the copies land in reports merged later
    ExtractedArticle again = Doc.of("a", "2025-03-01", "日本は反発した。").party("日本", "日本", "COUNTRY").build();
    EntityTable.Row japan = tables(ALL, A, again).entities().get(0);
    assertEquals(3, japan.mentions());
    assertEquals(1, japan.articles());
    CorpusReport left = new CorpusReport(ALL);
    left.accept(B);
    left.accept(again);
    CorpusReport right = new CorpusReport(ALL);
    right.accept(A);
    right.accept(C);
    assertEquals(tables(ALL, A, B, C, again), right.merge(left).tables());
  }

  @Test
  void preparedArticleCountsAsTheArticle() {
    CorpusReport r = new CorpusReport(ALL);
    for (ExtractedArticle d : List.of(A, B, C)) {
      r.accept(CorpusReport.prepare(d));
    }
    assertEquals(tables(ALL, A, B, C), r.tables());
    assertEquals(List.of("a", "b", "c"), r.tables().amounts().stream().map(AmountRow::articleId).toList());
  }

  @ParameterizedTest(name = "{0} keys: pair ({1}, {2}) at {3}")
  @CsvSource({"2, 0, 1, 0", "3, 0, 2, 1", "3, 1, 2, 2", "4, 1, 3, 4", "4, 2, 3, 5"})
  void pairIndexNumbersThePairsOfKeysInOrder(int n, int i, int j, int expected) {
    assertEquals(expected, PreparedArticle.pairIndex(n, i, j));
  }
}
