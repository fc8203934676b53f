package dev.kiji.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiji.index.IndexField;
import dev.kiji.index.IndexSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The OpenSearch index (settings and mappings) of kiji's schema, derived from {@link
 * IndexSchema#FIELDS}; needs the analysis-kuromoji plugin on the cluster.
 *
 * <p>Analyzer {@value #ANALYZER}, the closest standard-component chain to the embedded {@code
 * IndexAnalyzer}:
 *
 * <pre>
 * char_filter  kiji_nfkc     mapping: NFKC of full/half-width forms and enclosed/squared signs
 *                            (ｶﾞｿﾘﾝ → ガソリン, ＡＢＣ → ABC, ㈱ → (株)), generated from the JDK's NFKC
 * tokenizer    kiji_kuromoji kuromoji_tokenizer, mode search, compounds kept
 *                            (discard_compound_token: false), kiji's user dictionary inline
 * filter       kuromoji_baseform, kuromoji_part_of_speech, cjk_width, ja_stop, kuromoji_stemmer, lowercase
 * </pre>
 *
 * <p>Field kinds map as: KEYWORD, FACET, KEYWORD_UNSTORED → keyword; STORED → text with {@code
 * index: false}; TEXT → text with the analyzer; TEXT_OFFSETS → the same with {@code index_options:
 * offsets}; DATE → date ({@code strict_date}); NUMBER families ({@code amount.*}) → a dynamic
 * template of doubles. Documents are searched in {@code _source}, so nothing is stored twice.
 *
 * <p>Weakness: the embedded index splits compounds by a search-mode pass over each normal-mode
 * token, OpenSearch runs search mode over the sentence; both keep the compound, but the parts can
 * differ. NFKC is applied only to the characters listed above (other NFKC changes are rare in news).
 */
public final class OpenSearchMapping {

  /** The analyzer name used by the text fields. */
  public static final String ANALYZER = "kiji_ja";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenSearchMapping() {}

  /** The body of {@code PUT /<index>}: settings (analysis) and mappings. */
  public static ObjectNode index(int shards, int replicas) {
    ObjectNode root = JSON.objectNode();
    ObjectNode settings = root.putObject("settings");
    settings.put("number_of_shards", shards);
    settings.put("number_of_replicas", replicas);
    settings.set("analysis", analysis());
    root.set("mappings", mappings());
    return root;
  }

  /** The analysis settings: char filter, tokenizer and analyzer {@value #ANALYZER}. */
  public static ObjectNode analysis() {
    ObjectNode analysis = JSON.objectNode();
    ObjectNode nfkc = analysis.putObject("char_filter").putObject("kiji_nfkc");
    nfkc.put("type", "mapping");
    ArrayNode rules = nfkc.putArray("mappings");
    nfkcRules().forEach(rules::add);
    ObjectNode tokenizer = analysis.putObject("tokenizer").putObject("kiji_kuromoji");
    tokenizer.put("type", "kuromoji_tokenizer");
    tokenizer.put("mode", "search");
    tokenizer.put("discard_compound_token", false);
    tokenizer.put("discard_punctuation", true);
    ArrayNode dict = tokenizer.putArray("user_dictionary_rules");
    userDictionary().forEach(dict::add);
    ObjectNode analyzer = analysis.putObject("analyzer").putObject(ANALYZER);
    analyzer.put("type", "custom");
    analyzer.putArray("char_filter").add("kiji_nfkc");
    analyzer.put("tokenizer", "kiji_kuromoji");
    ArrayNode filters = analyzer.putArray("filter");
    for (String f : List.of("kuromoji_baseform", "kuromoji_part_of_speech", "cjk_width", "ja_stop",
        "kuromoji_stemmer", "lowercase")) {
      filters.add(f);
    }
    return analysis;
  }

  /** The mappings: one property per declared field, a dynamic template per field family. */
  public static ObjectNode mappings() {
    ObjectNode mappings = JSON.objectNode();
    mappings.put("dynamic", "strict");
    ArrayNode templates = mappings.putArray("dynamic_templates");
    ObjectNode properties = mappings.putObject("properties");
    for (IndexField f : IndexSchema.FIELDS) {
      if (f.isFamily()) {
        String object = f.prefix().endsWith(".") ? f.prefix().substring(0, f.prefix().length() - 1) : f.prefix();
        ObjectNode t = templates.addObject().putObject(object.replace('.', '_') + "_family");
        t.put("path_match", f.name());
        t.set("mapping", property(f));
        properties.putObject(object).put("type", "object").put("dynamic", true);
      } else {
        properties.set(f.name(), property(f));
      }
    }
    return mappings;
  }

  private static ObjectNode property(IndexField f) {
    ObjectNode p = JSON.objectNode();
    switch (f.kind()) {
      case KEYWORD, FACET, KEYWORD_UNSTORED -> p.put("type", "keyword");
      case STORED -> p.put("type", "text").put("index", false);
      case TEXT -> p.put("type", "text").put("analyzer", ANALYZER);
      case TEXT_OFFSETS -> p.put("type", "text").put("analyzer", ANALYZER).put("index_options", "offsets");
      case DATE -> p.put("type", "date").put("format", "strict_date");
      case NUMBER -> p.put("type", "double");
    }
    return p;
  }

  /** kiji's Kuromoji user dictionary entries, as inline rules. */
  static List<String> userDictionary() {
    List<String> rules = new ArrayList<>();
    try (InputStream in = OpenSearchMapping.class.getResourceAsStream("/dev/kiji/analyze/userdict.txt")) {
      if (in == null) {
        return rules;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          rules.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rules;
  }

  /**
   * Mapping rules {@code \\uXXXX=>\\uYYYY} for the characters whose NFKC form differs: full-width
   * and half-width forms (with half-width kana plus voicing marks as pairs), enclosed and squared
   * CJK signs, circled numbers, Roman numerals. Results with whitespace are skipped.
   */
  static List<String> nfkcRules() {
    List<String> rules = new ArrayList<>();
    int[][] ranges = {{0x2160, 0x217F}, {0x2460, 0x24FF}, {0x3200, 0x33FF}, {0xFF01, 0xFFEE}};
    for (int[] range : ranges) {
      for (int c = range[0]; c <= range[1]; c++) {
        rule(rules, String.valueOf((char) c));
      }
    }
    for (int c = 0xFF66; c <= 0xFF9D; c++) {
      rule(rules, (char) c + "\uFF9E");
      rule(rules, (char) c + "\uFF9F");
    }
    return rules;
  }

  private static void rule(List<String> rules, String from) {
    String to = Normalizer.normalize(from, Normalizer.Form.NFKC);
    if (to.equals(from) || to.isEmpty() || to.chars().anyMatch(Character::isWhitespace)
        || (from.length() == 2 && to.length() != 1)) {
      return;
    }
    rules.add(escape(from) + "=>" + escape(to));
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
    return b.toString();
  }
}
