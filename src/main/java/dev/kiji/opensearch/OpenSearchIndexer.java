package dev.kiji.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ArticleSink;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes analysed articles into an OpenSearch index with {@code _bulk}, the document id being the
 * article id, so a re-run replaces documents instead of adding copies. Creates the index with
 * {@link OpenSearchMapping} when it does not exist (an existing index is used as it is).
 *
 * <p>Documents are sent in batches of {@value #BATCH} (or ~{@value #BATCH_BYTES} bytes); an item
 * the cluster rejects is recorded in {@link #errors} as {@code id: type: reason} and the run goes
 * on. {@link #close} sends the rest and refreshes the index, so the documents are searchable once
 * it returns. {@link #accept} may be called from several threads.
 *
 * <p>Weaknesses: no pruning of documents whose file was removed (the embedded index's {@code
 * --prune}); a failed request (cluster down) stops the run with an {@link IOException}.
 */
public final class OpenSearchIndexer implements ArticleSink {

  static final int BATCH = 500;
  static final int BATCH_BYTES = 8_000_000;

  private final OpenSearchClient client;
  private final String index;
  private final StringBuilder pending = new StringBuilder();
  private int pendingDocs;
  private int documents;
  private final List<String> errors = new ArrayList<>();

  /** Writes into {@code index}, created with the cluster's default shards and replicas if absent. */
  public OpenSearchIndexer(OpenSearchClient client, String index) throws IOException {
    this(client, index, null, null);
  }

  /** Writes into {@code index}, created with {@code shards}/{@code replicas} (null: cluster default) if absent. */
  public OpenSearchIndexer(OpenSearchClient client, String index, Integer shards, Integer replicas)
      throws IOException {
    this.client = client;
    this.index = index;
    createIfAbsent(client, index, shards, replicas);
  }

  /** Creates {@code index} with kiji's mapping unless it exists; true when it was created. */
  public static boolean createIfAbsent(OpenSearchClient client, String index, Integer shards, Integer replicas)
      throws IOException {
    String path = "/" + OpenSearchClient.segment(index);
    if (client.status("HEAD", path) == 200) {
      return false;
    }
    ObjectNode body = OpenSearchMapping.index(shards == null ? 1 : shards, replicas == null ? 1 : replicas);
    ObjectNode settings = (ObjectNode) body.get("settings");
    if (shards == null) {
      settings.remove("number_of_shards");
    }
    if (replicas == null) {
      settings.remove("number_of_replicas");
    }
    client.send("PUT", path, body);
    return true;
  }

  @Override
  public void accept(ExtractedArticle article) throws IOException {
    add(article.article().id(), OpenSearchDocuments.of(article));
  }

  /** Queues one document under {@code id}; sends the batch when it is full. */
  synchronized void add(String id, ObjectNode doc) throws IOException {
    ObjectNode action = OpenSearchClient.MAPPER.createObjectNode();
    action.putObject("index").put("_index", index).put("_id", id);
    pending.append(OpenSearchClient.MAPPER.writeValueAsString(action)).append('\n');
    pending.append(OpenSearchClient.MAPPER.writeValueAsString(doc)).append('\n');
    pendingDocs++;
    if (pendingDocs >= BATCH || pending.length() * 3L >= BATCH_BYTES) {
      flush();
    }
  }

  private void flush() throws IOException {
    if (pendingDocs == 0) {
      return;
    }
    JsonNode r = client.send("POST", "/_bulk", pending.toString(), "application/x-ndjson");
    int sent = pendingDocs;
    pending.setLength(0);
    pendingDocs = 0;
    int failed = 0;
    if (r.path("errors").asBoolean(false)) {
      for (JsonNode item : r.path("items")) {
        JsonNode result = item.path("index");
        if (result.has("error")) {
          failed++;
          errors.add(result.path("_id").asText() + ": " + OpenSearchClient.reason(result));
        }
      }
    }
    documents += sent - failed;
  }

  @Override
  public void error(InputError error) {
    // failed inputs have no document
  }

  /** Documents the cluster accepted so far. */
  public synchronized int documents() {
    return documents;
  }

  /** Documents the cluster rejected, as {@code id: type: reason}. */
  public synchronized List<String> errors() {
    return List.copyOf(errors);
  }

  @Override
  public synchronized void close() throws IOException {
    flush();
    client.send("POST", "/" + OpenSearchClient.segment(index) + "/_refresh", (JsonNode) null);
  }
}
