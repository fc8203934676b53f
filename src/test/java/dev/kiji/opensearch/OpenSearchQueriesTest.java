package dev.kiji.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.search.QueryLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query DSL of each kind of clause (the integration test in src/opensearch runs them). */
class OpenSearchQueriesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      補助金          | {"bool":{"should":[{"match_phrase":{"title":{"query":"補助金","boost":2.0,"zero_terms_query":"all"}}},{"match_phrase":{"body":{"query":"補助金","zero_terms_query":"all"}}}],"minimum_should_match":1}}
      title:お金      | {"match_phrase":{"title":{"query":"お金","zero_terms_query":"all"}}}
      party:米国      | {"constant_score":{"filter":{"term":{"party":"米国"}}}}
      party:岸田      | {"constant_score":{"filter":{"bool":{"should":[{"term":{"party":"岸田"}},{"prefix":{"party":"岸田"}}],"minimum_should_match":1}}}}
      type:person     | {"constant_score":{"filter":{"term":{"mention_type":"PERSON"}}}}
      published:2024-02..   | {"constant_score":{"filter":{"range":{"published":{"gte":"2024-02-01","format":"strict_date"}}}}}
      amount>=1億円   | {"constant_score":{"filter":{"range":{"amount.JPY":{"gte":1.0E8}}}}}
      reading:きしだ  | {"constant_score":{"filter":{"term":{"reading":"キシダ"}}}}
      -party:米国     | {"bool":{"filter":[{"match_all":{}}],"must_not":[{"constant_score":{"filter":{"term":{"party":"米国"}}}}]}}
      'title:a OR title:b' | {"bool":{"should":[{"match_phrase":{"title":{"query":"a","zero_terms_query":"none"}}},{"match_phrase":{"title":{"query":"b","zero_terms_query":"none"}}}],"minimum_should_match":1}}
      """)
  void testClauseDsl(String query, String dsl) throws Exception {
    assertEquals(dsl, OpenSearchQueries.toDsl(QueryLanguage.parse(query)).toString());
  }
}
