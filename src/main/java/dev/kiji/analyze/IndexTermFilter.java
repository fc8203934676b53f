package dev.kiji.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The term filters of the index chain ({@link IndexAnalyzer#filter}: stop words, katakana
 * stemming, lower case) applied to one term at a time, with a per-thread cache by term. These
 * filters look at the term only, never at its neighbours, so filtering each distinct term once
 * gives what the filter chain gives token by token, without running it for every token.
 *
 * <pre>{@code
 * IndexTermFilter.get().apply("コンピューター");  // コンピュータ
 * IndexTermFilter.get().apply("ABC");            // abc
 * IndexTermFilter.get().apply("これ");           // null: a stop word
 * }</pre>
 */
final class IndexTermFilter {

  private static final int CACHE_LIMIT = 200_000;
  private static final ThreadLocal<IndexTermFilter> LOCAL = ThreadLocal.withInitial(IndexTermFilter::new);
  /** Cached value of a stop word (compared by identity). */
  private static final String STOP = new String("\u0000stop");

  private final OneTerm source = new OneTerm();
  private final TokenStream chain = IndexAnalyzer.filter(source);
  private final CharTermAttribute out = chain.addAttribute(CharTermAttribute.class);
  private final Map<String, String> cache = new HashMap<>();

  private IndexTermFilter() {}

  /** This thread's filter. */
  static IndexTermFilter get() {
    return LOCAL.get();
  }

  /** The term as indexed, or null when the chain drops it (a stop word). */
  String apply(String term) {
    String done = cache.get(term);
    if (done == null) {
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      done = run(term);
      cache.put(term, done);
    }
    return done == STOP ? null : done;
  }

  private String run(String term) {
    try {
      source.term = term;
      chain.reset();
      String result = chain.incrementToken() ? out.toString() : STOP;
      chain.end();
      chain.close();
      return result.equals(term) ? term : result;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no I/O here
    }
  }

  /** A stream of one term. */
  private static final class OneTerm extends TokenStream {
    private final CharTermAttribute att = addAttribute(CharTermAttribute.class);
    String term;
    private boolean done;

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      att.setEmpty().append(term);
      done = true;
      return true;
    }

    @Override
    public void reset() {
      done = false;
    }
  }
}
