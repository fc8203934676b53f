package dev.kiji.opensearch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugin.analysis.kuromoji.AnalysisKuromojiPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4ModulePlugin;

@OpenSearchIntegTestCase.ClusterScope(scope = OpenSearchIntegTestCase.Scope.SUITE, numDataNodes = 2)
public class ClusterSmokeTest extends OpenSearchIntegTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(AnalysisKuromojiPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Settings nodeSettings(int ordinal) {
    return Settings.builder().put(super.nodeSettings(ordinal)).put("http.type", "netty4").build();
  }

  public void testHttp() throws Exception {
    var addr = internalCluster().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
    String url = "http://" + addr.getAddress() + ":" + addr.getPort();
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "/_analyze")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"tokenizer\":\"kuromoji_tokenizer\",\"text\":\"補助金を申請\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    System.out.println(url + " " + r.statusCode() + " " + r.body());
    assertEquals(200, r.statusCode());
  }
}
