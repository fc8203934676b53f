package dev.kiji.extract;

import dev.kiji.analyze.AnalyzedText;
import dev.kiji.extract.Toks.Tok;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds PARTY mentions: persons, organisations, countries and locations, each with one
 * {@code canonical} name per real-world party and, for persons, the {@code role} written after
 * the name (大統領, 首相, 氏...). The span is the name alone, never the title.
 *
 * <p>One left-to-right pass over the Kuromoji tokens, then one pass over the person candidates:
 *
 * <ol>
 *   <li>Lexicon ({@code parties.tsv}): the longest alias made of whole tokens (米国, アメリカ,
 *       北大西洋条約機構, G7, ゼレンシキー). One-char aliases (米 露 中 韓 日 英 仏 独...) count only
 *       where Kuromoji tags the char 名詞-固有名詞-地域-国 or a country word follows (米政府, 露軍),
 *       never 日中 as "daytime" (日中の気温); compounds 日米韓 give one mention per char.
 *   <li>Person names: a kanji surname (名詞-固有名詞-人名-姓) with its given name (岸田文雄, 本田圭佑),
 *       or a katakana name, parts joined by ・ or ＝ (ウォロディミル・ゼレンスキー). A katakana name
 *       needs a title or honorific after it (ゼレンスキー大統領, イェルマーク大統領府長官) unless the
 *       same text confirms it elsewhere; katakana words Kuromoji knows as common nouns (サッカー選手)
 *       are never names. A country or organisation between name and title joins the role and is
 *       also its own mention (トランプ米大統領: person トランプ, role 米大統領, country 米 → 米国).
 *   <li>Organisations by form, preferred when longer than the lexicon match: a company form and a
 *       name (株式会社ドワンゴ, (株)ドワンゴ → ドワンゴ), or a name starting with a proper noun, unknown
 *       or Latin word and ending with an organisation word (ハーバード大学, 日本サッカー協会,
 *       三菱UFJ銀行; see {@code ORG_SUFFIXES}). A lexicon or tagged ministry right after a foreign
 *       country is that country's (ロシア外務省 → canonical ロシア外務省).
 *   <li>Tags: other 名詞-固有名詞-地域-国 → COUNTRY, 地域-一般 (+ 都/県/市...) → LOCATION,
 *       組織 → ORGANIZATION, but only for words IPADIC knows (it tags every unknown Latin word
 *       組織: Xperia, https), not for pieces of a longer katakana word (サリ in サリバン) and not
 *       for {@code party-stopwords.txt}. A short kanji place or organisation that is the surname
 *       of a person in the same text (本田, 香川 next to 本田圭佑, 香川真司) becomes that person.
 *   <li>Canonical persons: the lexicon's name; else the full name; a surname alone (岸田首相) takes
 *       the full name with that surname found in the same text (the nearest before it, else the
 *       first after), compared after {@link AliasFolder} folding. A foreign surname alone stays the
 *       surname unless the text or the lexicon gives the full form.
 * </ol>
 *
 * <p>Known weaknesses: names written before their title only by a common word (孫正義 is two
 * 名詞-一般 tokens: only the lexicon finds it); katakana surnames that are common words (ブラウン,
 * ホワイト) need a lexicon entry; a title before the name (大統領のトランプ) gives no role; two
 * persons listed with ・ (ゼレンスキー・プーチン両大統領) join into one name; kanji surnames IPADIC
 * tags as places (上倉, 寺川) stay LOCATION without a title or given name; a place inside a longer
 * name is reported as a place (東日本 in 東日本大震災); a suffix organisation swallows its leading
 * country (ロシア国防省 gives no COUNTRY mention).
 *
 * <p>Thread-safe and pure: the lexicons are loaded once, nothing is kept between calls.
 */
public final class PartyExtractor implements Extractor {

  private static final class DefaultHolder {
    static final PartyExtractor INSTANCE =
        new PartyExtractor(PartyLexicon.loadDefault(), TitleLexicon.loadDefault());
  }

  /** Words after a one-char country that make it a country even when Kuromoji tags it otherwise. */
  private static final Set<String> COUNTRY_FOLLOWERS =
      Set.of(
          "国", "政府", "軍", "大統領", "首相", "側", "外相", "国防相", "当局", "議会", "紙", "国内", "首脳",
          "企業", "両国", "メディア", "誌", "経済", "大使館", "高官", "株", "市場", "代表", "国債",
          "当局者", "国民", "紙幣", "財務長官");

  private static final int MAX_ALIAS_TOKENS = 8;

  private static final Set<String> STOPWORDS = loadStopwords();
  private static final int MAX_GIVEN_NAME = 3;

  /** One-char words that follow a name but are no part of it (森雪役, 徳川家). */
  private static final String NOT_IN_NAMES = "役家組派側陣的流風式版等ら達軍勢";

  private final PartyLexicon lexicon;
  private final TitleLexicon titles;

  private PartyExtractor(PartyLexicon lexicon, TitleLexicon titles) {
    this.lexicon = lexicon;
    this.titles = titles;
  }

  private static Set<String> loadStopwords() {
    Set<String> words = new HashSet<>();
    for (LexiconFile.Line line : LexiconFile.resource("/dev/kiji/extract/party-stopwords.txt")) {
      words.add(line.text());
    }
    return Set.copyOf(words);
  }

  /** The extractor with kiji's bundled lexicon ({@code parties.tsv}, {@code titles.txt}). */
  public static PartyExtractor withDefaultLexicon() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * The extractor with the bundled lexicon extended (and, alias by alias, overridden) by user
   * files in the {@code parties.tsv} format.
   *
   * @throws IllegalArgumentException {@code file:line: message} for a bad line
   */
  public static PartyExtractor withLexicons(List<java.nio.file.Path> userFiles) {
    return new PartyExtractor(PartyLexicon.loadWith(userFiles), TitleLexicon.loadDefault());
  }

  /** How a person candidate was written. */
  private enum NameKind {
    FULL,
    SURNAME,
    GIVEN
  }

  /** A person name found in pass 1; pass 2 decides whether and as whom it is reported. */
  private record PersonCandidate(
      int start,
      int end,
      String name,
      String surnameKey,
      NameKind kind,
      PartyLexicon.Entry entry,
      String role,
      boolean confirmed,
      Mention fallback) {

    PersonCandidate(
        int start, int end, String name, String surnameKey, NameKind kind,
        PartyLexicon.Entry entry, String role, boolean confirmed) {
      this(start, end, name, surnameKey, kind, entry, role, confirmed, null);
    }
  }

  private record LexMatch(int end, PartyLexicon.Entry entry) {}

  /** A role after a name; {@code organisational} as in {@link TitleLexicon.Match}. */
  private record Role(String text, boolean organisational) {}

  @Override
  public List<Mention> extract(AnalyzedText text, ExtractionContext context) {
    Toks toks = Toks.of(text.tokens());
    List<Mention> out = new ArrayList<>();
    List<PersonCandidate> persons = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Tok t = toks.get(i);
      LexMatch lm = matchLexicon(toks, i);
      OrgMatch om = organisation(text, toks, i);
      if (om != null && (lm == null || om.end() > lm.end())) {
        out.add(mention(text, toks, om.start(), om.end(), "ORGANIZATION", om.canonical(), null));
        i = om.end();
        continue;
      }
      if (lm != null && lm.entry().subtype().equals("PERSON")) {
        String role = text(roleAfter(toks, lm.end()));
        String name = text.normalized().substring(t.start(), toks.get(lm.end() - 1).end());
        persons.add(
            new PersonCandidate(
                i,
                lm.end(),
                name,
                surnameKey(toks, i, lm.end(), name),
                NameKind.FULL,
                lm.entry(),
                role,
                role != null || !lm.entry().ambiguous()));
        i = lm.end();
        continue;
      }
      if (lm != null) {
        String canonical = lm.entry().canonical();
        int end = lm.end();
        if (lm.entry().subtype().equals("ORGANIZATION")) {
          canonical = foreignMinistry(out, text, toks, i, canonical);
          end = companyFormAfter(toks, end);
        }
        out.add(mention(text, toks, i, end, lm.entry().subtype(), canonical, null));
        i = end;
        continue;
      }
      PersonCandidate pc = personName(text, toks, i);
      if (pc != null) {
        persons.add(pc);
        i = pc.end();
        continue;
      }
      if (t.is(Toks.COUNTRY) && t.surface().length() > 1 && !gluedToName(toks, i)
          && !STOPWORDS.contains(t.surface())) {
        out.add(mention(text, toks, i, i + 1, "COUNTRY", t.surface(), null));
      } else if (t.is(Toks.PLACE_GENERAL) && t.surface().length() > 1
          && !gluedToName(toks, i) && !STOPWORDS.contains(t.surface())) {
        int end = i + 1;
        if (end < toks.size() && toks.get(end).is(Toks.SUFFIX_PLACE) && contiguous(toks, end)) {
          end++;
        }
        String name = text.normalized().substring(t.start(), toks.get(end - 1).end());
        addOrSurname(text, toks, i, end, "LOCATION", name, out, persons);
        i = end;
        continue;
      } else if (t.is(Toks.ORG) && t.known() && t.surface().length() > 1
          && !gluedToName(toks, i) && !STOPWORDS.contains(t.surface())) {
        String canonical = foreignMinistry(out, text, toks, i, t.surface());
        addOrSurname(text, toks, i, i + 1, "ORGANIZATION", canonical, out, persons);
      }
      i++;
    }
    resolvePersons(text, toks, persons, out);
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return out;
  }

  /**
   * A tagged place or organisation; a short kanji one (本田, 香川, 野村) is held back as a possible
   * surname: pass 2 makes it that person when the text names a person with that surname.
   */
  private static void addOrSurname(
      AnalyzedText text, Toks toks, int from, int to, String subtype, String canonical,
      List<Mention> out, List<PersonCandidate> persons) {
    Mention m = mention(text, toks, from, to, subtype, canonical, null);
    Tok t = toks.get(from);
    if (to == from + 1 && t.is(Toks.HAN_WORD) && t.surface().length() <= 3) {
      persons.add(
          new PersonCandidate(
              from, to, t.surface(), t.surface(), NameKind.SURNAME, null, null, false, m));
    } else {
      out.add(m);
    }
  }

  // ---- organisations by form --------------------------------------------------------------

  /** Words that end an organisation name made of proper nouns (ハーバード大学, ロシア国防省). */
  private static final Set<String> ORG_SUFFIXES =
      Set.of(
          "省", "庁", "党", "機構", "銀行", "大学", "大学院", "委員会", "連合", "協会", "財団", "研究所",
          "新聞社", "新聞", "通信", "通信社", "連盟", "機関", "基金", "組合", "学会", "会議所", "裁判所",
          "証券", "航空", "鉄道", "電力", "自動車", "電機", "製作所", "工業", "重工業", "商事", "物産",
          "放送", "学園", "事務所", "事務局", "評議会", "理事会", "議会", "財団法人", "球団");

  /** Company forms written before or after the name; kept in the span, not in the canonical. */
  private static final List<List<String>> COMPANY_FORMS =
      List.of(
          List.of("株式会社"), List.of("有限会社"), List.of("合同会社"), List.of("(", "株", ")"),
          List.of("(", "有", ")"));

  /** True when {@code s} starts with the first char of one of {@link #COMPANY_FORMS}. */
  private static boolean startsCompanyForm(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '株' || c == '有' || c == '合' || c == '(';
  }

  private static final int MAX_ORG_NAME_TOKENS = 6;

  /** An organisation recognised by its form: tokens [start, end) and its canonical name. */
  private record OrgMatch(int start, int end, String canonical) {}

  /**
   * An organisation starting at token {@code i} by its form: a company form and a name
   * (株式会社ドワンゴ, (株)ドワンゴ), or a name of proper-noun, unknown, katakana or Latin tokens
   * followed by an organisation word ({@link #ORG_SUFFIXES}: ハーバード大学, 日本サッカー協会,
   * 三菱UFJ銀行, ロシア国防省) and maybe a company form (ドワンゴ株式会社). The name must start with a
   * proper noun, an unknown word or a Latin word, so 地元銀行 and サッカー協会 are no parties.
   */
  private OrgMatch organisation(AnalyzedText text, Toks toks, int i) {
    int form = companyForm(toks, i);
    if (form > i) {
      int j = form;
      while (j < toks.size() && j < form + MAX_ORG_NAME_TOKENS && contiguous(toks, j)
          && isOrgNamePart(toks.get(j))) {
        j++;
      }
      if (j == form) {
        return null;
      }
      String name = text.normalized().substring(toks.get(form).start(), toks.get(j - 1).end());
      return new OrgMatch(i, j, orgCanonical(name));
    }
    Tok first = toks.get(i);
    if (!isOrgNameStart(first)) {
      return null;
    }
    if (first.is(Toks.ORG) && first.surface().endsWith("大") && i + 1 < toks.size()
        && contiguous(toks, i + 1) && toks.get(i + 1).surface().equals("学")) {
      return new OrgMatch(i, i + 2, first.surface() + "学"); // 京都大 + 学
    }
    int j = i;
    while (j < toks.size() && j < i + MAX_ORG_NAME_TOKENS && (j == i || contiguous(toks, j))) {
      Tok t = toks.get(j);
      if (j > i && ORG_SUFFIXES.contains(t.surface())) {
        int end = companyFormAfter(toks, j + 1);
        String name = text.normalized().substring(first.start(), t.end());
        return new OrgMatch(i, end, orgCanonical(name));
      }
      if (j > i && companyForm(toks, j) > j) {
        String name = text.normalized().substring(first.start(), toks.get(j - 1).end());
        return new OrgMatch(i, companyForm(toks, j), orgCanonical(name));
      }
      if (!(isOrgNamePart(t) || (j > i && isHanNoun(t) && !t.is(Toks.NUMBER)))) {
        return null;
      }
      j++;
    }
    return null;
  }

  private String orgCanonical(String name) {
    PartyLexicon.Entry e = lexicon.lookupSurface(name);
    return e != null && !e.subtype().equals("PERSON") ? e.canonical() : name;
  }

  /** A token that can start an organisation name: a proper noun, an unknown or Latin word. */
  private static boolean isOrgNameStart(Tok t) {
    if (t.is(Toks.SUFFIX | Toks.NUMBER)) {
      return false;
    }
    boolean shape = (t.is(Toks.PROPER) && t.surface().length() > 1)
        || (!t.known() && t.is(Toks.KATAKANA_WORD | Toks.HAN_WORD))
        || (t.is(Toks.LATIN_WORD) && t.surface().length() > 1);
    return shape && !STOPWORDS.contains(t.surface()); // the set probe last: most tokens fail above
  }

  /** A token inside an organisation name: a proper noun, katakana or Latin word. */
  private static boolean isOrgNamePart(Tok t) {
    if (t.is(Toks.SUFFIX) || t.is(Toks.NUMBER) || t.is(Toks.PRONOUN) || t.is(Toks.NON_INDEPENDENT)) {
      return t.is(Toks.LATIN_WORD);
    }
    return t.is(Toks.PROPER)
        || !t.known() && t.is(Toks.NOUN) && !t.surface().isBlank() && !isPunct(t.surface())
        || t.is(Toks.KATAKANA_WORD) && t.is(Toks.NOUN)
        || t.is(Toks.LATIN_WORD)
        || t.surface().equals("&");
  }

  private static boolean isPunct(String s) {
    return s.length() == 1 && !Character.isLetterOrDigit(s.charAt(0));
  }

  /** The token after a company form starting at token {@code j}, or {@code j} when none. */
  private static int companyForm(Toks toks, int j) {
    if (j >= toks.size() || !startsCompanyForm(toks.get(j).surface())) {
      return j; // most tokens: no company form starts like this
    }
    for (List<String> form : COMPANY_FORMS) {
      int k = j;
      for (String part : form) {
        if (k >= toks.size() || (k > j && !contiguous(toks, k))
            || !toks.get(k).surface().equals(part)) {
          k = -1;
          break;
        }
        k++;
      }
      if (k > j) {
        return k;
      }
    }
    return j;
  }

  /** {@code end} extended over a company form written right after a name (トヨタ自動車株式会社). */
  private static int companyFormAfter(Toks toks, int end) {
    return end < toks.size() && contiguous(toks, end) ? companyForm(toks, end) : end;
  }

  /**
   * A ministry or agency right after a foreign country is that country's (ロシア外務省 → ロシア外務省,
   * not Japan's 外務省); after 日本 or alone it stays the lexicon's.
   */
  private static String foreignMinistry(
      List<Mention> out, AnalyzedText text, Toks toks, int i, String canonical) {
    if (out.isEmpty() || !(canonical.endsWith("省") || canonical.endsWith("庁"))) {
      return canonical;
    }
    Mention last = out.get(out.size() - 1);
    boolean adjacent = last.end() == text.originalStart(toks.get(i).start());
    if (adjacent && last.subtype().equals("COUNTRY") && !last.canonical().equals("日本")) {
      return last.canonical() + canonical;
    }
    return canonical;
  }

  // ---- lexicon --------------------------------------------------------------------------

  /**
   * The longest accepted lexicon alias made of whole tokens starting at token {@code i}: walks the
   * {@link AliasTrie} one folded token at a time and stops where no alias continues.
   */
  private LexMatch matchLexicon(Toks toks, int i) {
    String first = toks.get(i).surface();
    if (first.isEmpty() || !lexicon.mayStartWith(first.charAt(0))) {
      return null; // most tokens: no alias starts like this
    }
    AliasTrie.Node node = lexicon.trie().root();
    int keyLength = 0;
    int length = 0;
    LexMatch best = null;
    for (int j = i; j < toks.size() && j < i + MAX_ALIAS_TOKENS; j++) {
      if (j > i && !contiguous(toks, j)) {
        break;
      }
      if (j > i && toks.get(j - 1).surface().endsWith("ヴ")) {
        return matchLexiconByString(toks, i); // ヴ + ァ across tokens folds as one: rare
      }
      String key = AliasFolder.fold(toks.get(j).surface());
      for (int k = 0; k < key.length() && node != null; k++) {
        node = node.child(key.charAt(k));
      }
      keyLength += key.length();
      length += toks.get(j).surface().length();
      if (node == null || keyLength == 0) {
        break;
      }
      if (node.entry() != null) {
        int end = j + 1;
        PartyLexicon.Entry e = lexicon.accepted(node, keyLength, () -> surfaces(toks, i, end));
        if (e != null && accept(toks, i, end, e, length)) {
          best = new LexMatch(end, e);
        }
      }
    }
    return best;
  }

  private static String surfaces(Toks toks, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int j = from; j < to; j++) {
      s.append(toks.get(j).surface());
    }
    return s.toString();
  }

  /** {@link #matchLexicon} on whole candidate strings, for candidates whose folding spans tokens. */
  private LexMatch matchLexiconByString(Toks toks, int i) {
    StringBuilder s = new StringBuilder();
    LexMatch best = null;
    for (int j = i; j < toks.size() && j < i + MAX_ALIAS_TOKENS; j++) {
      if (j > i && !contiguous(toks, j)) {
        break;
      }
      s.append(toks.get(j).surface());
      String surface = s.toString();
      String key = AliasFolder.fold(surface);
      if (!lexicon.isPrefix(key)) {
        break;
      }
      PartyLexicon.Entry e = lexicon.lookupSurface(surface, key);
      if (e != null && accept(toks, i, j + 1, e, s.length())) {
        best = new LexMatch(j + 1, e);
      }
    }
    return best;
  }

  private boolean accept(Toks toks, int i, int end, PartyLexicon.Entry e, int length) {
    Tok t = toks.get(i);
    if (length == 1) {
      return acceptOneCharCountry(toks, i);
    }
    boolean place = e.subtype().equals("COUNTRY") || e.subtype().equals("LOCATION");
    if (place && t.is(Toks.KATAKANA_WORD) && i > 0 && contiguous(toks, i)
        && toks.get(i - 1).is(Toks.KATAKANA_WORD)) {
      return false; // the tail of a longer katakana word: オールナイトニッポン
    }
    if (e.ambiguous() && !e.subtype().equals("PERSON")) {
      return end == i + 1
          && (t.is(Toks.PLACE) || t.is(Toks.ORG))
          && !gluedToName(toks, i); // ガーナチョコレート, タイガー
    }
    return true;
  }

  /**
   * 米 露 中 日...: Kuromoji tags many of these chars as countries where they are not (独女, 照英,
   * 韓流, 日・祝), so the tag is not enough. A one-char country needs one of: another one-char
   * country right next to it (日米, 米露, 日米韓); 対 before it (対露制裁); a country word or title
   * after it (米政府, 露軍, 米大統領); an organisation or foreign name after it (米アップル,
   * 米Google); or ・ and a country on either side (米・ウクライナ).
   */
  private boolean acceptOneCharCountry(Toks toks, int i) {
    Tok t = toks.get(i);
    Tok next = i + 1 < toks.size() && contiguous(toks, i + 1) ? toks.get(i + 1) : null;
    Tok prev = i > 0 && contiguous(toks, i) ? toks.get(i - 1) : null;
    if (isDaytime(t, prev, next, toks, i)) {
      return false;
    }
    if (prev != null && prev.surface().equals("対")) {
      return true;
    }
    int run = i; // first char of a run of one-char countries (日米韓)
    while (run > 0 && contiguous(toks, run) && isOneCharCountry(toks.get(run - 1))) {
      run--;
    }
    Tok before = run > 0 && contiguous(toks, run) ? toks.get(run - 1) : null;
    if (before != null && (before.is(Toks.NUMBER) || isHanNoun(before))) {
      return false; // 1日中, 競技中, 期間中: a suffix, not a country
    }
    if ((prev != null && isOneCharCountry(prev)) || (next != null && isOneCharCountry(next))) {
      return true;
    }
    if (next == null) {
      return false;
    }
    if (COUNTRY_FOLLOWERS.contains(next.surface()) || titles.match(toks, i + 1, false) != null) {
      return true;
    }
    if (isJoiner(next.surface())) {
      return i + 2 < toks.size() && contiguous(toks, i + 2) && isCountryAt(toks, i + 2);
    }
    if (prev != null && isJoiner(prev.surface())) {
      return i >= 2 && contiguous(toks, i - 1) && isCountryAt(toks, i - 2);
    }
    LexMatch org = matchLexicon(toks, i + 1);
    return next.is(Toks.LATIN_WORD)
        || (org != null && org.entry().subtype().equals("ORGANIZATION"))
        || (next.is(Toks.ORG) && next.known())
        || (next.is(Toks.KATAKANA_WORD) && !next.known());
  }

  private boolean isCountryAt(Toks toks, int j) {
    Tok t = toks.get(j);
    if (t.surface().length() > 1 && t.is(Toks.COUNTRY)) {
      return true;
    }
    PartyLexicon.Entry e = lexicon.lookupSurface(t.surface());
    return e != null && e.subtype().equals("COUNTRY");
  }

  private boolean isOneCharCountry(Tok t) {
    if (t.surface().length() != 1) {
      return false;
    }
    PartyLexicon.Entry e = lexicon.lookup(t.surface());
    return e != null && e.subtype().equals("COUNTRY");
  }

  /**
   * A tagged token that is only a piece of a longer katakana or Latin word: トランセンド・ジャパン,
   * サリ in サリバン, アース in ミドル・アース.
   */
  private static boolean gluedToName(Toks toks, int i) {
    if (i + 1 < toks.size() && contiguous(toks, i + 1) && toks.get(i).is(Toks.KATAKANA_WORD)) {
      Tok next = toks.get(i + 1);
      if (next.is(Toks.KATAKANA_WORD) || next.is(Toks.LATIN_WORD)) {
        return true;
      }
    }
    if (i == 0 || !contiguous(toks, i)) {
      return false;
    }
    Tok prev = toks.get(i - 1);
    boolean foreignScript =
        toks.get(i).is(Toks.KATAKANA_WORD) || toks.get(i).is(Toks.LATIN_WORD);
    if (foreignScript && (prev.is(Toks.KATAKANA_WORD) || prev.is(Toks.LATIN_WORD))) {
      return true;
    }
    return isJoiner(prev.surface())
        && i >= 2
        && contiguous(toks, i - 1)
        && toks.get(i - 2).is(Toks.KATAKANA_WORD)
        && !toks.get(i - 2).is(Toks.PLACE);
  }

  /** 日中 read as "daytime": 日 + 中 not followed by a noun (日中の気温, 日中は). */
  private static boolean isDaytime(Tok t, Tok prev, Tok next, Toks toks, int i) {
    if (t.surface().equals("日") && next != null && next.surface().equals("中")) {
      Tok after = i + 2 < toks.size() && contiguous(toks, i + 2) ? toks.get(i + 2) : null;
      return after == null || !after.is(Toks.NOUN);
    }
    if (t.surface().equals("中") && prev != null && prev.surface().equals("日")) {
      return !(next != null && next.is(Toks.NOUN))
          && (i < 2 || !contiguous(toks, i - 1) || toks.get(i - 2).surface().length() != 1
              || !toks.get(i - 2).is(Toks.COUNTRY));
    }
    return false;
  }

  // ---- persons ----------------------------------------------------------------------------

  /** A person name starting at token {@code i}, or null. */
  private PersonCandidate personName(AnalyzedText text, Toks toks, int i) {
    Tok t = toks.get(i);
    if (isKatakanaName(t) || (t.is(Toks.KATAKANA_WORD) && t.is(Toks.ORG))) {
      return katakanaName(text, toks, i);
    }
    if (!t.is(Toks.HAN_WORD)) {
      return null;
    }
    Tok after = i + 1 < toks.size() && contiguous(toks, i + 1) ? toks.get(i + 1) : null;
    boolean placeAsSurname =
        (t.is(Toks.PLACE_GENERAL) || t.is(Toks.ORG))
            && t.surface().length() <= 3
            && after != null
            && (after.is(Toks.GIVEN)
                || after.is(Toks.SUFFIX_PERSON)
                || isPersonalRole(roleAfter(toks, i + 1))
                || unknownGivenNameEnd(toks, i + 1) > i + 1); // 松島 + 庄汰 + さん
    if (t.is(Toks.SURNAME) || placeAsSurname) {
      int j = i + 1;
      int given = 0;
      while (j < toks.size() && contiguous(toks, j)) {
        Tok g = toks.get(j);
        if (given == 0 && g.is(Toks.KATAKANA_WORD) && g.is(Toks.GIVEN)
            && !(j + 1 < toks.size() && contiguous(toks, j + 1)
                && toks.get(j + 1).is(Toks.KATAKANA_WORD))) {
          given = g.surface().length(); // 沢尻エリカ: a katakana given name after a kanji surname
          j++;
          break;
        }
        if (!g.is(Toks.HAN_WORD) || given + g.surface().length() > MAX_GIVEN_NAME) {
          break;
        }
        boolean ok =
            given == 0
                ? g.is(Toks.GIVEN)
                : (g.is(Toks.GIVEN)
                    || (g.surface().length() == 1
                        && g.is(Toks.NOUN)
                        && NOT_IN_NAMES.indexOf(g.surface().charAt(0)) < 0
                        && !g.is(Toks.COUNTER)
                        && titles.match(toks, j, false) == null));
        if (!ok) {
          break;
        }
        given += g.surface().length();
        j++;
      }
      if (given > 0 && j < toks.size() && contiguous(toks, j) && isHanNoun(toks.get(j))
          && titles.match(toks, j) == null) {
        j = i + 1; // the "given name" runs on into a longer word: keep the surname only
        given = 0;
      }
      if (given == 0) {
        int k = unknownGivenNameEnd(toks, i + 1);
        if (k > i + 1) {
          given = k - (i + 1);
          j = k;
        }
      }
      String role = text(roleAfter(toks, j));
      String name = text.normalized().substring(t.start(), toks.get(j - 1).end());
      NameKind kind = given > 0 ? NameKind.FULL : NameKind.SURNAME;
      return new PersonCandidate(
          i, j, name, t.surface(), kind, null, role, kind == NameKind.FULL || role != null);
    }
    if (t.is(Toks.PERSON_GENERAL)) {
      String role = text(roleAfter(toks, i + 1));
      return new PersonCandidate(i, i + 1, t.surface(), t.surface(), NameKind.FULL, null, role, true);
    }
    if (t.is(Toks.GIVEN)) {
      Tok next = i + 1 < toks.size() && contiguous(toks, i + 1) ? toks.get(i + 1) : null;
      if (next != null && next.is(Toks.SUFFIX_PERSON)) {
        return new PersonCandidate(
            i, i + 1, t.surface(), t.surface(), NameKind.GIVEN, null, next.surface(), true);
      }
    }
    return null;
  }

  /**
   * A katakana name at token {@code i}: parts joined by ・ or =, each part a run of katakana
   * tokens with at least one word Kuromoji does not know or tags as a proper noun (so サッカー
   * or スマートフォン・タブレット are no names). The name stops before a part that is a country or
   * place (ゼレンスキー・ウクライナ大統領).
   */
  /**
   * A given name Kuromoji does not know, accepted only right before an honorific: 浜本 + 亜実 +
   * さん. Returns the token after it, or {@code from} when there is none.
   */
  private static int unknownGivenNameEnd(Toks toks, int from) {
    int chars = 0;
    int k = from;
    while (k < toks.size() && contiguous(toks, k) && toks.get(k).is(Toks.HAN_WORD)
        && !toks.get(k).is(Toks.SUFFIX)) {
      chars += toks.get(k).surface().length();
      if (chars > MAX_GIVEN_NAME) {
        return from;
      }
      k++;
    }
    boolean honorific = k > from && k < toks.size() && contiguous(toks, k)
        && toks.get(k).is(Toks.SUFFIX_PERSON);
    return honorific ? k : from;
  }

  private PersonCandidate katakanaName(AnalyzedText text, Toks toks, int i) {
    int end = i; // token after the last accepted part
    int lastPartStart = i;
    int parts = 0;
    boolean personTag = false;
    boolean knownOrg = false;
    int j = i;
    while (true) {
      int partStart = j;
      boolean evidence = false;
      boolean partPerson = false;
      while (j < toks.size() && (j == partStart || contiguous(toks, j))) {
        Tok t = toks.get(j);
        boolean startsKnownOrg =
            j == i && t.is(Toks.ORG) && t.known() && t.is(Toks.KATAKANA_WORD);
        if (!(isKatakanaName(t) || startsKnownOrg) || (j > i && lexiconNonPerson(toks, j))) {
          break;
        }
        knownOrg |= startsKnownOrg;
        evidence |= !t.known() || t.is(Toks.PROPER);
        partPerson |= t.is(Toks.PERSON);
        j++;
      }
      if (j == partStart
          || !evidence
          || toks.get(j - 1).end() - toks.get(partStart).start() < 2) {
        break;
      }
      parts++;
      personTag |= partPerson;
      lastPartStart = partStart;
      end = j;
      if (j + 1 < toks.size()
          && contiguous(toks, j)
          && isJoiner(toks.get(j).surface())
          && contiguous(toks, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    if (parts == 0) {
      return null;
    }
    Role role = roleAfter(toks, end);
    if (knownOrg && (role == null || role.organisational())) {
      return null; // ソニー社長: the company's president, not a person named ソニー
    }
    String name = text.normalized().substring(toks.get(i).start(), toks.get(end - 1).end());
    String surname =
        text.normalized().substring(toks.get(lastPartStart).start(), toks.get(end - 1).end());
    // レノボ取締役: a lone katakana word before a title that also follows companies is no evidence.
    boolean confirmed =
        (role != null && (!role.organisational() || parts > 1 || personTag))
            || (parts > 1 && personTag);
    // リース・ウィザースプーン where リース did not join: the surname is not resolved to another
    // full name of the text (ジョン・ウィザースプーン), it stands as written.
    boolean detached =
        i >= 2
            && contiguous(toks, i)
            && isJoiner(toks.get(i - 1).surface())
            && toks.get(i - 2).is(Toks.KATAKANA_WORD);
    return new PersonCandidate(
        i,
        end,
        name,
        AliasFolder.fold(surname),
        parts > 1 || detached ? NameKind.FULL : NameKind.SURNAME,
        null,
        text(role),
        confirmed);
  }

  /** The role written right after a name ending before token {@code j}: 大統領, 米大統領, 氏. */
  private Role roleAfter(Toks toks, int j) {
    if (j >= toks.size() || !contiguous(toks, j)) {
      return null;
    }
    TitleLexicon.Match m = titles.match(toks, j);
    if (m != null) {
      return new Role(m.text(), m.organisational());
    }
    int k = j;
    if (isJoiner(toks.get(k).surface()) && k + 1 < toks.size() && contiguous(toks, k + 1)) {
      k++;
    }
    LexMatch country = matchLexicon(toks, k);
    int after;
    if (country != null && !country.entry().subtype().equals("PERSON")) {
      after = country.end();
    } else {
      return null;
    }
    if (after >= toks.size() || !contiguous(toks, after)) {
      return null;
    }
    TitleLexicon.Match t = titles.match(toks, after);
    if (t == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int x = k; x < after; x++) {
      b.append(toks.get(x).surface());
    }
    return new Role(b.append(t.text()).toString(), t.organisational());
  }

  private static boolean isPersonalRole(Role r) {
    return r != null && !r.organisational();
  }

  private static String text(Role r) {
    return r == null ? null : r.text();
  }

  private boolean lexiconNonPerson(Toks toks, int j) {
    Tok t = toks.get(j);
    if (t.is(Toks.PLACE)) {
      return true;
    }
    LexMatch m = matchLexicon(toks, j);
    return m != null && !m.entry().subtype().equals("PERSON");
  }

  private String surnameKey(Toks toks, int from, int to, String name) {
    int dot = Math.max(name.lastIndexOf('・'), name.lastIndexOf('='));
    if (dot >= 0) {
      return AliasFolder.fold(name.substring(dot + 1));
    }
    Tok first = toks.get(from);
    if (to - from > 1 && first.is(Toks.SURNAME)) {
      return first.surface();
    }
    return AliasFolder.fold(name);
  }

  /** Pass 2: canonical names, and which unconfirmed candidates the text confirms elsewhere. */
  private void resolvePersons(
      AnalyzedText text, Toks toks, List<PersonCandidate> persons, List<Mention> out) {
    Map<String, List<PersonCandidate>> fullBySurname = new HashMap<>();
    Set<String> confirmedKeys = new HashSet<>();
    Set<String> confirmedCanonicals = new HashSet<>();
    for (PersonCandidate p : persons) {
      if (p.kind() == NameKind.FULL && p.confirmed()) {
        fullBySurname.computeIfAbsent(p.surnameKey(), k -> new ArrayList<>()).add(p);
      }
    }
    List<String> canonicals = new ArrayList<>(persons.size());
    for (PersonCandidate p : persons) {
      String canonical = canonical(p, fullBySurname);
      canonicals.add(canonical);
      if (p.confirmed()) {
        confirmedKeys.add(AliasFolder.fold(p.name()));
        confirmedCanonicals.add(canonical);
      }
    }
    for (int x = 0; x < persons.size(); x++) {
      PersonCandidate p = persons.get(x);
      String canonical = canonicals.get(x);
      boolean resolved = !canonical.equals(p.name()) && p.entry() == null;
      if (p.confirmed()
          || confirmedKeys.contains(AliasFolder.fold(p.name()))
          || confirmedCanonicals.contains(canonical)
          || (resolved && p.kind() == NameKind.SURNAME)) {
        out.add(mention(text, toks, p.start(), p.end(), "PERSON", canonical, p.role()));
      } else if (p.fallback() != null) {
        out.add(p.fallback());
      }
    }
  }

  private String canonical(PersonCandidate p, Map<String, List<PersonCandidate>> fullBySurname) {
    if (p.entry() != null) {
      return p.entry().canonical();
    }
    PartyLexicon.Entry e = lexicon.lookupSurface(p.name());
    if (e != null && e.subtype().equals("PERSON")) {
      return e.canonical();
    }
    if (p.kind() == NameKind.SURNAME) {
      List<PersonCandidate> fulls = fullBySurname.get(p.surnameKey());
      if (fulls != null) {
        PersonCandidate best = fulls.get(0);
        for (PersonCandidate f : fulls) {
          if (f.start() < p.start()) {
            best = f;
          }
        }
        return best.entry() != null ? best.entry().canonical() : best.name();
      }
    }
    return p.name();
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static Mention mention(
      AnalyzedText text, Toks toks, int from, int to, String subtype, String canonical,
      String role) {
    int s = text.originalStart(toks.get(from).start());
    int e = text.originalEnd(toks.get(to - 1).end());
    return new Mention(
        MentionType.PARTY, subtype, s, e, text.original().substring(s, e), null, null, canonical,
        null, role);
  }

  private static boolean contiguous(Toks toks, int j) {
    return toks.contiguous(j);
  }

  /** A katakana token that can be (part of) a name: a noun, not a country or a place. */
  private static boolean isKatakanaName(Tok t) {
    return t.is(Toks.NOUN)
        && !t.is(Toks.PLACE)
        && !(t.is(Toks.ORG) && t.known())
        && !t.is(Toks.SUFFIX)
        && t.is(Toks.KATAKANA_WORD);
  }



  private static boolean isJoiner(String s) {
    return s.equals("・") || s.equals("=");
  }


  private static boolean isHanNoun(Tok t) {
    return t.is(Toks.NOUN) && !t.is(Toks.SUFFIX) && t.is(Toks.HAN_WORD);
  }
}
