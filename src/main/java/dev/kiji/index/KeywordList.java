package dev.kiji.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The values of a many-valued keyword field as one token stream: each value is one term, as a
 * {@code StringField} per value would index it (documents only, no norms), but Lucene handles one
 * field instead of hundreds. Used for the {@code reading} field, about 230 values per article.
 *
 * <pre>{@code
 * doc.add(new Field("reading", new KeywordList(List.of("キシダ", "フミオ")), KeywordList.TYPE));
 * }</pre>
 */
final class KeywordList extends TokenStream {

  /** Indexed like {@code StringField.TYPE_NOT_STORED}: documents only, no norms. */
  static final FieldType TYPE = type();

  private final List<String> values;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private int next;

  KeywordList(List<String> values) {
    this.values = values;
  }

  private static FieldType type() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setOmitNorms(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.freeze();
    return t;
  }

  @Override
  public boolean incrementToken() {
    if (next >= values.size()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(values.get(next++));
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }
}
