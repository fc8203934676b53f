package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.analyze.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Breadth of the party extractor: countries and their one-char abbreviations, organisations from
 * the lexicon and by suffix or company form, persons with roles, and words that are no party.
 */
class PartyCoverageTest {

  private static List<Mention> extract(String text) {
    return PartyExtractor.withDefaultLexicon()
        .extract(Analysis.analyze(text), ExtractionContext.none());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // input | surface | subtype | canonical | role | start | end
        "松島庄汰さんと | 松島庄汰 | PERSON | 松島庄汰 | さん | 0 | 4",
        "沢尻エリカの主演 | 沢尻エリカ | PERSON | 沢尻エリカ | - | 0 | 5",
        "沢尻エリカさんと沢尻さん | 沢尻 | PERSON | 沢尻エリカ | さん | 8 | 10",
        "東京都さん | 東京都 | LOCATION | 東京都 | - | 0 | 3",
        "アサヒ芸能によると | アサヒ芸能 | ORGANIZATION | アサヒ芸能 | - | 0 | 5",
        "スポニチの記事 | スポニチ | ORGANIZATION | スポーツニッポン | - | 0 | 4",
        "民主・自民・公明が調整 | 自民 | ORGANIZATION | 自民党 | - | 3 | 5",
        "民主・自民・公明が調整 | 公明 | ORGANIZATION | 公明党 | - | 6 | 8",
        "全米が泣いた | 全米 | COUNTRY | 米国 | - | 0 | 2",
        "ドイツワインを飲む | ドイツ | COUNTRY | ドイツ | - | 0 | 3",
        "北海道知事が | 北海道 | LOCATION | 北海道 | - | 0 | 3",
        "ハーバード大学の研究チーム | ハーバード大学 | ORGANIZATION | ハーバード大学 | - | 0 | 7",
        "日本サッカー協会の会長 | 日本サッカー協会 | ORGANIZATION | 日本サッカー協会 | - | 0 | 8",
        "ロシア外務省は声明で | ロシア | COUNTRY | ロシア | - | 0 | 3",
        "ロシア外務省は声明で | 外務省 | ORGANIZATION | ロシア外務省 | - | 3 | 6",
        "ロシア国防省によると | ロシア | COUNTRY | ロシア | - | 0 | 3",
        "ロシア国防省によると | 国防省 | ORGANIZATION | ロシア国防省 | - | 3 | 6",
        "立憲民主党と日本維新の会、国民民主党が協議 | 立憲民主党 | ORGANIZATION | 立憲民主党 | - | 0 | 5",
        "立憲民主党と日本維新の会、国民民主党が協議 | 日本維新の会 | ORGANIZATION | 日本維新の会 | - | 6 | 12",
        "立憲民主党と日本維新の会、国民民主党が協議 | 国民民主党 | ORGANIZATION | 国民民主党 | - | 13 | 18",
        "みずほ銀行と三菱UFJ銀行 | みずほ銀行 | ORGANIZATION | みずほ銀行 | - | 0 | 5",
        "みずほ銀行と三菱UFJ銀行 | 三菱UFJ銀行 | ORGANIZATION | 三菱UFJ銀行 | - | 6 | 13",
        "トヨタ自動車株式会社は | トヨタ自動車株式会社 | ORGANIZATION | トヨタ自動車 | - | 0 | 10",
        "株式会社ドワンゴは発表した | 株式会社ドワンゴ | ORGANIZATION | ドワンゴ | - | 0 | 8",
        "(株)ドワンゴ | (株)ドワンゴ | ORGANIZATION | ドワンゴ | - | 0 | 7",
        "㈱ライブドアの社長 | ㈱ライブドア | ORGANIZATION | ライブドア | - | 0 | 6",
        "米露首脳会談が開かれた | 米 | COUNTRY | 米国 | - | 0 | 1",
        "米露首脳会談が開かれた | 露 | COUNTRY | ロシア | - | 1 | 2",
        "露ウ首脳会談 | 露 | COUNTRY | ロシア | - | 0 | 1",
        "露ウ首脳会談 | ウ | COUNTRY | ウクライナ | - | 1 | 2",
        "国際原子力機関の査察 | 国際原子力機関 | ORGANIZATION | IAEA | - | 0 | 7",
        "欧州連合とEU | 欧州連合 | ORGANIZATION | EU | - | 0 | 4",
        "欧州連合とEU | EU | ORGANIZATION | EU | - | 5 | 7",
        "北大西洋条約機構とNATO | 北大西洋条約機構 | ORGANIZATION | NATO | - | 0 | 8",
        "北大西洋条約機構とNATO | NATO | ORGANIZATION | NATO | - | 9 | 13",
        "京都大学の教授 | 京都大学 | ORGANIZATION | 京都大学 | - | 0 | 4",
        "理化学研究所 | 理化学研究所 | ORGANIZATION | 理化学研究所 | - | 0 | 6",
        "日本経済新聞社の報道、日経によると | 日本経済新聞社 | ORGANIZATION | 日本経済新聞 | - | 0 | 7",
        "日本経済新聞社の報道、日経によると | 日経 | ORGANIZATION | 日本経済新聞 | - | 11 | 13",
        "ゼレンスキー大統領 | ゼレンスキー | PERSON | ゼレンスキー | 大統領 | 0 | 6",
        "Zelenskyは語った | Zelensky | PERSON | ゼレンスキー | - | 0 | 8",
        "日朝首脳会談 | 日 | COUNTRY | 日本 | - | 0 | 1",
        "日朝首脳会談 | 朝 | COUNTRY | 北朝鮮 | - | 1 | 2",
        "日印関係 | 日 | COUNTRY | 日本 | - | 0 | 1",
        "日印関係 | 印 | COUNTRY | インド | - | 1 | 2",
        "日豪首脳 | 日 | COUNTRY | 日本 | - | 0 | 1",
        "日豪首脳 | 豪 | COUNTRY | オーストラリア | - | 1 | 2",
        "日加の連携 | 日 | COUNTRY | 日本 | - | 0 | 1",
        "日加の連携 | 加 | COUNTRY | カナダ | - | 1 | 2",
        "米中対立 | 米 | COUNTRY | 米国 | - | 0 | 1",
        "米中対立 | 中 | COUNTRY | 中国 | - | 1 | 2",
        "英仏独の首脳 | 英 | COUNTRY | 英国 | - | 0 | 1",
        "英仏独の首脳 | 仏 | COUNTRY | フランス | - | 1 | 2",
        "英仏独の首脳 | 独 | COUNTRY | ドイツ | - | 2 | 3",
        "中国とタイ | 中国 | COUNTRY | 中国 | - | 0 | 2",
        "中国とタイ | タイ | COUNTRY | タイ | - | 3 | 5",
        "コンゴ民主共和国 | コンゴ民主共和国 | COUNTRY | コンゴ民主共和国 | - | 0 | 8",
        "南アフリカの選手 | 南アフリカ | COUNTRY | 南アフリカ | - | 0 | 5",
        "スタンフォード大学 | スタンフォード大学 | ORGANIZATION | スタンフォード大学 | - | 0 | 9",
        "東京工業大学 | 東京工業大学 | ORGANIZATION | 東京工業大学 | - | 0 | 6",
        "自民党の議員 | 自民党 | ORGANIZATION | 自民党 | - | 0 | 3",
        "米共和党と民主党 | 米 | COUNTRY | 米国 | - | 0 | 1",
        "米共和党と民主党 | 共和党 | ORGANIZATION | 共和党 | - | 1 | 4",
        "米共和党と民主党 | 民主党 | ORGANIZATION | 民主党 | - | 5 | 8",
        "AP通信によると | AP通信 | ORGANIZATION | AP通信 | - | 0 | 4",
        "AFPによると | AFP | ORGANIZATION | AFP通信 | - | 0 | 3",
        "共同通信が報じた | 共同通信 | ORGANIZATION | 共同通信 | - | 0 | 4",
        "毎日新聞によれば | 毎日新聞 | ORGANIZATION | 毎日新聞 | - | 0 | 4",
        "対中政策 | 中 | COUNTRY | 中国 | - | 1 | 2",
        "パキスタンのカーン首相 | パキスタン | COUNTRY | パキスタン | - | 0 | 5",
        "パキスタンのカーン首相 | カーン | PERSON | カーン | 首相 | 6 | 9",
        "バングラデシュで洪水 | バングラデシュ | COUNTRY | バングラデシュ | - | 0 | 7",
        "スリランカ政府は | スリランカ | COUNTRY | スリランカ | - | 0 | 5",
        "アフガニスタンからの撤退 | アフガニスタン | COUNTRY | アフガニスタン | - | 0 | 7",
        "イラクとシリアの国境 | イラク | COUNTRY | イラク | - | 0 | 3",
        "イラクとシリアの国境 | シリア | COUNTRY | シリア | - | 4 | 7",
        "サウジアラビアとイランが国交 | サウジアラビア | COUNTRY | サウジアラビア | - | 0 | 7",
        "サウジアラビアとイランが国交 | イラン | COUNTRY | イラン | - | 8 | 11",
        "アラブ首長国連邦のドバイ | アラブ首長国連邦 | COUNTRY | アラブ首長国連邦 | - | 0 | 8",
        "アラブ首長国連邦のドバイ | ドバイ | LOCATION | ドバイ | - | 9 | 12",
        "UAEとカタール | UAE | COUNTRY | アラブ首長国連邦 | - | 0 | 3",
        "UAEとカタール | カタール | COUNTRY | カタール | - | 4 | 8",
        "ミャンマー軍が | ミャンマー | COUNTRY | ミャンマー | - | 0 | 5",
        "カンボジアとラオス | カンボジア | COUNTRY | カンボジア | - | 0 | 5",
        "カンボジアとラオス | ラオス | COUNTRY | ラオス | - | 6 | 9",
        "マレーシア航空の便 | マレーシア航空 | ORGANIZATION | マレーシア航空 | - | 0 | 7",
        "東ティモールの独立 | 東ティモール | COUNTRY | 東ティモール | - | 0 | 6",
        "アイルランドとポルトガル | アイルランド | COUNTRY | アイルランド | - | 0 | 6",
        "アイルランドとポルトガル | ポルトガル | COUNTRY | ポルトガル | - | 7 | 12",
        "ベルギーの首都ブリュッセル | ベルギー | COUNTRY | ベルギー | - | 0 | 4",
        "ベルギーの首都ブリュッセル | ブリュッセル | LOCATION | ブリュッセル | - | 7 | 13",
        "スイスのジュネーブで | スイス | COUNTRY | スイス | - | 0 | 3",
        "スイスのジュネーブで | ジュネーブ | LOCATION | ジュネーブ | - | 4 | 9",
        "ギリシャの財政危機 | ギリシャ | COUNTRY | ギリシャ | - | 0 | 4",
        "ノルウェーとスウェーデン、フィンランド | ノルウェー | COUNTRY | ノルウェー | - | 0 | 5",
        "ノルウェーとスウェーデン、フィンランド | スウェーデン | COUNTRY | スウェーデン | - | 6 | 12",
        "ノルウェーとスウェーデン、フィンランド | フィンランド | COUNTRY | フィンランド | - | 13 | 19",
        "エストニアなどバルト三国 | エストニア | COUNTRY | エストニア | - | 0 | 5",
        "エストニアなどバルト三国 | バルト | LOCATION | バルト | - | 7 | 10",
        "チェコとスロバキア | チェコ | COUNTRY | チェコ | - | 0 | 3",
        "チェコとスロバキア | スロバキア | COUNTRY | スロバキア | - | 4 | 9",
        "ボスニア・ヘルツェゴビナの代表 | ボスニア・ヘルツェゴビナ | COUNTRY | ボスニア・ヘルツェゴビナ | - | 0 | 12",
        "北マケドニアが加盟 | 北マケドニア | COUNTRY | 北マケドニア | - | 0 | 6",
        "コソボの独立を承認 | コソボ | COUNTRY | コソボ | - | 0 | 3",
        "バチカンのローマ教皇 | バチカン | COUNTRY | バチカン | - | 0 | 4",
        "バチカンのローマ教皇 | ローマ | LOCATION | ローマ | - | 5 | 8",
        "メキシコとキューバ | メキシコ | COUNTRY | メキシコ | - | 0 | 4",
        "メキシコとキューバ | キューバ | COUNTRY | キューバ | - | 5 | 9",
        "ベネズエラの大統領 | ベネズエラ | COUNTRY | ベネズエラ | - | 0 | 5",
        "ペルーとチリ | ペルー | COUNTRY | ペルー | - | 0 | 3",
        "ペルーとチリ | チリ | COUNTRY | チリ | - | 4 | 6",
        "エジプトのカイロ | エジプト | COUNTRY | エジプト | - | 0 | 4",
        "エジプトのカイロ | カイロ | LOCATION | カイロ | - | 5 | 8",
        "ナイジェリアとケニア | ナイジェリア | COUNTRY | ナイジェリア | - | 0 | 6",
        "ナイジェリアとケニア | ケニア | COUNTRY | ケニア | - | 7 | 10",
        "南スーダンに派遣 | 南スーダン | COUNTRY | 南スーダン | - | 0 | 5",
        "コートジボワールの代表 | コートジボワール | COUNTRY | コートジボワール | - | 0 | 8",
        "ニュージーランド代表 | ニュージーランド | COUNTRY | ニュージーランド | - | 0 | 8",
        "パプアニューギニアの首相 | パプアニューギニア | COUNTRY | パプアニューギニア | - | 0 | 9",
        "台湾と中国 | 台湾 | COUNTRY | 台湾 | - | 0 | 2",
        "台湾と中国 | 中国 | COUNTRY | 中国 | - | 3 | 5",
        "パレスチナ自治区 | パレスチナ | COUNTRY | パレスチナ | - | 0 | 5",
        "ジョージア代表 | ジョージア | COUNTRY | ジョージア | - | 0 | 5",
        "モンゴル出身の力士 | モンゴル | COUNTRY | モンゴル | - | 0 | 4",
        "北朝鮮がミサイルを発射 | 北朝鮮 | COUNTRY | 北朝鮮 | - | 0 | 3",
        "日韓関係が改善 | 日 | COUNTRY | 日本 | - | 0 | 1",
        "日韓関係が改善 | 韓 | COUNTRY | 韓国 | - | 1 | 2",
        "中韓首脳 | 中 | COUNTRY | 中国 | - | 0 | 1",
        "中韓首脳 | 韓 | COUNTRY | 韓国 | - | 1 | 2",
        "米朝首脳会談 | 米 | COUNTRY | 米国 | - | 0 | 1",
        "米朝首脳会談 | 朝 | COUNTRY | 北朝鮮 | - | 1 | 2",
        "伊首相が辞任 | 伊 | COUNTRY | イタリア | - | 0 | 1",
        "比大統領 | 比 | COUNTRY | フィリピン | - | 0 | 1",
        "英首相は | 英 | COUNTRY | 英国 | - | 0 | 1",
        "独メディアによると | 独 | COUNTRY | ドイツ | - | 0 | 1",
        "仏大統領選 | 仏 | COUNTRY | フランス | - | 0 | 1",
        "印パ | 印 | COUNTRY | インド | - | 0 | 1",
        "米ロ首脳 | 米 | COUNTRY | 米国 | - | 0 | 1",
        "米ロ首脳 | ロ | COUNTRY | ロシア | - | 1 | 2",
        "豪政府 | 豪 | COUNTRY | オーストラリア | - | 0 | 1",
        "加首相 | 加 | COUNTRY | カナダ | - | 0 | 1",
        "トランプ米大統領とプーチン露大統領が会談 | トランプ | PERSON | トランプ | 米大統領 | 0 | 4",
        "トランプ米大統領とプーチン露大統領が会談 | 米 | COUNTRY | 米国 | - | 4 | 5",
        "トランプ米大統領とプーチン露大統領が会談 | プーチン | PERSON | プーチン | 露大統領 | 9 | 13",
        "トランプ米大統領とプーチン露大統領が会談 | 露 | COUNTRY | ロシア | - | 13 | 14",
        "プーチン大統領は | プーチン | PERSON | プーチン | 大統領 | 0 | 4",
        "習近平国家主席と会談した | 習近平 | PERSON | 習近平 | 国家主席 | 0 | 3",
        "金正恩総書記 | 金正恩 | PERSON | 金正恩 | 総書記 | 0 | 3",
        "メルケル首相 | メルケル | PERSON | メルケル | 首相 | 0 | 4",
        "オバマ大統領の演説 | オバマ | PERSON | オバマ | 大統領 | 0 | 3",
        "孫正義社長は | 孫正義 | PERSON | 孫正義 | 社長 | 0 | 3",
        "安倍首相は | 安倍 | PERSON | 安倍 | 首相 | 0 | 2",
        "野田佳彦首相が | 野田佳彦 | PERSON | 野田佳彦 | 首相 | 0 | 4",
        "菅直人首相と鳩山由紀夫前首相 | 菅直人 | PERSON | 菅直人 | 首相 | 0 | 3",
        "菅直人首相と鳩山由紀夫前首相 | 鳩山由紀夫 | PERSON | 鳩山由紀夫 | 前首相 | 6 | 11",
        "国連安保理が決議を採択 | 国連安保理 | ORGANIZATION | 国連安全保障理事会 | - | 0 | 5",
        "国際連合の総会 | 国際連合 | ORGANIZATION | 国連 | - | 0 | 4",
        "IMFの見通し | IMF | ORGANIZATION | IMF | - | 0 | 3",
        "世界保健機関によると | 世界保健機関 | ORGANIZATION | WHO | - | 0 | 6",
        "WTOに提訴 | WTO | ORGANIZATION | WTO | - | 0 | 3",
        "OPECが減産 | OPEC | ORGANIZATION | OPEC | - | 0 | 4",
        "ASEANの首脳 | ASEAN | ORGANIZATION | ASEAN | - | 0 | 5",
        "G20サミット | G20 | ORGANIZATION | G20 | - | 0 | 3",
        "主要7カ国の財務相 | 主要7カ国 | ORGANIZATION | G7 | - | 0 | 5",
        "欧州中央銀行が利上げ | 欧州中央銀行 | ORGANIZATION | 欧州中央銀行 | - | 0 | 6",
        "金融庁の検査 | 金融庁 | ORGANIZATION | 金融庁 | - | 0 | 3",
        "防衛省と財務省 | 防衛省 | ORGANIZATION | 防衛省 | - | 0 | 3",
        "防衛省と財務省 | 財務省 | ORGANIZATION | 財務省 | - | 4 | 7",
        "厚労省の発表 | 厚労省 | ORGANIZATION | 厚生労働省 | - | 0 | 3",
        "文部科学省が | 文部科学省 | ORGANIZATION | 文部科学省 | - | 0 | 5",
        "気象庁によると | 気象庁 | ORGANIZATION | 気象庁 | - | 0 | 3",
        "警視庁が逮捕 | 警視庁 | ORGANIZATION | 警視庁 | - | 0 | 3",
        "宮内庁は | 宮内庁 | ORGANIZATION | 宮内庁 | - | 0 | 3",
        "公明党の代表 | 公明党 | ORGANIZATION | 公明党 | - | 0 | 3",
        "日本共産党と社民党 | 日本共産党 | ORGANIZATION | 共産党 | - | 0 | 5",
        "日本共産党と社民党 | 社民党 | ORGANIZATION | 社民党 | - | 6 | 9",
        "朝日新聞と読売新聞 | 朝日新聞 | ORGANIZATION | 朝日新聞 | - | 0 | 4",
        "朝日新聞と読売新聞 | 読売新聞 | ORGANIZATION | 読売新聞 | - | 5 | 9",
        "時事通信によると | 時事通信 | ORGANIZATION | 時事通信 | - | 0 | 4",
        "NHKの番組 | NHK | ORGANIZATION | NHK | - | 0 | 3",
        "ブルームバーグが報じた | ブルームバーグ | ORGANIZATION | ブルームバーグ | - | 0 | 7",
        "新華社通信は | 新華社通信 | ORGANIZATION | 新華社 | - | 0 | 5",
        "トヨタとホンダ | トヨタ | ORGANIZATION | トヨタ自動車 | - | 0 | 3",
        "トヨタとホンダ | ホンダ | ORGANIZATION | ホンダ | - | 4 | 7",
        "日産自動車のゴーン氏 | 日産自動車 | ORGANIZATION | 日産自動車 | - | 0 | 5",
        "日産自動車のゴーン氏 | ゴーン | PERSON | ゴーン | 氏 | 6 | 9",
        "任天堂の岩田聡社長 | 任天堂 | ORGANIZATION | 任天堂 | - | 0 | 3",
        "任天堂の岩田聡社長 | 岩田聡 | PERSON | 岩田聡 | 社長 | 4 | 7",
        "ソフトバンクの孫正義社長 | ソフトバンク | ORGANIZATION | ソフトバンク | - | 0 | 6",
        "ソフトバンクの孫正義社長 | 孫正義 | PERSON | 孫正義 | 社長 | 7 | 10",
        "グーグルとアップル | グーグル | ORGANIZATION | Google | - | 0 | 4",
        "グーグルとアップル | アップル | ORGANIZATION | Apple | - | 5 | 9",
        "マイクロソフト社 | マイクロソフト | ORGANIZATION | Microsoft | - | 0 | 7",
        "フェイスブックの株価 | フェイスブック | ORGANIZATION | Facebook | - | 0 | 7",
        "ドコモとau | ドコモ | ORGANIZATION | NTTドコモ | - | 0 | 3",
        "ドコモとau | au | ORGANIZATION | KDDI | - | 4 | 6",
        "楽天の三木谷浩史社長 | 楽天 | ORGANIZATION | 楽天 | - | 0 | 2",
        "日立製作所と東芝 | 日立製作所 | ORGANIZATION | 日立製作所 | - | 0 | 5",
        "日立製作所と東芝 | 東芝 | ORGANIZATION | 東芝 | - | 6 | 8",
        "大阪府と京都府 | 大阪府 | LOCATION | 大阪府 | - | 0 | 3",
        "大阪府と京都府 | 京都府 | LOCATION | 京都府 | - | 4 | 7",
        "北海道の札幌市 | 北海道 | LOCATION | 北海道 | - | 0 | 3",
        "北海道の札幌市 | 札幌市 | LOCATION | 札幌市 | - | 4 | 7",
        "ニューヨークで | ニューヨーク | LOCATION | ニューヨーク | - | 0 | 6",
        "ワシントンとモスクワ | ワシントン | LOCATION | ワシントン | - | 0 | 5",
        "ワシントンとモスクワ | モスクワ | LOCATION | モスクワ | - | 6 | 10",
        "前原誠司外相は | 前原誠司 | PERSON | 前原誠司 | 外相 | 0 | 4",
        "枝野幸男官房長官が | 枝野幸男 | PERSON | 枝野幸男 | 官房長官 | 0 | 4",
        "小沢一郎元代表 | 小沢一郎 | PERSON | 小沢一郎 | - | 0 | 4",
        "本田圭佑がゴール | 本田圭佑 | PERSON | 本田圭佑 | - | 0 | 4",
        "長友佑都選手 | 長友佑都 | PERSON | 長友佑都 | 選手 | 0 | 4",
        "イチロー選手 | イチロー | PERSON | イチロー | 選手 | 0 | 4",
        "ダルビッシュ投手 | ダルビッシュ | PERSON | ダルビッシュ | 投手 | 0 | 6",
        "キム・ヨナ選手 | キム・ヨナ | PERSON | キム・ヨナ | 選手 | 0 | 5",
        "スティーブ・ジョブズ氏が死去 | スティーブ・ジョブズ | PERSON | スティーブ・ジョブズ | 氏 | 0 | 10",
        "ジョブズ氏は | ジョブズ | PERSON | スティーブ・ジョブズ | 氏 | 0 | 4",
        "木村拓哉さん | 木村拓哉 | PERSON | 木村拓哉 | さん | 0 | 4",
        "香取慎吾 | 香取慎吾 | PERSON | 香取慎吾 | - | 0 | 4",
        "大統領のトランプ氏 | トランプ | PERSON | トランプ | 氏 | 4 | 8",
        "日本代表の試合 | 日本 | COUNTRY | 日本 | - | 0 | 2"
      })
  void testMention(
      String input, String surface, String subtype, String canonical, String role, int start,
      int end) {
    List<Mention> ms = extract(input);
    Mention m =
        ms.stream()
            .filter(x -> x.start() == start && x.end() == end)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mention at " + start + "-" + end + " in " + ms));
    assertEquals(surface, m.surface());
    assertEquals(subtype, m.subtype());
    assertEquals(canonical, m.canonical());
    assertEquals(role, m.role());
  }

  @ParameterizedTest(name = "no party in {0}")
  @ValueSource(
      strings = {
        "日曜と月曜は休み",
        "土日は休み",
        "日曜日に出かける",
        "水曜の夜",
        "月曜から金曜まで",
        "彼は首相だ",
        "私たちは",
        "スマートフォンの新機種",
        "パソコンを買った",
        "コーヒーを飲む",
        "中止になった",
        "中学校に通う",
        "英語の勉強",
        "地元銀行の融資",
        "サッカー協会の規定",
        "今年は毎日が楽しい",
        "滞在中に",
        "中でも人気",
        "朝から雨",
        "ガーナチョコレート",
        "お米の価格",
        "新米の季節",
        "報道官は語った",
        "監督と選手",
        "同社の社長",
        "ペールの色",
        "ローカル線とロー",
        "自社の製品",
        "サムライジャパン",
        "オールナイトニッポンの放送",
      })
  void testNoParty(String input) {
    List<Mention> ms = extract(input);
    assertTrue(ms.isEmpty(), () -> "unexpected " + ms);
  }

  /** Every country alias of two chars or more in parties.tsv is found as that country. */
  @TestFactory
  Stream<DynamicTest> testEveryCountryAlias() {
    List<DynamicTest> tests = new ArrayList<>();
    for (LexiconFile.Line line : LexiconFile.resource(PartyLexicon.DEFAULT_RESOURCE)) {
      String[] f = line.fields(4);
      if (!f[1].equals("COUNTRY")) {
        continue;
      }
      for (String alias : f[3].split("\\|")) {
        if (alias.length() < 2 || !alias.codePoints().allMatch(PartyCoverageTest::isJapanese)) {
          continue;
        }
        String text = "会議には" + alias + "の代表団も出席した";
        tests.add(
            DynamicTest.dynamicTest(
                alias,
                () -> {
                  List<Mention> ms = extract(text);
                  assertTrue(
                      ms.stream()
                          .anyMatch(
                              m -> m.start() == 4
                                  && m.surface().equals(alias)
                                  && m.subtype().equals("COUNTRY")
                                  && m.canonical().equals(f[0])),
                      () -> alias + " → " + f[0] + " not in " + ms);
                }));
      }
    }
    return tests.stream();
  }

  private static boolean isJapanese(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.KATAKANA || cp == '・';
  }

  // Known weakness: Kuromoji reads 三木谷 as 三 + 木谷, so the name loses its first char.
  @ParameterizedTest(name = "{0}")
  @CsvSource({"'楽天の三木谷浩史社長', 木谷浩史, 4"})
  void testKnownWeaknessNumeralInSurname(String input, String surface, int start) {
    assertTrue(extract(input).stream().anyMatch(m -> m.surface().equals(surface) && m.start() == start));
  }

  // Known weakness: a given name that is a common katakana word (レディー) is not joined.
  @ParameterizedTest(name = "{0}")
  @CsvSource({"'レディー・ガガさん', ガガ, 5"})
  void testKnownWeaknessCommonWordGivenName(String input, String surface, int start) {
    assertTrue(extract(input).stream().anyMatch(m -> m.surface().equals(surface) && m.start() == start));
  }
}
