package dev.kiji.analyze;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Replays {@link IndexToken}s as a Lucene token stream: the terms, offsets and positions exactly
 * as {@link IndexTokens} made them (stop words and stop tags already left out, terms already
 * stemmed and lower-cased), so no filter runs at index time.
 *
 * <p>The tokens come either ready-made ({@link #IndexTokenizer(List, int)}: the article's tokens
 * from the analysis stage, so Kuromoji does not run again) or from the reader, which is then read
 * whole and analysed with {@link Analysis#analyze} and {@link IndexTokens#of} (queries, titles).
 * Both ways give the same tokens for the same text, so queries match what was indexed.
 */
public final class IndexTokenizer extends Tokenizer {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);

  private final List<IndexToken> given;
  private final int givenLength;
  private List<IndexToken> tokens = List.of();
  private int next;
  private int textLength;
  private int endGap;

  /** A tokenizer that analyses its reader. */
  public IndexTokenizer() {
    this.given = null;
    this.givenLength = 0;
  }

  /**
   * A tokenizer replaying {@code tokens} of a text {@code textLength} chars long; no reader. The
   * tokens are taken as final (what {@link IndexTokens#of} gives).
   */
  public IndexTokenizer(List<IndexToken> tokens, int textLength) {
    this.given = tokens instanceof IndexTokens ? tokens : List.copyOf(tokens);
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
    } else {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[4096];
      for (int n = input.read(buf); n >= 0; n = input.read(buf)) {
        sb.append(buf, 0, n);
      }
      String text = sb.toString();
      tokens = IndexTokens.of(Analysis.analyze(text));
      textLength = text.length();
    }
    endGap = tokens instanceof IndexTokens t ? t.endGap() : 0;
  }

  @Override
  public boolean incrementToken() {
    if (next >= tokens.size()) {
      return false;
    }
    clearAttributes();
    IndexToken t = tokens.get(next++);
    term.setEmpty().append(t.term());
    offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
    posInc.setPositionIncrement(t.positionIncrement());
    posLen.setPositionLength(t.positionLength());
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(textLength);
    offset.setOffset(finalOffset, finalOffset);
    posInc.setPositionIncrement(endGap);
  }
}
