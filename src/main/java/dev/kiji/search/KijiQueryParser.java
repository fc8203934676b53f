package dev.kiji.search;

import dev.kiji.analyze.Analysis;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractor;
import dev.kiji.extract.Extractors;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.extract.Parties;
import dev.kiji.index.IndexSchema;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * kiji's query language: Lucene's classic syntax over title and body, plus kiji's own fields.
 *
 * <pre>
 * 補助金 中小企業              both words (AND)
 * "中小企業向け"                a phrase
 * 補助金 OR 資金   -中小企業     OR, exclusion
 * title:補助金                  in the headline only
 * アメリカ                      alias-aware: also articles whose party is 米国 (and the text 米国)
 * party:岸田文雄  party:アメリカ  articles with that canonical party (any alias is accepted;
 *                               a name that is no alias also matches as a prefix: party:岸田)
 * type:PERSON  type:MONEY       articles with a mention of that type or subtype
 * published:2024-01..2024-06    month or day precision, open ends: ..2024-06  2024-01-15..
 * amount&gt;=1億円  amount&lt;5000万ドル   an amount in that currency (its own unit), compared
 * reading:きしだ                 a token (or two adjacent nouns) read キシダ
 * </pre>
 *
 * <p>The parser makes a {@link QueryNode} tree (words kept as typed; party, dates, amounts resolved),
 * which {@link LuceneQueries} and the OpenSearch backend translate: the classic grammar builds its
 * tree with leaves that carry kiji nodes, and the tree is then read into a {@link QueryNode}.
 * kiji's clauses are filters (constant score) and combine with OR, - and parentheses like any
 * clause; {@code word*} is a prefix. Wildcards inside words, fuzzy words, regular expressions and
 * {@code [A TO B]} are refused with a message. A bad clause raises {@link BadClause} with a
 * message for a human.
 *
 * <p>Weaknesses: one-character aliases (米, 中) are not expanded, since they are common words;
 * {@code amount} values cannot contain spaces.
 */
final class KijiQueryParser extends MultiFieldQueryParser {

  static final Set<String> TYPES =
      Set.of("AMOUNT", "DATE", "DURATION", "PARTY", "MONEY", "QUANTITY", "PERCENT", "PERSON",
          "ORGANIZATION", "COUNTRY", "LOCATION");

  private static final Pattern AMOUNT_OP = Pattern.compile("(?<![\\p{L}\\p{N}_.:])amount\\s*(>=|<=|>|<|=)");
  private static final Pattern DAY = Pattern.compile("(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?");
  private static final Extractor AMOUNTS = Extractors.defaults();

  /** A query clause kiji cannot read; the message is for the user. */
  static final class BadClause extends RuntimeException {
    BadClause(String message) {
      super(message);
    }
  }

  KijiQueryParser(Analyzer analyzer) {
    super(new String[] {IndexSchema.TITLE, IndexSchema.BODY}, analyzer);
    setDefaultOperator(QueryParser.Operator.AND);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /** Rewrites {@code amount>=X} to the field form {@code amount:>=X} the classic grammar reads. */
  static String preparse(String query) {
    Matcher m = AMOUNT_OP.matcher(query);
    return m.replaceAll(r -> "amount:" + Matcher.quoteReplacement(r.group(1)));
  }

  /** The query tree of {@code query}; throws {@link BadClause} for a clause kiji cannot read. */
  QueryNode parseNode(String query) throws ParseException {
    return withPositiveClause(node(super.parse(preparse(query))));
  }

  /** The classic grammar builds Lucene queries; here their leaves carry kiji's nodes. */
  private static QueryNode node(Query q) {
    return switch (q) {
      case NodeQuery n -> n.node;
      case BoostQuery b -> new QueryNode.Boost(node(b.getQuery()), b.getBoost());
      case MatchAllDocsQuery a -> new QueryNode.All();
      case BooleanQuery b -> new QueryNode.Bool(b.clauses().stream()
          .map(c -> new QueryNode.Clause(occur(c.occur()), node(c.query()))).toList());
      default -> throw new BadClause("unsupported query syntax: " + q);
    };
  }

  private static QueryNode.Occur occur(BooleanClause.Occur o) {
    return switch (o) {
      case MUST -> QueryNode.Occur.MUST;
      case SHOULD -> QueryNode.Occur.SHOULD;
      case MUST_NOT -> QueryNode.Occur.MUST_NOT;
      case FILTER -> QueryNode.Occur.FILTER;
    };
  }

  /** A query of exclusions only matches nothing in Lucene; here it means "all but these". */
  private static QueryNode withPositiveClause(QueryNode q) {
    if (q instanceof QueryNode.Bool b
        && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.occur() == QueryNode.Occur.MUST_NOT)) {
      List<QueryNode.Clause> all = new ArrayList<>();
      all.add(new QueryNode.Clause(QueryNode.Occur.FILTER, new QueryNode.All()));
      all.addAll(b.clauses());
      return new QueryNode.Bool(all);
    }
    return q;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    return new NodeQuery(node(field, text, quoted, 0));
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    return new NodeQuery(node(field, text, true, slop));
  }

  private QueryNode node(String field, String text, boolean quoted, int slop) {
    if (field == null) {
      return aliasAware(text, quoted, slop);
    }
    return switch (field) {
      case IndexSchema.TITLE, IndexSchema.BODY -> new QueryNode.Text(field, text, quoted, slop);
      case "party" -> filter(party(text));
      case "type" -> filter(type(text));
      case "published", "date" -> filter(published(text));
      case "amount" -> filter(amount(text));
      case "reading" -> filter(new QueryNode.Reading(katakana(text)));
      default ->
          throw new BadClause(
              "unknown field '" + field + ":' (fields: title, body, party, type, published, amount, reading;"
                  + " put text with a colon in quotes)");
    };
  }

  @Override
  protected Query getPrefixQuery(String field, String prefix) {
    if (field == null || field.equals(IndexSchema.TITLE) || field.equals(IndexSchema.BODY)) {
      return new NodeQuery(new QueryNode.Prefix(field, prefix));
    }
    if (field.equals("party")) {
      return new NodeQuery(filter(new QueryNode.Party(canonicalParty(prefix), true)));
    }
    throw new BadClause("a prefix (word*) works on words and party: only, not on " + field + ":");
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) {
    throw new BadClause("wildcards inside words are not supported ('" + termStr + "'); use a prefix: word*");
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) {
    throw new BadClause("fuzzy words (word~) are not supported ('" + termStr + "')");
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) {
    throw new BadClause("regular expressions are not supported ('/" + termStr + "/')");
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) {
    throw new BadClause("[A TO B] ranges are not supported; use published:A..B or amount>=X");
  }

  private static QueryNode aliasAware(String text, boolean quoted, int slop) {
    QueryNode plain = new QueryNode.Text(null, text, quoted, slop);
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String canonical = quoted || nfkc.codePointCount(0, nfkc.length()) < 2 ? null : Parties.canonicalOf(nfkc);
    if (canonical == null) {
      return plain;
    }
    List<QueryNode.Clause> b = new ArrayList<>();
    b.add(new QueryNode.Clause(QueryNode.Occur.SHOULD, plain));
    b.add(new QueryNode.Clause(QueryNode.Occur.SHOULD, filter(new QueryNode.Party(canonical, false))));
    if (!canonical.equals(nfkc)) {
      b.add(new QueryNode.Clause(QueryNode.Occur.SHOULD, new QueryNode.Text(null, canonical, false, 0)));
    }
    return new QueryNode.Bool(b);
  }

  private static QueryNode filter(QueryNode q) {
    return new QueryNode.Filter(q);
  }

  /**
   * The canonical party of a lexicon alias; any other name matches canonical names equal to it or
   * starting with it ({@code party:岸田} finds 岸田文雄 when only the full name is canonical).
   */
  private static QueryNode party(String text) {
    String canonical = canonicalParty(text);
    return new QueryNode.Party(canonical, Parties.canonicalOf(canonical) == null);
  }

  static String canonicalParty(String text) {
    String name = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
    if (name.isEmpty()) {
      throw new BadClause("party: needs a name, e.g. party:岸田文雄");
    }
    String canonical = Parties.canonicalOf(name);
    return canonical == null ? name : canonical;
  }

  private static QueryNode type(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (!TYPES.contains(t)) {
      throw new BadClause(
          "unknown mention type '" + text + "' in type: (one of " + String.join(", ", TYPES.stream().sorted().toList()) + ")");
    }
    return new QueryNode.MentionTypeIs(t);
  }

  /** {@code 2024}, {@code 2024-01}, {@code 2024-01-15}, or a range {@code A..B} with open ends. */
  static QueryNode published(String text) {
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
    int dots = s.indexOf("..");
    long from;
    long to;
    if (dots < 0) {
      LocalDate[] p = period(s, text);
      from = p[0].toEpochDay();
      to = p[1].toEpochDay();
    } else {
      String a = s.substring(0, dots).strip();
      String b = s.substring(dots + 2).strip();
      if (a.isEmpty() && b.isEmpty()) {
        throw new BadClause("published:.. needs at least one end, e.g. published:2024-01..2024-06");
      }
      from = a.isEmpty() ? Long.MIN_VALUE : period(a, text)[0].toEpochDay();
      to = b.isEmpty() ? Long.MAX_VALUE : period(b, text)[1].toEpochDay();
      if (from > to) {
        throw new BadClause("published:" + text + " ends before it starts");
      }
    }
    return new QueryNode.Published(from, to);
  }

  /** First and last day of a year, month or day. */
  private static LocalDate[] period(String s, String whole) {
    Matcher m = DAY.matcher(s);
    if (!m.matches()) {
      throw new BadClause(
          "bad date '" + s + "' in published:" + whole + " (use YYYY, YYYY-MM or YYYY-MM-DD, ranges A..B)");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
      }
      YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
      return new LocalDate[] {d, d};
    } catch (DateTimeException e) {
      throw new BadClause("bad date '" + s + "' in published:" + whole + " (no such month or day)");
    }
  }

  /** {@code >=1億円}: an operator and an amount the extractor reads whole. */
  static QueryNode amount(String text) {
    String s = text.strip();
    String op = s.startsWith(">=") || s.startsWith("<=") ? s.substring(0, 2)
        : s.startsWith(">") || s.startsWith("<") || s.startsWith("=") ? s.substring(0, 1) : "=";
    String value = s.substring(s.startsWith(op) ? op.length() : 0).strip();
    Mention m = wholeAmount(value);
    if (m == null) {
      throw new BadClause(
          "cannot read the amount '" + value + "' in amount" + op + value
              + " (write it like the articles do: amount>=1億円, amount<5000万ドル, amount>=30%)");
    }
    double v = Double.parseDouble(m.value());
    String unit = m.unit();
    return switch (op) {
      case ">=" -> new QueryNode.Amount(unit, v, Double.POSITIVE_INFINITY);
      case ">" -> new QueryNode.Amount(unit, Math.nextUp(v), Double.POSITIVE_INFINITY);
      case "<=" -> new QueryNode.Amount(unit, Double.NEGATIVE_INFINITY, v);
      case "<" -> new QueryNode.Amount(unit, Double.NEGATIVE_INFINITY, Math.nextDown(v));
      default -> new QueryNode.Amount(unit, v, v);
    };
  }

  private static Mention wholeAmount(String value) {
    if (value.isEmpty()) {
      return null;
    }
    for (Mention m : AMOUNTS.extract(Analysis.analyze(value), new ExtractionContext(null))) {
      if (m.type() == MentionType.AMOUNT && m.start() == 0 && m.end() == value.length()
          && m.unit() != null && m.value() != null) {
        try {
          Double.parseDouble(m.value());
          return m;
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** NFKC, then hiragana folded to katakana: きしだ → キシダ. */
  static String katakana(String text) {
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
    if (s.isEmpty()) {
      throw new BadClause("reading: needs a reading in kana, e.g. reading:きしだ");
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
    }
    return b.toString();
  }

  /** A leaf of the classic parser's tree that carries a kiji node. */
  private static final class NodeQuery extends Query {
    private final QueryNode node;

    NodeQuery(QueryNode node) {
      this.node = node;
    }

    @Override
    public String toString(String field) {
      return node.toString();
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof NodeQuery n && n.node.equals(node);
    }

    @Override
    public int hashCode() {
      return node.hashCode();
    }
  }
}
