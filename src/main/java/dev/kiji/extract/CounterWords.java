package dev.kiji.extract;

import java.util.List;
import java.util.Set;

/**
 * Which words after a number make it a quantity, and which leave it to the date and duration
 * extractors or mark an ordinal.
 *
 * <p>The general rule is Kuromoji's: a token tagged 名詞-接尾-助数詞 right after the number is
 * its counter (人, 件, 台, 社, 回, 倍, 歳...). Added to that: unit words IPADIC does not tag as
 * counters (トン, 画素...) and ASCII units (km, GB, mAh...). Excluded: calendar, clock and
 * duration counters (年, 月, 日, 時, 分, 年間, か月...), ordinal counters (位, 番, 号, 代...).
 */
final class CounterWords {

  /** Counters that are dates, times, durations or ordinals: never a QUANTITY. */
  private static final Set<String> EXCLUDED =
      Set.of(
          "年", "年度", "年間", "年代", "年生", "年目", "年来", "年半", "月", "月間", "月期", "ヶ月", "か月",
          "カ月", "ヵ月", "ケ月", "箇月", "ヶ月間", "か月間", "カ月間", "ヵ月間", "日", "日間", "日目", "時",
          "時間", "時半", "分", "分間", "分の", "秒", "秒間", "週", "週間", "週目", "世紀", "期", "半期",
          "四半期", "周年", "位", "番", "番目", "号", "着", "代", "次", "世", "章", "話", "巻", "部", "条",
          "項", "丁目", "番地", "階", "限", "節", "度目", "回目", "日付", "曜", "時期", "号機", "号線", "型", "年版", "年式", "年卒", "年産", "等", "塁", "番手", "級", "乗");

  /** Unit words that follow a number but are not tagged as counters. */
  private static final List<String> EXTRA =
      List.of(
          "キロメートル", "キログラム", "ミリメートル", "センチメートル", "メートル", "キロ", "グラム",
          "トン", "リットル", "センチ", "ミリ", "インチ", "ピクセル", "画素", "ヘルツ", "ワット", "バイト",
          "ギガバイト", "メガバイト", "カロリー", "馬力", "ポイント", "マイル", "ヤード", "フィート",
          "ノット", "ベクレル", "シーベルト", "ミリシーベルト", "ヘクタール", "平方メートル", "坪", "票",
          "議席", "株", "枚", "頭", "羽", "匹");

  /** ASCII units (need a non-letter after them), longest first. */
  private static final List<String> ASCII =
      List.of(
          "Gbps", "Mbps", "kbps", "kWh", "mAh", "GHz", "MHz", "kHz", "km/h", "km", "kg", "mg", "cm",
          "mm", "ml", "mL", "GB", "MB", "KB", "kB", "TB", "Hz", "kW", "fps", "dpi", "ppi", "px", "cc", "°C",
          "m", "g", "W", "V", "L");

  private CounterWords() {}

  /** True when a counter token is a date, time, duration or ordinal counter. */
  static boolean excluded(String counter) {
    return EXCLUDED.contains(counter) || counter.endsWith("目");
  }

  /** The longest non-tagged unit word at {@code i}, or null. */
  static String extraAt(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return null;
    }
    char c = s.charAt(i);
    String best = null;
    for (String w : EXTRA) {
      if (w.charAt(0) == c && s.startsWith(w, i) && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    return best;
  }

  /** The ASCII unit at {@code i} not followed by a letter, digit or 型 (55V型 is a size), or null. */
  static String asciiAt(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return null;
    }
    char c = s.charAt(i);
    for (String w : ASCII) {
      int e = i + w.length();
      if (w.charAt(0) == c && s.startsWith(w, i) && (e == s.length() || !AmountNumerals.isAsciiWordChar(s.charAt(e)) && s.charAt(e) != '型')) {
        return w;
      }
    }
    return null;
  }
}
