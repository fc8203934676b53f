package dev.kiji.analyze;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** A token stream as one line per token, for tests that compare two streams or check one. */
final class RenderedTokens {

  /** One token's line from its term, offsets, position increment and length. */
  @FunctionalInterface
  interface Line {
    String of(String term, int start, int end, int increment, int length);
  }

  private RenderedTokens() {}

  /**
   * The lines of every token of {@code ts} (consumed and closed); with {@code end} true, a last line
   * {@code end@finalOffset+finalIncrement}.
   */
  static List<String> of(TokenStream ts, Line line, boolean end) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(line.of(term.toString(), off.startOffset(), off.endOffset(), inc.getPositionIncrement(),
            len.getPositionLength()));
      }
      ts.end();
      if (end) {
        out.add("end@" + off.endOffset() + "+" + inc.getPositionIncrement());
      }
    }
    return out;
  }
}
