package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "body=article_text       | body      | article_text,body,text",
        "BODY = story , copy     | body      | story,copy,body",
        "text=story              | body      | story,body",
        "title=hed               | title     | hed,title,headline",
        "date=meta.when          | published | meta.when,published,date",
        "link=href               | url       | href,url,link",
        "title=headline          | title     | headline,title",
      })
  void testUserNamesComeFirst(String spec, String role, String firstNames) {
    FieldNames f = FieldNames.DEFAULTS.with(spec);
    List<String> names = switch (role) {
      case "title" -> f.title();
      case "body" -> f.body();
      case "url" -> f.url();
      default -> f.published();
    };
    List<String> expected = List.of(firstNames.split(","));
    assertEquals(expected, names.subList(0, expected.size()));
    assertEquals(names.size(), names.stream().distinct().count(), "no name twice");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "body                | --field wants ROLE=NAME, e.g. body=article_text: 'body'",
        "=x                  | --field wants ROLE=NAME, e.g. body=article_text: '=x'",
        "body=               | --field wants ROLE=NAME, e.g. body=article_text: 'body='",
        "body=,              | --field body=,: no field name",
        "author=byline       | --field author=byline: unknown role 'author' (one of title, body, url, published)",
      })
  void testBadSpecs(String spec, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> FieldNames.DEFAULTS.with(spec)).getMessage());
  }
}
