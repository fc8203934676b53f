package dev.kiji.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers for the two plain-text layouts: the scraped digest layout and the livedoor corpus layout.
 *
 * <h2>Scraped text ({@code scraped-text})</h2>
 *
 * <pre>
 * 見出し（1行目）
 * 本文…
 * 公開日:2024/06/13
 * さらに読む ⇒サイト名出典/画像元: https://example.jp/news/1
 * </pre>
 *
 * <ul>
 *   <li>title: the first non-blank line, stripped;
 *   <li>published: the LATEST date on a {@code 公開日:} line (also 公開日時, 配信日, 投稿日, 掲載日):
 *       a digest of several dated sections is as new as its newest section;
 *   <li>sourceUrl: the first URL on a source line ({@code 出典}, {@code 画像元}, {@code さらに読む},
 *       {@code 引用元}, {@code ソース}, {@code Source:}), else null;
 *   <li>text: the whole file as decoded and cleaned (BOM removed, CRLF/CR to LF, control characters
 *       removed), so offsets point into that, not into the raw bytes.
 * </ul>
 *
 * <h2>livedoor ({@code livedoor})</h2>
 *
 * <p>Line 1 a bare URL, line 2 a timestamp such as {@code 2012-03-09T09:00:00+0900}, line 3 the
 * title, body after. sourceUrl = line 1, published = the Asia/Tokyo date of line 2, title = line 3
 * stripped, text = the decoded file from line 3 on (title + body), an exact substring of it.
 */
final class PlainTextReaders {

  private static final Pattern PUBLISHED =
      Pattern.compile("(?:公開日時?|配信日時?|投稿日時?|掲載日)\\s*[:：]?\\s*(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2})");
  private static final Pattern SOURCE_LINE =
      Pattern.compile("出典|画像元|さらに読む|引用元|ソース|情報元|(?i:source)\\s*[:：]");

  private PlainTextReaders() {}

  /** True when the text has the livedoor layout: bare URL, then a parseable timestamp, then a title. */
  static boolean isLivedoor(String text) {
    int l1 = text.indexOf('\n');
    if (l1 < 0) {
      return false;
    }
    int l2 = text.indexOf('\n', l1 + 1);
    if (l2 < 0 || l2 + 1 >= text.length()) {
      return false;
    }
    String line2 = text.substring(l1 + 1, l2).strip();
    return Urls.isBareUrl(text.substring(0, l1))
        && line2.length() >= 10
        && Character.isDigit(line2.charAt(0))
        && Dates.parse(line2) != null
        && !text.substring(l2 + 1).isBlank();
  }

  static Article readLivedoor(String path, String text, String charset) {
    int l1 = text.indexOf('\n');
    int l2 = text.indexOf('\n', l1 + 1);
    String url = text.substring(0, l1).strip();
    LocalDate published = Dates.parse(text.substring(l1 + 1, l2));
    String body = text.substring(l2 + 1);
    int l3 = body.indexOf('\n');
    String title = (l3 < 0 ? body : body.substring(0, l3)).strip();
    return new Article(
        Article.stableId(url, path), path, title, published, url, body, Format.LIVEDOOR.id(), charset);
  }

  static Article readScraped(String path, String text, String charset) {
    String title = "";
    LocalDate published = null;
    String url = null;
    for (String line : text.split("\n", -1)) {
      if (title.isEmpty() && !line.isBlank()) {
        title = line.strip();
      }
      Matcher m = PUBLISHED.matcher(line);
      while (m.find()) {
        LocalDate d = Dates.parse(m.group(1).replaceAll("\\s+", ""));
        if (d != null && (published == null || d.isAfter(published))) {
          published = d;
        }
      }
      if (url == null) {
        Matcher s = SOURCE_LINE.matcher(line);
        if (s.find()) {
          url = Urls.first(line.substring(s.start()));
        }
      }
    }
    return new Article(
        Article.stableId(url, path), path, title, published, url, text, Format.SCRAPED_TEXT.id(), charset);
  }
}
