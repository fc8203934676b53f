package dev.kiji.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The index tokens are filtered once, in {@link IndexTokens#of}; replaying them must give exactly
 * the stream that the filter chain ({@link IndexAnalyzer#filter} after a stop-tag filter) gives
 * over the unfiltered tokens: terms, offsets, increments, lengths and the end state.
 */
class IndexReplayTest {

  /** Every token as term[start,end)+increment/length, then the end: final offset and increment. */
  private static List<String> render(TokenStream ts) throws IOException {
    return RenderedTokens.of(ts, (term, start, end, inc, len) -> term + "[" + start + "," + end + ")+" + inc + "/" + len, true);
  }

  /** The stream as indexing made it before: unfiltered tokens, stop tags, then the filters. */
  private static List<String> filterChain(String text) throws IOException {
    List<IndexToken> raw = IndexTokens.unfiltered(Analysis.analyze(text));
    return render(IndexAnalyzer.filter(new StopTagReplay(raw, text.length())));
  }

  private static List<String> replay(String text) throws IOException {
    return render(IndexAnalyzer.tokenStream(IndexTokens.of(Analysis.analyze(text)), text.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // stop words and particles at the start, inside and at the end (the end gap)
        "これはコンピューターです|コンピュータ[3,10)+3/1 end@12+1",
        "ＡＢＣのパーティーに行った。|abc[0,3)+1/1 パーティ[4,9)+2/1 行く[10,12)+2/1 end@14+1",
        "北大西洋条約機構|北大[0,2)+1/1 北大西洋[0,4)+0/2 西洋[2,4)+1/1 条約[4,6)+1/1 機構[6,8)+1/1 end@8+0",
        "の|end@1+1",
        "|end@0+0",
      })
  void testReplayIsTheFilteredStream(String text, String expected) throws IOException {
    text = text == null ? "" : text;
    assertEquals(List.of(expected.split(" ")), replay(text));
    assertEquals(filterChain(text), replay(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "クラウドファンディングサイトで資金を集めたが、それは彼のものではなかった",
    "ＮＡＴＯ加盟国のＧ７首脳会議は１０月１日（月）に東京都千代田区で開催された。",
    "ＩＴＥＭ・パーティー・サーバー・ユーザー・メモリー・エネルギー",
    "İstanbulとΣΟΦΙΑ、ǅemal、ﬀ、Ⅻ",
    "株式会社東京電力ホールディングス代表取締役社長兼最高経営責任者",
    "  あ、  の　",
  })
  void testReplayEqualsFilterChain(String text) throws IOException {
    assertEquals(filterChain(text), replay(text));
  }

  @Test
  void testTermFilter() {
    IndexTermFilter f = IndexTermFilter.get();
    assertEquals("コンピュータ", f.apply("コンピューター"));
    assertEquals("abc", f.apply("ABC"));
    assertNull(f.apply("これ"));
    assertNull(f.apply("これ")); // cached
    assertEquals("東京", f.apply("東京"));
  }

  /**
   * The shortcut of {@link IndexTermFilter}: a term that {@code changes} calls unchanged must come
   * out of Lucene's filters as itself or not at all (a stop word). Every BMP char, alone and after
   * katakana, and a few longer words.
   */
  @Test
  void testUnchangedTermsPassLuceneFiltersUnchanged() throws IOException {
    List<String> terms = new ArrayList<>(List.of("コンピュータ", "パーティ", "東京", "これ", "abc", "g7", "ｰ", "ーー"));
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate(c)) {
        terms.add(String.valueOf(c));
        terms.add("アイウエ" + c);
      }
    }
    for (Object w : IndexAnalyzer.STOP_WORDS) {
      String word = w instanceof char[] chars ? new String(chars) : w.toString();
      terms.add(word);
      terms.add(word + "ー");
      terms.add(word.toUpperCase(java.util.Locale.ROOT));
    }
    terms.add("\uD801\uDC00"); // Deseret capital long I: lower-cases to another supplementary char
    int unchanged = 0;
    for (String t : terms) {
      List<String> lucene = luceneFilters(t);
      if (!IndexTermFilter.changes(t)) {
        unchanged++;
        assertTrue(lucene.isEmpty() || lucene.equals(List.of(t)), t + " -> " + lucene);
      }
      String applied = IndexTermFilter.get().apply(t);
      assertEquals(lucene, applied == null ? List.of() : List.of(applied), t);
    }
    assertTrue(unchanged > 100_000, "unchanged " + unchanged);
  }

  /** What Lucene's filters of the index chain make of one term: [] for a stop word. */
  private static List<String> luceneFilters(String term) throws IOException {
    List<IndexToken> one = List.of(new IndexToken(term, "名詞-一般", 0, term.length(), 1, 1));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = IndexAnalyzer.filter(new StopTagReplay(one, term.length()))) {
      CharTermAttribute att = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(att.toString());
      }
      ts.end();
    }
    return out;
  }

  /**
   * A varied sample of real articles: every 15th livedoor file (about 400 articles); every file
   * with {@code -Dkiji.replayStep=1}.
   */
  @Test
  void testReplayEqualsFilterChainOnLivedoor() throws IOException {
    Path root = SharedData.shared("corpus/livedoor-ldcc/text");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("LICENSE"))
          .sorted()
          .toList();
    }
    int checked = 0;
    int step = Integer.getInteger("kiji.replayStep", 15);
    for (int i = 0; i < files.size(); i += step) {
      String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
      assertEquals(filterChain(text), replay(text), files.get(i).toString());
      checked++;
    }
    assertTrue(checked > files.size() / step - 1, "checked " + checked);
  }

  /** The stop-tag replay that indexing used before the filters moved into IndexTokens. */
  private static final class StopTagReplay extends Tokenizer {
    private static final Set<String> STOP_TAGS = JapaneseAnalyzer.getDefaultStopTags();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
    private final List<IndexToken> tokens;
    private final int textLength;
    private int next;
    private int pendingGap;

    StopTagReplay(List<IndexToken> tokens, int textLength) {
      this.tokens = tokens;
      this.textLength = textLength;
      setReader(new java.io.StringReader(""));
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      int gap = 0;
      while (next < tokens.size()) {
        IndexToken t = tokens.get(next++);
        if (!t.partOfSpeech().isEmpty() && STOP_TAGS.contains(t.partOfSpeech())) {
          gap += t.positionIncrement();
          continue;
        }
        term.setEmpty().append(t.term());
        offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
        posInc.setPositionIncrement(t.positionIncrement() + gap);
        posLen.setPositionLength(t.positionLength());
        return true;
      }
      pendingGap = gap;
      return false;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(correctOffset(textLength), correctOffset(textLength));
      posInc.setPositionIncrement(pendingGap);
    }
  }
}
