package dev.kiji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.search.QueryNode.Amount;
import dev.kiji.search.QueryNode.Bool;
import dev.kiji.search.QueryNode.Clause;
import dev.kiji.search.QueryNode.Filter;
import dev.kiji.search.QueryNode.Occur;
import dev.kiji.search.QueryNode.Party;
import dev.kiji.search.QueryNode.Published;
import dev.kiji.search.QueryNode.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query tree the parser makes, before any backend translates it. */
class QueryLanguageTest {

  private static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void testWordKeptAsTyped() throws Exception {
    assertEquals(new Text(null, "補助金", false, 0), QueryLanguage.parse("補助金"));
  }

  @Test
  void testPhraseAndSlop() throws Exception {
    assertEquals(new Text(null, "中小企業向け", true, 0), QueryLanguage.parse("\"中小企業向け\""));
    assertEquals(new Text(null, "補助 金", true, 2), QueryLanguage.parse("\"補助 金\"~2"));
  }

  @Test
  void testTitleField() throws Exception {
    assertEquals(new Text("title", "お金", false, 0), QueryLanguage.parse("title:お金"));
  }

  @Test
  void testWordsAnded() throws Exception {
    assertEquals(new Bool(List.of(new Clause(Occur.MUST, new Text(null, "政府", false, 0)),
        new Clause(Occur.MUST, new Text(null, "補助金", false, 0)))), QueryLanguage.parse("政府 補助金"));
  }

  @Test
  void testPartyResolvedToCanonical() throws Exception {
    assertEquals(new Filter(new Party("米国", false)), QueryLanguage.parse("party:アメリカ"));
    assertEquals(new Filter(new Party("岸田", true)), QueryLanguage.parse("party:岸田"));
  }

  @Test
  void testExclusionAloneMeansAllBut() throws Exception {
    assertEquals(new Bool(List.of(new Clause(Occur.FILTER, new QueryNode.All()),
        new Clause(Occur.MUST_NOT, new Filter(new Party("米国", false))))), QueryLanguage.parse("-party:米国"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      published:2024-02            | 2024-02-01 | 2024-02-29
      published:2023               | 2023-01-01 | 2023-12-31
      published:2024-01..2024-06   | 2024-01-01 | 2024-06-30
      published:..2024-06          |            | 2024-06-30
      published:2024-07..          | 2024-07-01 |
      """)
  void testPublishedRange(String query, String from, String to) throws Exception {
    assertEquals(new Filter(new Published(from == null ? Long.MIN_VALUE : day(from), to == null ? Long.MAX_VALUE : day(to))),
        QueryLanguage.parse(query));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      amount>=1億円     | JPY | 100000000  | Infinity
      amount<=5000万円  | JPY | -Infinity  | 50000000
      amount=45億ドル   | USD | 4500000000 | 4500000000
      amount>=30%       | %   | 30         | Infinity
      """)
  void testAmountRange(String query, String unit, double min, double max) throws Exception {
    assertEquals(new Filter(new Amount(unit, min, max)), QueryLanguage.parse(query));
  }

  @Test
  void testStrictAmountBoundsMoveOneUlp() throws Exception {
    Amount a = (Amount) ((Filter) QueryLanguage.parse("amount>45億ドル")).node();
    assertEquals(Math.nextUp(4.5e9), a.min());
  }

  @Test
  void testPrefix() throws Exception {
    assertEquals(new QueryNode.Prefix(null, "補助"), QueryLanguage.parse("補助*"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wildcard inside   | 補*金               | wildcards inside words are not supported
      fuzzy             | 補助金~             | fuzzy words
      range syntax      | title:[a TO b]      | ranges are not supported
      """)
  void testUnsupportedSyntaxSaysWhy(String name, String query, String message) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryLanguage.parse(query));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void testHasWordsIgnoresExclusionsAndFilters() throws Exception {
    assertTrue(QueryNode.hasWords(QueryLanguage.parse("支援 type:COUNTRY")));
    assertEquals(false, QueryNode.hasWords(QueryLanguage.parse("type:COUNTRY -補助金")));
  }
}
