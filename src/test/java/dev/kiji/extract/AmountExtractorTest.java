package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiji.analyze.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The amount extractor, table-driven: every row is one text that must give exactly one AMOUNT
 * with the expected value, max (high end of a range or vague amount; - for none), unit, subtype,
 * mod and span (UTF-16 offsets into the text as written).
 */
class AmountExtractorTest {

  private static List<Mention> amounts(String text) {
    return new AmountExtractor().extract(Analysis.analyze(text), ExtractionContext.none());
  }

  private static Mention only(String text) {
    List<Mention> ms = amounts(text);
    assertEquals(1, ms.size(), () -> text + " -> " + ms);
    return ms.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        // input, value, max, unit, subtype, mod, start, end
        "日本は45億ドルを拠出, 4500000000, -, USD, MONEY, -, 3, 8",
        "日本は４５億ドルを拠出, 4500000000, -, USD, MONEY, -, 3, 8",
        "米国との5000億ドルの支払い, 500000000000, -, USD, MONEY, -, 4, 11",
        "約45億ドルを拠出, 4500000000, -, USD, MONEY, APPROX, 0, 6",
        "5000億ドル超の支援, 500000000000, -, USD, MONEY, MORE_THAN, 0, 8",
        "3兆円以上を投じる, 3000000000000, -, JPY, MONEY, EQUAL_OR_MORE, 0, 5",
        "12億3400万円の赤字, 1234000000, -, JPY, MONEY, -, 0, 9",
        "一万円札, 10000, -, JPY, MONEY, -, 0, 3",
        "四十五億円, 4500000000, -, JPY, MONEY, -, 0, 5",
        "三千二百万円の寄付, 32000000, -, JPY, MONEY, -, 0, 6",
        "一兆二千億円の補正予算, 1200000000000, -, JPY, MONEY, -, 0, 6",
        "4万5千人が参加, 45000, -, 人, QUANTITY, -, 0, 5",
        "'価格は¥1,000です', 1000, -, JPY, MONEY, -, 3, 9",
        "価格は￥１，０００です, 1000, -, JPY, MONEY, -, 3, 9",
        "料金は$5だ, 5, -, USD, MONEY, -, 3, 5",
        "1.5兆円の予算, 1500000000000, -, JPY, MONEY, -, 0, 5",
        "100億米ドル, 10000000000, -, USD, MONEY, -, 0, 7",
        "50億ユーロ, 5000000000, -, EUR, MONEY, -, 0, 6",
        "10億豪ドル, 1000000000, -, AUD, MONEY, -, 0, 6",
        "300万人民元, 3000000, -, CNY, MONEY, -, 0, 7",
        "1000万ウォン, 10000000, -, KRW, MONEY, -, 0, 8",
        "20億フリヴニャ, 2000000000, -, UAH, MONEY, -, 0, 8",
        "20億グリブナ, 2000000000, -, UAH, MONEY, -, 0, 7",
        "100ポンド, 100, -, GBP, MONEY, -, 0, 6",
        "5億ルーブル, 500000000, -, RUB, MONEY, -, 0, 6",
        "1000万ルピー, 10000000, -, INR, MONEY, -, 0, 8",
        "'39,800円で発売', 39800, -, JPY, MONEY, -, 0, 7",
        "'3,000万円の損害', 30000000, -, JPY, MONEY, -, 0, 7",
        "0.5%の利上げ, 0.5, -, %, PERCENT, -, 0, 4",
        "〇円で提供, 0, -, JPY, MONEY, -, 0, 2",
        "2億5000万ドル, 250000000, -, USD, MONEY, -, 0, 9",
        "1兆ドル規模, 1000000000000, -, USD, MONEY, APPROX, 0, 6",
        "10万円給付, 100000, -, JPY, MONEY, -, 0, 4",
        "500円玉, 500, -, JPY, MONEY, -, 0, 4",
        "千円札, 1000, -, JPY, MONEY, -, 0, 2",
        "百万円, 1000000, -, JPY, MONEY, -, 0, 3",
        "二百億円, 20000000000, -, JPY, MONEY, -, 0, 4",
        "1億2千万人, 120000000, -, 人, QUANTITY, -, 0, 6",
        "50万香港ドル, 500000, -, HKD, MONEY, -, 0, 7",
        "100万台湾ドル, 1000000, -, TWD, MONEY, -, 0, 8",
        "100スイスフラン, 100, -, CHF, MONEY, -, 0, 9",
        "1000バーツ, 1000, -, THB, MONEY, -, 0, 7",
        "3000レアル, 3000, -, BRL, MONEY, -, 0, 7",
        "50万ランド, 500000, -, ZAR, MONEY, -, 0, 6",
        "100万フィリピンペソ, 1000000, -, PHP, MONEY, -, 0, 11",
        "2万ペソ, 20000, -, MXN, MONEY, -, 0, 4",
        "5億ドン, 500000000, -, VND, MONEY, -, 0, 4",
        "10万リラ, 100000, -, TRY, MONEY, -, 0, 5",
        "1億ルピア, 100000000, -, IDR, MONEY, -, 0, 5",
        "20シンガポールドル, 20, -, SGD, MONEY, -, 0, 10",
        "30NZドル, 30, -, NZD, MONEY, -, 0, 6",
        "500リンギット, 500, -, MYR, MONEY, -, 0, 8",
        "100カナダドル, 100, -, CAD, MONEY, -, 0, 8",
        "US$300, 300, -, USD, MONEY, -, 0, 6",
        "€50, 50, -, EUR, MONEY, -, 0, 3",
        "£20, 20, -, GBP, MONEY, -, 0, 3",
        "1000USD, 1000, -, USD, MONEY, -, 0, 7",
        "最大1億円, 100000000, -, JPY, MONEY, MAX, 0, 5",
        "最高3000万円, 30000000, -, JPY, MONEY, MAX, 0, 8",
        "最低賃金は1000円, 1000, -, JPY, MONEY, -, 5, 10",
        "約3兆円, 3000000000000, -, JPY, MONEY, APPROX, 0, 4",
        "およそ100人, 100, -, 人, QUANTITY, APPROX, 0, 7",
        "ほぼ半数の50%, 50, -, %, PERCENT, -, 5, 8",
        "100人程度, 100, -, 人, QUANTITY, APPROX, 0, 6",
        "1兆円規模の損失, 1000000000000, -, JPY, MONEY, APPROX, 0, 5",
        "5000億ドル超, 500000000000, -, USD, MONEY, MORE_THAN, 0, 8",
        "100人超が集まる, 100, -, 人, QUANTITY, MORE_THAN, 0, 5",
        "3兆円以上, 3000000000000, -, JPY, MONEY, EQUAL_OR_MORE, 0, 5",
        "1万人未満, 10000, -, 人, QUANTITY, LESS_THAN, 0, 5",
        "100万円以下, 1000000, -, JPY, MONEY, EQUAL_OR_LESS, 0, 7",
        "1割弱, 10, -, %, PERCENT, LESS_THAN, 0, 3",
        "1万人強, 10000, -, 人, QUANTITY, MORE_THAN, 0, 4",
        "300人余り, 300, -, 人, QUANTITY, MORE_THAN, 0, 6",
        "300人余が, 300, -, 人, QUANTITY, MORE_THAN, 0, 5",
        "100万円前後, 1000000, -, JPY, MONEY, APPROX, 0, 7",
        "1億円近く, 100000000, -, JPY, MONEY, APPROX, 0, 5",
        "少なくとも10人, 10, -, 人, QUANTITY, MIN, 0, 8",
        "3%を上回る伸び, 3, -, %, PERCENT, MORE_THAN, 0, 2",
        "100万円を上回った, 1000000, -, JPY, MONEY, MORE_THAN, 0, 5",
        "5%を下回った, 5, -, %, PERCENT, LESS_THAN, 0, 2",
        "3兆円を超える, 3000000000000, -, JPY, MONEY, MORE_THAN, 0, 3",
        "1万人を突破, 10000, -, 人, QUANTITY, MORE_THAN, 0, 3",
        "100万円に満たない, 1000000, -, JPY, MONEY, LESS_THAN, 0, 5",
        "3〜5億円, 300000000, 500000000, JPY, MONEY, -, 0, 5",
        "3億〜5億円, 300000000, 500000000, JPY, MONEY, -, 0, 6",
        "3億円〜5億円, 300000000, 500000000, JPY, MONEY, -, 0, 7",
        "300万〜500万円, 3000000, 5000000, JPY, MONEY, -, 0, 10",
        "3億から5億ドル, 300000000, 500000000, USD, MONEY, -, 0, 8",
        "3万円から5万円まで, 30000, 50000, JPY, MONEY, -, 0, 8",
        "3から5億円, 300000000, 500000000, JPY, MONEY, -, 0, 6",
        "2〜3割, 20, 30, %, PERCENT, -, 0, 4",
        "5〜10%, 5, 10, %, PERCENT, -, 0, 5",
        "10〜20人, 10, 20, 人, QUANTITY, -, 0, 6",
        "約3〜5億円, 300000000, 500000000, JPY, MONEY, APPROX, 0, 6",
        "数十億円, 1000000000, 9000000000, JPY, MONEY, APPROX, 0, 4",
        "数百人, 100, 900, 人, QUANTITY, APPROX, 0, 3",
        "十数件, 11, 19, 件, QUANTITY, APPROX, 0, 3",
        "千数百万円, 11000000, 19000000, JPY, MONEY, APPROX, 0, 5",
        "数千人, 1000, 9000, 人, QUANTITY, APPROX, 0, 3",
        "数万円, 10000, 90000, JPY, MONEY, APPROX, 0, 3",
        "数兆円, 1000000000000, 9000000000000, JPY, MONEY, APPROX, 0, 3",
        "十数万人, 110000, 190000, 人, QUANTITY, APPROX, 0, 4",
        "何十枚も, 10, 90, 枚, QUANTITY, APPROX, 0, 3",
        "1人あたり10万円, 100000, -, JPY, MONEY, -, 5, 9",
        "1人当たり約5万円, 50000, -, JPY, MONEY, APPROX, 5, 9",
        "10万人あたり3人, 3, -, 人, QUANTITY, -, 7, 9",
        "1台につき5000円, 5000, -, JPY, MONEY, -, 5, 10",
        "月額3万円, 30000, -, JPY, MONEY, -, 2, 5",
        "年収500万円, 5000000, -, JPY, MONEY, -, 2, 7",
        "時給1000円, 1000, -, JPY, MONEY, -, 2, 7",
        "時速100キロ, 100, -, キロ, QUANTITY, -, 2, 7",
        "秒速30メートル, 30, -, メートル, QUANTITY, -, 2, 8",
        "年間100万人, 1000000, -, 人, QUANTITY, -, 2, 7",
        "▲5億円の赤字, -500000000, -, JPY, MONEY, -, 0, 4",
        "マイナス3%, -3, -, %, PERCENT, -, 0, 6",
        "前年比-3%, -3, -, %, PERCENT, -, 3, 6",
        "△2億円, -200000000, -, JPY, MONEY, -, 0, 4",
        "5%増えた, 5, -, %, PERCENT, -, 0, 2",
        "５％増えた, 5, -, %, PERCENT, -, 0, 2",
        "5パーセント, 5, -, %, PERCENT, -, 0, 6",
        "3割が反対, 30, -, %, PERCENT, -, 0, 2",
        "3割5分の打率, 35, -, %, PERCENT, -, 0, 4",
        "前年比5%以上の伸び, 5, -, %, PERCENT, EQUAL_OR_MORE, 3, 7",
        "10ポイント上昇, 10, -, ポイント, QUANTITY, -, 0, 6",
        "3台の車, 3, -, 台, QUANTITY, -, 0, 2",
        "5社が参入, 5, -, 社, QUANTITY, -, 0, 2",
        "10件の事故, 10, -, 件, QUANTITY, -, 0, 3",
        "20歳の学生, 20, -, 歳, QUANTITY, -, 0, 3",
        "16か国が署名, 16, -, か国, QUANTITY, -, 0, 4",
        "5.5インチの画面, 5.5, -, インチ, QUANTITY, -, 0, 6",
        "容量は3GBだ, 3, -, GB, QUANTITY, -, 3, 6",
        "10トンの荷物, 10, -, トン, QUANTITY, -, 0, 4",
        "ｶﾞｿﾘﾝ100ﾘｯﾄﾙ, 100, -, リットル, QUANTITY, -, 5, 12",
        "3棟が全焼, 3, -, 棟, QUANTITY, -, 0, 2",
        "2隻の船, 2, -, 隻, QUANTITY, -, 0, 2",
        "100万人が避難, 1000000, -, 人, QUANTITY, -, 0, 5",
        "10kmを走る, 10, -, km, QUANTITY, -, 0, 4",
        "40℃の猛暑, 40, -, °C, QUANTITY, -, 0, 3",
        "1万5000人, 15000, -, 人, QUANTITY, -, 0, 7",
        "5人死亡, 5, -, 人, QUANTITY, -, 0, 2",
        "200頭の牛, 200, -, 頭, QUANTITY, -, 0, 4",
        "10万票, 100000, -, 票, QUANTITY, -, 0, 4",
        "30議席, 30, -, 議席, QUANTITY, -, 0, 4",
        "1000株, 1000, -, 株, QUANTITY, -, 0, 5",
        "150円台, 150, -, JPY, MONEY, APPROX, 0, 5",
        "5万円台のパソコン, 50000, -, JPY, MONEY, APPROX, 0, 4",
        "日経平均は100円高, 100, -, JPY, MONEY, -, 5, 9",
        "価格は4万9千980円だ, 49980, -, JPY, MONEY, -, 3, 11",
        "昨夜は3人位が来た, 3, -, 人, QUANTITY, APPROX, 3, 6",
        "第二部が16・6%と健闘, 16.6, -, %, PERCENT, -, 4, 9",
        "標準価格は7.980円, 7980, -, JPY, MONEY, -, 5, 11",
        "円相場は78.98円, 78.98, -, JPY, MONEY, -, 4, 10",
        "発売時は12セントだった, 0.12, -, USD, MONEY, -, 4, 9",
        "動作温度は-10℃ 〜 55℃, -10, 55, °C, QUANTITY, -, 5, 15",
        "3万円 〜 5万円, 30000, 50000, JPY, MONEY, -, 0, 9",
        "被害は3億円から5億円に上る見通し, 300000000, 500000000, JPY, MONEY, -, 3, 11",
        "三百元の罰金, 300, -, CNY, MONEY, -, 0, 3",
        "円相場は100円を割り込んだ, 100, -, JPY, MONEY, LESS_THAN, 4, 8",
        "100億USドル, 10000000000, -, USD, MONEY, -, 0, 8",
        "5000万日本円, 50000000, -, JPY, MONEY, -, 0, 8",
        "5千円, 5000, -, JPY, MONEY, -, 0, 3",
        "1000億円超, 100000000000, -, JPY, MONEY, MORE_THAN, 0, 7",
        "3.5%, 3.5, -, %, PERCENT, -, 0, 4",
        "１２億円, 1200000000, -, JPY, MONEY, -, 0, 4",
        "10万ドル前後, 100000, -, USD, MONEY, APPROX, 0, 7",
        "2〜3人, 2, 3, 人, QUANTITY, -, 0, 4",
        "1兆2000億円, 1200000000000, -, JPY, MONEY, -, 0, 8",
        "二〇〇円, 200, -, JPY, MONEY, -, 0, 4",
        "フィリピンで2万ペソ, 20000, -, PHP, MONEY, -, 6, 10",
        "アルゼンチンでは100万ペソ, 1000000, -, ARS, MONEY, -, 8, 14",
        "デンマークでは100クローネ, 100, -, DKK, MONEY, -, 7, 14",
        "スウェーデンの100クローナ, 100, -, SEK, MONEY, -, 7, 14",
        "約1万人規模, 10000, -, 人, QUANTITY, APPROX, 0, 6",
        "3万人弱, 30000, -, 人, QUANTITY, LESS_THAN, 0, 4",
        "C$50, 50, -, CAD, MONEY, -, 0, 4",
        "5000円以内, 5000, -, JPY, MONEY, EQUAL_OR_LESS, 0, 7",
        "10%程度, 10, -, %, PERCENT, APPROX, 0, 5",
        "7割超, 70, -, %, PERCENT, MORE_THAN, 0, 3",
        "2割程度, 20, -, %, PERCENT, APPROX, 0, 4",
        "1万2000円, 12000, -, JPY, MONEY, -, 0, 7",
        "5百万円, 5000000, -, JPY, MONEY, -, 0, 4",
        "百二十人, 120, -, 人, QUANTITY, -, 0, 4",
        "二十歳, 20, -, 歳, QUANTITY, -, 0, 3",
        "500ml, 500, -, ml, QUANTITY, -, 0, 5",
        "40度の熱, 40, -, 度, QUANTITY, -, 0, 3",
      })
  void testAmount(String input, String value, String max, String unit, String subtype, String mod, int start, int end) {
    Mention m = only(input);
    assertEquals(MentionType.AMOUNT, m.type());
    assertEquals(value, m.value(), "value");
    assertEquals(max, m.extra().get("max"), "max");
    assertEquals(unit, m.unit(), "unit");
    assertEquals(subtype, m.subtype(), "subtype");
    assertEquals(mod, m.mod(), "mod");
    assertEquals(start, m.start(), "start");
    assertEquals(end, m.end(), "end");
    assertEquals(input.substring(start, end), m.surface());
  }

  /** Rates: the amount is kept, the "per" part goes to extra.per and stays out of the span. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // input, surface, value, unit, per
    "1人あたり10万円, 10万円, 100000, JPY, 人",
    "1人当たり約5万円, 約5万円, 50000, JPY, 人",
    "一人当たり5万円, 5万円, 50000, JPY, 人",
    "10万人あたり3人, 3人, 3, 人, 100000人",
    "1台につき5000円, 5000円, 5000, JPY, 台",
    "1日あたり2万円, 2万円, 20000, JPY, 日",
    "1ドル当たり150円, 150円, 150, JPY, USD",
    "月額3万円, 3万円, 30000, JPY, 月",
    "月額約3万円, 約3万円, 30000, JPY, 月",
    "年収500万円, 500万円, 5000000, JPY, 年",
    "時給1000円, 1000円, 1000, JPY, 時間",
    "時速100キロ, 100キロ, 100, キロ, 時間",
    "秒速30メートル, 30メートル, 30, メートル, 秒",
    "年間100万人, 100万人, 1000000, 人, 年",
    "家賃は月8万円, 8万円, 80000, JPY, 月",
    "料金は3980円/月とする, 3980円, 3980, JPY, 月",
    "参加費5000円/人, 5000円, 5000, JPY, 人",
    "年3%の金利, 3%, 3, %, 年",
    "毎月3万円を積み立て, 3万円, 30000, JPY, 月",
    "練習は週2〜3回, 2〜3回, 2, 回, 週",
  })
  void testPerUnit(String input, String surface, String value, String unit, String per) {
    Mention m = only(input);
    assertEquals(surface, m.surface());
    assertEquals(value, m.value());
    assertEquals(unit, m.unit());
    assertEquals(per, m.extra().get("per"));
  }

  /** Traps: none of these texts holds an amount. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "田中京一氏が語った",
    "関東一円に広がる",
    "ウクライナにとって16か国目となる",
    "アイドルが円高で円滑に",
    "円安が進む",
    "円相場が動いた",
    "円形の広場",
    "円満に解決",
    "2024年6月13日に",
    "2024年の予算",
    "2024年度",
    "10年間の支援",
    "3か月後",
    "5時30分に",
    "第3四半期",
    "第3回大会",
    "第2弾",
    "3位に入った",
    "2号機",
    "5番目の候補",
    "3回目の挑戦",
    "2度目の優勝",
    "ABC123円",
    "http://example.com/2024/45円",
    "電話03-1234-5678まで",
    "0120-123-456に電話",
    "SH-01Dを発表",
    "iPhone 15で撮影",
    "iPhone5の発売",
    "Windows 8.1の更新",
    "バージョン2.0",
    "55V型の液晶テレビ",
    "42型テレビ",
    "万人が喜ぶ",
    "億万長者",
    "十十人",
    "百二三人",
    "一部の人",
    "十分な量",
    "一元化を進める",
    "3分の1",
    "20代の女性",
    "21世紀",
    "1人あたりの消費",
    "2013-14シーズン",
    "今一度見直す",
    "一人一人の努力",
    "一人ひとりが考える",
    "一人でも多くの方に",
    "秋山は一本負け",
    "窓口を一本化する",
    "三元豚のとんかつ",
    "情報を一元管理する",
    "一言二言でも話す",
    "1・2号機",
    "インタビュー：三橋玲子",
    "小堺一機さんが語る",
    "1等が当たった",
    "2塁に進む",
    "2011年版が発表",
    "人一倍の努力",
    "二重まぶた",
    "前に一歩踏み出す",
  })
  void testNoAmount(String input) {
    assertEquals(List.of(), amounts(input), input);
  }

  /** Seed-article style: several amounts in one sentence, each on its own span. */
  @Test
  void testSeveralAmounts() {
    List<Mention> ms = amounts("日本は45億ドル、米国は5000億ドルを拠出し、3割が反対した");
    assertEquals(List.of("45億ドル", "5000億ドル", "3割"), ms.stream().map(Mention::surface).toList());
    assertEquals(List.of("4500000000", "500000000000", "30"), ms.stream().map(Mention::value).toList());
  }

  /** 5%強化: the percentage is there, 強 is not its modifier (強化 is one word). */
  @Test
  void testModifierMustEndOnTokenEnd() {
    Mention m = only("5%強化");
    assertEquals("5%", m.surface());
    assertNull(m.mod());
  }

  /** 百円ショップ: a shop name; reading 百円 in it is accepted, the text after it is untouched. */
  @Test
  void testHundredYenShop() {
    List<Mention> ms = amounts("百円ショップで3人が買った");
    assertEquals(List.of("百円", "3人"), ms.stream().map(Mention::surface).toList());
  }

  /** A change from one amount to another (から…に) is two amounts, not a range. */
  @Test
  void testChangeIsTwoAmounts() {
    List<Mention> ms = amounts("3億円から5億円に増えた");
    assertEquals(List.of("3億円", "5億円"), ms.stream().map(Mention::surface).toList());
    assertNull(ms.get(0).extra().get("max"));
  }

  /** ドル after a word that names no country stays USD, even in another country's story. */
  @Test
  void testDollarIsUsd() {
    assertEquals("USD", only("シンガポールで100ドル").unit());
  }

  /** A month or year that is part of a word (今月, 昨年) makes no rate. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"今月3万円使った", "昨年3%増えた", "2012年3月に5%"})
  void testNoRate(String input) {
    assertNull(only(input).extra().get("per"), input);
  }

  /** Known weakness: 1ドル50セント is two amounts (1 USD and 0.5 USD), not 1.5 USD. */
  @Test
  void testDollarsAndCentsAreTwoAmounts() {
    assertEquals(List.of("1", "0.5"), amounts("1ドル50セント").stream().map(Mention::value).toList());
  }

  /** Known weakness: fractions are not read (3分の1 is a third, not an amount here). */
  @Test
  void testFractionNotRead() {
    assertEquals(List.of(), amounts("全体の3分の1"));
  }

  /** Known weakness: a bare ペソ far from a country name defaults to MXN. */
  @Test
  void testBarePesoDefaultsToMexico() {
    assertEquals("MXN", only("2万ペソ").unit());
  }
}
