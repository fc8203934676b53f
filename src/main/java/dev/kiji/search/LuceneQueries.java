package dev.kiji.search;

import dev.kiji.index.IndexSchema;
import dev.kiji.index.SearchFields;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Translates a {@link QueryNode} into a Lucene query over the embedded index.
 *
 * <p>Words are analysed by the index analyzer the way Lucene's classic parser does with kiji's
 * settings: words ANDed, a word the analyzer splits matches as a phrase (補助金 → "補助 金"), title
 * boosted 2 against body 1. Words that analyse to nothing (stop words) drop out of the query.
 *
 * <pre>{@code
 * Query q = new LuceneQueries(new IndexAnalyzer()).toLucene(QueryLanguage.parse("補助金 party:米国"));
 * }</pre>
 */
public final class LuceneQueries {

  private final Words words;

  public LuceneQueries(Analyzer analyzer) {
    this.words = new Words(analyzer);
  }

  /** The Lucene query of {@code node}; a query whose words all drop out matches nothing. */
  public Query toLucene(QueryNode node) {
    Query q = translate(node);
    return q == null ? new BooleanQuery.Builder().build() : q;
  }

  private Query translate(QueryNode node) {
    return switch (node) {
      case QueryNode.Text t -> words.text(t);
      case QueryNode.Prefix p -> words.prefix(p);
      case QueryNode.Party p -> party(p);
      case QueryNode.MentionTypeIs t -> new TermQuery(new Term(SearchFields.MENTION_TYPE, t.type()));
      case QueryNode.Published p -> LongPoint.newRangeQuery(IndexSchema.PUBLISHED_DAY, p.fromDay(), p.toDay());
      case QueryNode.Amount a -> DoublePoint.newRangeQuery(SearchFields.amountField(a.unit()), a.min(), a.max());
      case QueryNode.Reading r -> new TermQuery(new Term(SearchFields.READING, r.katakana()));
      case QueryNode.All a -> allArticles();
      case QueryNode.Filter f -> {
        Query inner = translate(f.node());
        yield inner == null ? null : new ConstantScoreQuery(inner);
      }
      case QueryNode.Boost b -> {
        Query inner = translate(b.node());
        yield inner == null ? null : new BoostQuery(inner, b.boost());
      }
      case QueryNode.Bool b -> bool(b);
    };
  }

  private Query bool(QueryNode.Bool b) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int n = 0;
    for (QueryNode.Clause c : b.clauses()) {
      Query q = translate(c.node());
      if (q != null) {
        builder.add(q, switch (c.occur()) {
          case MUST -> BooleanClause.Occur.MUST;
          case SHOULD -> BooleanClause.Occur.SHOULD;
          case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
          case FILTER -> BooleanClause.Occur.FILTER;
        });
        n++;
      }
    }
    return n == 0 ? null : builder.build();
  }

  private static Query party(QueryNode.Party p) {
    TermQuery exact = new TermQuery(new Term(IndexSchema.PARTY, p.name()));
    if (!p.orPrefix()) {
      return exact;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(exact, BooleanClause.Occur.SHOULD);
    b.add(new PrefixQuery(new Term(IndexSchema.PARTY, p.name())), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  /** The classic parser's analysis of words, with kiji's settings (only its query builders are used). */
  private static final class Words extends MultiFieldQueryParser {

    Words(Analyzer analyzer) {
      super(new String[] {IndexSchema.TITLE, IndexSchema.BODY}, analyzer,
          Map.of(IndexSchema.TITLE, 2f, IndexSchema.BODY, 1f));
      setDefaultOperator(QueryParser.Operator.AND);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
    }

    Query text(QueryNode.Text t) {
      try {
        return t.slop() > 0 ? getFieldQuery(t.field(), t.text(), t.slop()) : getFieldQuery(t.field(), t.text(), t.phrase());
      } catch (ParseException e) {
        throw new KijiQueryParser.BadClause(e.getMessage());
      }
    }

    Query prefix(QueryNode.Prefix p) {
      try {
        return getPrefixQuery(p.field(), p.prefix());
      } catch (ParseException e) {
        throw new KijiQueryParser.BadClause(e.getMessage());
      }
    }
  }

  /** Every article: all documents but the file documents of incremental runs. */
  private static Query allArticles() {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.FILE_KIND)), BooleanClause.Occur.MUST_NOT)
        .build();
  }
}
