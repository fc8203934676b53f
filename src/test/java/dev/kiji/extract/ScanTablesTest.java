package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tables and tries the extractors use instead of per-char or per-token string work answer
 * exactly what the plain computations they replace answer.
 */
class ScanTablesTest {

  @Test
  void testScriptTablesAgreeWithUnicodeScriptForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      assertEquals(script == Character.UnicodeScript.HAN, Scripts.isHan((char) c), "U+" + Integer.toHexString(c));
      assertEquals(script == Character.UnicodeScript.KATAKANA, Scripts.isKatakana((char) c), "U+" + Integer.toHexString(c));
    }
  }

  private static final Map<String, Integer> TAGS =
      Map.ofEntries(
          Map.entry("名詞", Toks.NOUN), Map.entry("名詞-固有名詞", Toks.PROPER),
          Map.entry("名詞-固有名詞-地域", Toks.PLACE), Map.entry("名詞-固有名詞-地域-国", Toks.COUNTRY),
          Map.entry("名詞-固有名詞-地域-一般", Toks.PLACE_GENERAL), Map.entry("名詞-固有名詞-組織", Toks.ORG),
          Map.entry("名詞-固有名詞-人名", Toks.PERSON), Map.entry("名詞-固有名詞-人名-姓", Toks.SURNAME),
          Map.entry("名詞-固有名詞-人名-名", Toks.GIVEN), Map.entry("名詞-固有名詞-人名-一般", Toks.PERSON_GENERAL),
          Map.entry("名詞-接尾", Toks.SUFFIX), Map.entry("名詞-接尾-地域", Toks.SUFFIX_PLACE),
          Map.entry("名詞-接尾-人名", Toks.SUFFIX_PERSON), Map.entry("名詞-接尾-助数詞", Toks.COUNTER),
          Map.entry("名詞-数", Toks.NUMBER), Map.entry("名詞-代名詞", Toks.PRONOUN),
          Map.entry("名詞-非自立", Toks.NON_INDEPENDENT), Map.entry("接頭詞", Toks.PREFIX));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tagsOfNamesPlacesAndOrganisations | 岸田文雄首相は東京都でトヨタ自動車の社長と会った。",
        "tagsOfKatakanaLatinAndNumbers | ゼレンスキー大統領とNATOは3日、約45億ドルを確認した",
        "tagsOfHonorificsAndPrefixes | 山田さんは元首相の佐藤氏らと々ーを話した",
      })
  void testTokenFlagsAgreeWithTagPrefixesAndScripts(String name, String text) {
    List<Token> tokens = Analysis.analyze(text).tokens();
    Toks toks = Toks.of(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      for (Map.Entry<String, Integer> tag : TAGS.entrySet()) {
        assertEquals(t.is(tag.getKey()), toks.get(i).is(tag.getValue()), t + " " + tag.getKey());
      }
      String s = t.surface();
      boolean han = !s.isEmpty() && s.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '々');
      boolean kata = !s.isEmpty() && s.charAt(0) != 'ー' && s.chars().allMatch(c -> (c >= 'ァ' && c <= 'ヺ') || c == 'ー');
      boolean latin = !s.isEmpty() && s.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
      assertEquals(han, toks.get(i).is(Toks.HAN_WORD), s);
      assertEquals(kata, toks.get(i).is(Toks.KATAKANA_WORD), s);
      assertEquals(latin, toks.get(i).is(Toks.LATIN_WORD), s);
      if (i > 0) {
        assertEquals(t.start() == tokens.get(i - 1).end(), toks.contiguous(i), s);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "aliasEndsHere | 米国 | 米国",
        "prefixOfAnAliasOnly | アメ | -",
        "oneCharAlias | 米 | 米国",
        "noAliasContinues | 米国人 | null",
        "emptyText | '' | -",
      })
  void testAliasTrieWalk(String name, String folded, String expected) {
    PartyLexicon.Entry us = new PartyLexicon.Entry("米国", "COUNTRY", false);
    AliasTrie trie = new AliasTrie(Map.of("米国", us, "米", us, "アメリカ", us));
    AliasTrie.Node n = trie.root();
    for (int i = 0; i < folded.length() && n != null; i++) {
      n = n.child(folded.charAt(i));
    }
    if (expected.equals("null")) {
      assertNull(n);
    } else if (expected.equals("-")) {
      assertNull(n.entry());
    } else {
      assertEquals(expected, n.entry().canonical());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plainUrl | 詳細はhttp://news.livedoor.com/article/2012-03-09/ まで",
        "httpsAndWww | https://a.jp/x?y=1、www.example.com/2024/06/13。",
        "ftpUrl | ftp://files.example.org/a-b_c",
        "schemeWithoutBody | http:// の後に日本語 https://",
        "schemeInsideWord | xhttp://a.b/c と wwwx.jp",
        "noUrl | 2024年6月13日に開幕",
        "backToBack | http://a.jp/https://b.jp www.c.jpwww.d.jp",
      })
  void testUrlMaskIsTheUrlPattern(String name, String text) {
    boolean[] expected = new boolean[text.length() + 1];
    Matcher m = Pattern.compile("(?:https?|ftp)://[!-~]+|www\\.[!-~]+").matcher(text);
    while (m.find()) {
      for (int k = m.start(); k < m.end(); k++) {
        expected[k] = true;
      }
    }
    assertArrayEquals(expected, DateExtractor.urlMask(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "digits, 1890",
    "leadingZeros, 007",
    "zero, 0",
    "eighteenDigits, 123456789012345678",
    "nineteenDigitsSlowPath, 1234567890123456789",
    "trailingZeros, 1000",
  })
  void testDigitStringsParseAsBigDecimalWithScaleZero(String name, String digits) {
    BigDecimal v = JapaneseNumbers.parse(digits);
    assertEquals(new BigDecimal(digits), v);
    assertEquals(0, v.scale());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "nothingToFold, トランプ, トランプ",
    "longVowelDropped, ウラジーミル, ウラジミル",
    "vuSyllables, ヴォロディミル, ボロディミル",
    "vuAtTheEnd, ヴ, ブ",
    "joinersAndLongVowel, ジャン＝ポール, ジャン・ポル",
    "kanji, 米国, 米国",
  })
  void testAliasFolding(String name, String in, String expected) {
    assertEquals(expected, AliasFolder.fold(in));
  }

  @Test
  void testFoldingReturnsTheSameStringWhenNothingChanges() {
    String s = "ゼレンスキー大統領".substring(0, 4); // no ー, ヴ, ヂ, ヅ, joiners
    assertSame(s, AliasFolder.fold(s));
  }
}
