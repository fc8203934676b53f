package dev.kiji.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The term filters of the index chain ({@link IndexAnalyzer#filter}: stop words, katakana
 * stemming, lower case) applied to one term at a time. These filters look at the term only, never
 * at its neighbours, so filtering term by term gives what the filter chain gives token by token.
 *
 * <p>Most terms (kanji, kana, digits, lower-case Latin) are changed by neither the stemmer (it only
 * drops a final ー) nor lower-casing: for them only the stop word set is asked, directly. The
 * others run through Lucene's filters themselves, once per distinct term (a small per-thread
 * cache), so the result is Lucene's by construction.
 *
 * <pre>{@code
 * IndexTermFilter.get().apply("コンピューター");  // コンピュータ
 * IndexTermFilter.get().apply("ABC");            // abc
 * IndexTermFilter.get().apply("これ");           // null: a stop word
 * }</pre>
 */
final class IndexTermFilter {

  private static final int CACHE_LIMIT = 20_000;
  private static final ThreadLocal<IndexTermFilter> LOCAL = ThreadLocal.withInitial(IndexTermFilter::new);
  /** Cached value of a stop word (compared by identity). */
  private static final String STOP = new String("\u0000stop");

  /** The stop words as stored (lower case), their first chars and the longest length. */
  private static final Set<String> STOP_WORDS = stopWords(IndexAnalyzer.STOP_WORDS);
  /** Bits of the first chars of the stop words below U+3100 (ASCII, kana: 1.5 KB, stays cached). */
  private static final long[] STOP_FIRST = new long[0x3100 / 64];
  private static final int STOP_MAX = STOP_WORDS.stream().mapToInt(String::length).max().orElse(0);

  static {
    for (String w : STOP_WORDS) {
      char c = w.charAt(0);
      if (c < 0x3100) {
        STOP_FIRST[c >> 6] |= 1L << c;
      }
    }
  }

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
    if (!changes(term)) {
      // no char of the term has a lower case, so the set (ignoring case) matches it only as it is
      boolean stop = !term.isEmpty() && term.length() <= STOP_MAX && maybeStop(term.charAt(0))
          && STOP_WORDS.contains(term);
      return stop ? null : term;
    }
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

  /** False when no stop word starts with {@code c} (known for chars below U+3100 only). */
  private static boolean maybeStop(char c) {
    return c >= 0x3100 || (STOP_FIRST[c >> 6] & (1L << c)) != 0;
  }

  private static Set<String> stopWords(CharArraySet set) {
    Set<String> words = new HashSet<>();
    for (Object o : set) {
      String w = o instanceof char[] chars ? new String(chars) : o.toString();
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return Set.copyOf(words);
  }

  /**
   * False when neither stemming nor lower-casing can change {@code term}: it does not end with ー
   * (U+30FC, the only char the katakana stemmer removes) and no code point has a lower case.
   */
  static boolean changes(String term) {
    int n = term.length();
    if (n > 0 && term.charAt(n - 1) == '\u30FC') {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = term.charAt(i);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          return true;
        }
      } else if ((c >= 0x3041 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)) {
        // kana and CJK ideographs have no case
      } else {
        int cp = term.codePointAt(i);
        if (Character.toLowerCase(cp) != cp) {
          return true;
        }
        if (Character.charCount(cp) == 2) {
          i++;
        }
      }
    }
    return false;
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
