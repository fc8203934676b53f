package dev.kiji.search;

import dev.kiji.analyze.Analysis;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractor;
import dev.kiji.extract.Extractors;
import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.extract.Parties;
import dev.kiji.index.IndexSchema;
import dev.kiji.index.SearchFields;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

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
 * <p>kiji's clauses are filters (constant score) and combine with OR, - and parentheses like any
 * clause. A bad clause raises {@link BadClause} with a message for a human.
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
    super(
        new String[] {IndexSchema.TITLE, IndexSchema.BODY},
        analyzer,
        Map.of(IndexSchema.TITLE, 2f, IndexSchema.BODY, 1f));
    setDefaultOperator(QueryParser.Operator.AND);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /** Rewrites {@code amount>=X} to the field form {@code amount:>=X} the classic grammar reads. */
  static String preparse(String query) {
    Matcher m = AMOUNT_OP.matcher(query);
    return m.replaceAll(r -> "amount:" + Matcher.quoteReplacement(r.group(1)));
  }

  @Override
  public Query parse(String query) throws ParseException {
    Query q = super.parse(preparse(query));
    return withPositiveClause(q);
  }

  /** A query of exclusions only matches nothing in Lucene; here it means "all but these". */
  private static Query withPositiveClause(Query q) {
    if (q instanceof BooleanQuery b
        && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      all.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
      // the file documents of incremental runs are no articles
      all.add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.FILE_KIND)), BooleanClause.Occur.MUST_NOT);
      b.clauses().forEach(all::add);
      return all.build();
    }
    return q;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (field == null) {
      return aliasAware(text, quoted);
    }
    return switch (field) {
      case IndexSchema.TITLE, IndexSchema.BODY -> super.getFieldQuery(field, text, quoted);
      case "party" -> filter(party(text));
      case "type" -> filter(type(text));
      case "published", "date" -> filter(published(text));
      case "amount" -> filter(amount(text));
      case "reading" -> filter(new TermQuery(new Term(SearchFields.READING, katakana(text))));
      default ->
          throw new BadClause(
              "unknown field '" + field + ":' (fields: title, body, party, type, published, amount, reading;"
                  + " put text with a colon in quotes)");
    };
  }

  private Query aliasAware(String text, boolean quoted) throws ParseException {
    Query plain = super.getFieldQuery(null, text, quoted);
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String canonical = quoted || nfkc.codePointCount(0, nfkc.length()) < 2 ? null : Parties.canonicalOf(nfkc);
    if (canonical == null) {
      return plain;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (plain != null) {
      b.add(plain, BooleanClause.Occur.SHOULD);
    }
    b.add(filter(new TermQuery(new Term(IndexSchema.PARTY, canonical))), BooleanClause.Occur.SHOULD);
    if (!canonical.equals(nfkc)) {
      Query canonicalText = super.getFieldQuery(null, canonical, false);
      if (canonicalText != null) {
        b.add(canonicalText, BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  private static Query filter(Query q) {
    return new ConstantScoreQuery(q);
  }

  /**
   * The canonical party of a lexicon alias; any other name matches canonical names equal to it or
   * starting with it ({@code party:岸田} finds 岸田文雄 when only the full name is canonical).
   */
  private static Query party(String text) {
    String canonical = canonicalParty(text);
    if (Parties.canonicalOf(canonical) != null) {
      return new TermQuery(new Term(IndexSchema.PARTY, canonical));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(IndexSchema.PARTY, canonical)), BooleanClause.Occur.SHOULD);
    b.add(new PrefixQuery(new Term(IndexSchema.PARTY, canonical)), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  static String canonicalParty(String text) {
    String name = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
    if (name.isEmpty()) {
      throw new BadClause("party: needs a name, e.g. party:岸田文雄");
    }
    String canonical = Parties.canonicalOf(name);
    return canonical == null ? name : canonical;
  }

  private static Query type(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (!TYPES.contains(t)) {
      throw new BadClause(
          "unknown mention type '" + text + "' in type: (one of " + String.join(", ", TYPES.stream().sorted().toList()) + ")");
    }
    return new TermQuery(new Term(SearchFields.MENTION_TYPE, t));
  }

  /** {@code 2024}, {@code 2024-01}, {@code 2024-01-15}, or a range {@code A..B} with open ends. */
  static Query published(String text) {
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
    return LongPoint.newRangeQuery(IndexSchema.PUBLISHED_DAY, from, to);
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
  static Query amount(String text) {
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
    String field = SearchFields.amountField(m.unit());
    return switch (op) {
      case ">=" -> DoublePoint.newRangeQuery(field, v, Double.POSITIVE_INFINITY);
      case ">" -> DoublePoint.newRangeQuery(field, Math.nextUp(v), Double.POSITIVE_INFINITY);
      case "<=" -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, v);
      case "<" -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, Math.nextDown(v));
      default -> DoublePoint.newExactQuery(field, v);
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

}
