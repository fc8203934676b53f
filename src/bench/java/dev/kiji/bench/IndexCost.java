package dev.kiji.bench;

import dev.kiji.extract.Extractors;
import dev.kiji.index.IndexSchema;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.Pipeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * CPU seconds (this thread's; merges run on it too) of indexing the same analysed livedoor
 * articles with the full document of {@link IndexSchema} and with one part of it left out, so
 * each part's share of the index cost can be read off. Arguments: rounds, articles.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.IndexCost -Dbench.args="3 6086"
 * </pre>
 */
public final class IndexCost {

  private IndexCost() {}

  private record Variant(String name, UnaryOperator<Document> edit) {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 6086;
    Pipeline pipeline = new Pipeline(Extractors.defaults(), 1);
    List<ExtractedArticle> extracted = new ArrayList<>();
    for (Article a : LivedoorTexts.articles(limit)) {
      extracted.add(pipeline.extract(a, List.of()));
    }
    List<Variant> variants = List.of(
        new Variant("full", d -> d),
        new Variant("no reading", d -> without(d, "reading")),
        new Variant("no mention_type", d -> without(d, "mention_type")),
        new Variant("body positions only", IndexCost::bodyPositionsOnly),
        new Variant("title stored only", IndexCost::titleStoredOnly),
        new Variant("no stored fields", IndexCost::noStored),
        new Variant("body index only", IndexCost::bodyOnly));
    System.out.printf("%d articles; CPU s per round (addDocument + commit, serial merges)%n", extracted.size());
    for (int r = 1; r <= rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r + ":");
      for (Variant v : variants) {
        line.append(String.format("  %s %.2f", v.name(), index(extracted, v.edit())));
      }
      System.out.println(line);
    }
  }

  private static double index(List<ExtractedArticle> extracted, UnaryOperator<Document> edit) throws IOException {
    return TempIndex.cpuSeconds(w -> {
      int seq = 0;
      for (ExtractedArticle e : extracted) {
        w.addDocument(edit.apply(IndexSchema.document(e, "f", seq++, new byte[40])));
      }
    });
  }

  private static Document without(Document d, String name) {
    d.removeFields(name);
    return d;
  }

  private static Document bodyPositionsOnly(Document d) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    Document out = new Document();
    for (IndexableField f : d) {
      if (f.name().equals("body") && f.fieldType().indexOptions() != IndexOptions.NONE) {
        out.add(new Field("body", f.tokenStream(null, null), t));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static Document titleStoredOnly(Document d) {
    String title = d.get("title");
    d.removeFields("title");
    if (title != null) {
      d.add(new StoredField("title", title));
    }
    return d;
  }

  private static Document noStored(Document d) {
    Document out = new Document();
    for (IndexableField f : d) {
      if (f.fieldType().indexOptions() != IndexOptions.NONE || f.fieldType().docValuesType() != DocValuesType.NONE
          || f.fieldType().pointDimensionCount() > 0) {
        if (f.fieldType().stored()) {
          // a stored and indexed field (id, title): keep it indexed only
          if (f instanceof Field x && x.stringValue() != null && f.fieldType().tokenized()) {
            out.add(new Field(f.name(), x.stringValue(), TextField.TYPE_NOT_STORED));
            continue;
          }
          if (f instanceof Field x && x.stringValue() != null) {
            out.add(new StringField(f.name(), x.stringValue(), Field.Store.NO));
            continue;
          }
        }
        out.add(f);
      }
    }
    return out;
  }

  private static Document bodyOnly(Document d) {
    Document out = new Document();
    for (IndexableField f : d) {
      if (f.name().equals("body") && f.fieldType().indexOptions() != IndexOptions.NONE) {
        out.add(f);
      }
    }
    return out;
  }
}
