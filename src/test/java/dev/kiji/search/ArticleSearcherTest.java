package dev.kiji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleSearcherTest {

  @TempDir static Path dir;

  @BeforeAll
  static void index() throws IOException {
    SearchFixture.index(dir);
  }

  private static List<String> ids(String query) throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      return s.search(query, 10, 0).hits().stream().map(Hit::id).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void testCompoundWordDoesNotMatchItsParts() throws Exception {
    assertEquals(List.of("a"), ids("補助金"));
  }

  @Test
  void testSingleCharWordStillMatches() throws Exception {
    assertEquals(List.of("a", "b"), ids("金"));
  }

  @Test
  void testWordsAreAnded() throws Exception {
    assertEquals(List.of("a"), ids("政府 補助金"));
    assertEquals(List.of(), ids("政府 クラウドファンディング"));
  }

  @Test
  void testOrAndExclusion() throws Exception {
    assertEquals(List.of("a", "c"), ids("補助金 OR 資金"));
    assertEquals(List.of("b"), ids("金 -中小企業"));
  }

  @Test
  void testPhrase() throws Exception {
    assertEquals(List.of("a"), ids("\"中小企業向け\""));
    assertEquals(List.of(), ids("\"補助金 中小企業\""));
  }

  @Test
  void testCompoundIsFoundWhole() throws Exception {
    // Lucene's stock JapaneseAnalyzer discards the compound and keeps クラ|ウド|ファン|ディングサイト
    assertEquals(List.of("c"), ids("クラウドファンディングサイト"));
  }

  @Test
  void testKnownWeaknessSearchModeSplitsKatakanaBadly() throws Exception {
    // search mode cuts the compound at クラ|ウド|ファン|ディングサイト, so the real part サイト
    // is no token of the index; a query for it finds nothing
    assertEquals(List.of(), ids("サイト"));
  }

  @Test
  void testWidthVariantsMatch() throws Exception {
    assertEquals(List.of("b"), ids("ガソリン"));
    assertEquals(List.of("b"), ids("ｶﾞｿﾘﾝ"));
  }

  @Test
  void testTitleField() throws Exception {
    assertEquals(List.of("b"), ids("title:お金"));
  }

  @Test
  void testSnippetMarksTheMatchInTheOriginalText() throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      SearchResult r = s.search("ガソリン", 10, 0);
      assertEquals(1, r.totalHits());
      assertTrue(r.hits().get(0).snippet().contains("«ｶﾞｿﾘﾝ»"), r.hits().get(0).snippet());
    }
  }

  @Test
  void testPaging() throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      SearchResult first = s.search("金 OR 資金", 1, 0);
      SearchResult second = s.search("金 OR 資金", 1, 1);
      assertEquals(3, first.totalHits());
      assertEquals(1, first.hits().size());
      assertEquals(2, second.hits().get(0).rank());
      assertTrue(!first.hits().get(0).id().equals(second.hits().get(0).id()));
    }
  }

  @Test
  void testMalformedQueryGivesAClearMessage() throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> s.search("title:(", 10, 0));
      assertTrue(e.getMessage().startsWith("cannot parse query 'title:('"), e.getMessage());
      assertThrows(QuerySyntaxException.class, () -> s.search("  ", 10, 0));
    }
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      party canonical             | party:米国                    | d e
      party by alias              | party:アメリカ                | d e
      party by half-width alias   | party:ｱﾒﾘｶ                    | d e
      party person                | party:岸田文雄                | d
      party name prefix           | party:岸田                    | d
      party one-char alias        | party:米                      | d e
      party OR party              | party:米国 OR party:中国      | d e f g
      exclusion alone             | -party:米国                   | a b c f g
      alias-aware word            | アメリカ                      | d e
      alias and word ANDed        | アメリカ 円高                 | e
      type person                 | type:PERSON                   | d
      type lower case             | type:money                    | d e f
      type country                | type:COUNTRY                  | d e f g
      months range                | published:2024-01..2024-06    | d g
      open start                  | published:..2024-06           | d f g
      open end                    | published:2024-07..           | a b c e
      one month                   | published:2024-02             | d g
      one day                     | published:2024-02-10          | d
      one year                    | published:2023                | f
      amount at least yen         | amount>=1億円                 | e
      amount below yen            | amount<1億円                  | f
      amount in dollars           | amount>=10億ドル              | d
      amount strictly above       | amount>45億ドル               | ''
      amount exact                | amount=45億ドル               | d
      amount with colon           | amount:<=5000万円             | f
      amount with words           | 補助 amount<1億円             | f
      reading hiragana            | reading:きしだ                | d
      reading katakana            | reading:キシダ                | d
      reading noun pair           | reading:きしだふみお          | d
      width variant kept          | ｶﾞｿﾘﾝ                         | b
      filter and text             | 支援 published:2024           | d
      """)
  void testQueryLanguage(String name, String query, String expected) throws Exception {
    assertEquals(expected.isBlank() ? List.of() : List.of(expected.split(" ")), ids(query), query);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      month 13                  | published:2024-13             | bad date '2024-13' in published:2024-13
      not a date                | published:yesterday           | bad date 'yesterday'
      reversed range            | published:2024-06..2024-01    | ends before it starts
      empty range               | published:..                  | needs at least one end
      amount without unit read  | amount>=たくさん              | cannot read the amount 'たくさん'
      unknown type              | type:FOO                      | unknown mention type 'FOO'
      unknown field             | foo:bar                       | unknown field 'foo:'
      open parenthesis          | title:(                       | cannot parse query 'title:(': the query ends too early
      unclosed group            | 補助金 -(中小企業              | cannot parse query '補助金 -(中小企業': the query ends too early
      stray close               | 補助金 )                      | cannot parse query '補助金 )': Encountered
      """)
  void testMalformedQueriesSayWhy(String name, String query, String message) throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> s.search(query, 10, 0));
      assertTrue(e.getMessage().contains(message), e.getMessage());
    }
  }

  @Test
  void testFacetsCountAllHitsNotOnlyThePage() throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      SearchResult r = s.search("type:COUNTRY", 1, 0, true);
      assertEquals(1, r.hits().size());
      // d has 米国, 日本, 岸田文雄; ties sorted by name
      assertEquals(
          List.of(new Facets.Count("中国", 2), new Facets.Count("米国", 2), new Facets.Count("岸田文雄", 1),
              new Facets.Count("日本", 1)),
          r.facets().parties());
      assertEquals(
          List.of(new Facets.Count("2023-12", 1), new Facets.Count("2024-02", 2), new Facets.Count("2024-07", 1)),
          r.facets().months());
      assertEquals(
          List.of(new Facets.Count("news.example.jp", 3), new Facets.Count("other.example.org", 1)),
          r.facets().sources());
      assertEquals(Facets.NONE, s.search("type:COUNTRY", 1, 0).facets());
    }
  }

  @Test
  void testAliasMatchIsHighlightedAsTheCanonicalText() throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      List<String> snippets = s.search("アメリカ", 10, 0).hits().stream().map(Hit::snippet).toList();
      assertTrue(snippets.stream().anyMatch(x -> x.contains("«米国»")), snippets.toString());
      assertTrue(snippets.stream().anyMatch(x -> x.contains("«アメリカ»")), snippets.toString());
    }
  }

  @Test
  void testSnippetHtmlIsEscaped() throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      Hit h = s.search("本文", 10, 0).hits().get(0);
      assertTrue(h.snippetHtml().contains("<mark>本文</mark>に&lt;script&gt;"), h.snippetHtml());
      assertTrue(!h.snippetHtml().contains("<script"), h.snippetHtml());
    }
  }

  @Test
  void testStoredArticleById() throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      StoredArticle a = s.article("d").orElseThrow();
      assertEquals("米国が追加支援", a.title());
      assertEquals("2024-02-10", a.published().toString());
      assertTrue(a.text().contains("岸田文雄"));
      assertTrue(s.article("nope").isEmpty());
    }
  }

  @Test
  void testFilterOnlyQueriesListNewestFirst() throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir)) {
      // d 2024-02-10, e 2024-07-01, f 2023-12-31, g 2024-02-20
      assertEquals(List.of("e", "g", "d", "f"),
          s.search("type:COUNTRY", 10, 0).hits().stream().map(Hit::id).toList());
      assertEquals(List.of("e", "g", "d", "f"),
          s.search("type:COUNTRY -補助金", 10, 0).hits().stream().map(Hit::id).toList());
      // with a word, relevance decides
      assertEquals(List.of("d"), s.search("支援 type:COUNTRY", 10, 0).hits().stream().map(Hit::id).toList());
    }
  }

  @Test
  void testMissingIndexSaysRunAnalyze(@TempDir Path empty) {
    IOException e = assertThrows(IOException.class, () -> ArticleSearcher.open(empty.resolve("none")));
    assertTrue(e.getMessage().contains("run `kiji analyze` first"), e.getMessage());
  }
}
