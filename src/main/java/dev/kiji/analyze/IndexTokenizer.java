package dev.kiji.analyze;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Replays {@link IndexToken}s as a Lucene token stream: base forms as terms, tokens with a
 * part-of-speech in Lucene's Japanese stop tags left out (their positions kept as gaps, like
 * {@code JapanesePartOfSpeechStopFilter}).
 *
 * <p>The tokens come either ready-made ({@link #IndexTokenizer(List, int)}: the article's tokens
 * from the analysis stage, so Kuromoji does not run again) or from the reader, which is then read
 * whole and analysed with {@link Analysis#analyze} and {@link IndexTokens#of} (queries, titles).
 * Both ways give the same tokens for the same text, so queries match what was indexed.
 */
public final class IndexTokenizer extends Tokenizer {

  private static final Set<String> STOP_TAGS = JapaneseAnalyzer.getDefaultStopTags();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);

  private final List<IndexToken> given;
  private final int givenLength;
  private List<IndexToken> tokens = List.of();
  private int next;
  private int textLength;

  /** A tokenizer that analyses its reader. */
  public IndexTokenizer() {
    this.given = null;
    this.givenLength = 0;
  }

  /** A tokenizer replaying {@code tokens} of a text {@code textLength} chars long; no reader. */
  public IndexTokenizer(List<IndexToken> tokens, int textLength) {
    this.given = List.copyOf(tokens);
    this.givenLength = textLength;
    setReader(new java.io.StringReader(""));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
    if (given != null) {
      tokens = given;
      textLength = givenLength;
      return;
    }
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    for (int n = input.read(buf); n >= 0; n = input.read(buf)) {
      sb.append(buf, 0, n);
    }
    String text = sb.toString();
    tokens = IndexTokens.of(Analysis.analyze(text));
    textLength = text.length();
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

  private int pendingGap;

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(textLength);
    offset.setOffset(finalOffset, finalOffset);
    posInc.setPositionIncrement(pendingGap);
  }
}
