package dev.kiji.search;

import dev.kiji.analyze.IndexAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;

/**
 * kiji's query language (see {@link KijiQueryParser}) read into a {@link QueryNode}, for any
 * backend: {@link LuceneQueries} for the embedded index, {@code OpenSearchQueries} for OpenSearch.
 *
 * <pre>{@code
 * QueryNode q = QueryLanguage.parse("補助金 OR 資金 -party:米国 published:2024-01..");
 * }</pre>
 */
public final class QueryLanguage {

  private QueryLanguage() {}

  /** Parses {@code text}; the message of a failure is for the user. */
  public static QueryNode parse(String text) throws QuerySyntaxException {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      throw new QuerySyntaxException("empty query", null);
    }
    try {
      return new KijiQueryParser(new IndexAnalyzer()).parseNode(trimmed);
    } catch (KijiQueryParser.BadClause e) {
      throw new QuerySyntaxException(e.getMessage(), e);
    } catch (ParseException | RuntimeException e) {
      Throwable c = e.getCause() instanceof KijiQueryParser.BadClause bad ? bad : e;
      if (c instanceof KijiQueryParser.BadClause) {
        throw new QuerySyntaxException(c.getMessage(), c);
      }
      throw new QuerySyntaxException("cannot parse query '" + trimmed + "': " + firstLine(e), e);
    }
  }

  /** The parser's message without its echo of the query, in plain words where we can. */
  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    if (m.startsWith("Cannot parse '")) {
      int end = m.indexOf("': ");
      m = end < 0 ? m : m.substring(end + 3);
    }
    if (m.contains("\"<EOF>\"")) {
      return "the query ends too early (a parenthesis, quote or field value is missing)";
    }
    return m.strip().endsWith(".") ? m.strip().substring(0, m.strip().length() - 1) : m.strip();
  }
}
