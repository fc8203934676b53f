package dev.kiji.opensearch;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugin.analysis.kuromoji.AnalysisKuromojiPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * An in-process 2-node OpenSearch cluster with analysis-common (a module of every distribution) and
 * analysis-kuromoji, serving real HTTP (netty4), so
 * kiji's own REST client ({@link OpenSearchClient}) is what the tests exercise.
 */
@OpenSearchIntegTestCase.ClusterScope(scope = OpenSearchIntegTestCase.Scope.SUITE, numDataNodes = 2, numClientNodes = 0)
public abstract class KijiClusterTestCase extends OpenSearchIntegTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(CommonAnalysisModulePlugin.class, AnalysisKuromojiPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Settings nodeSettings(int ordinal) {
    return Settings.builder().put(super.nodeSettings(ordinal)).put("http.type", "netty4").build();
  }

  /** The HTTP address of a node picked at random (any node serves the whole cluster). */
  protected String httpUrl() {
    TransportAddress a = internalCluster().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
    return "http://" + a.getAddress() + ":" + a.getPort();
  }

  /** The kiji project's root folder (the module is src/opensearch in it). */
  protected static Path projectRoot() {
    return Path.of(System.getProperty("kiji.project.root", "../..")).toAbsolutePath().normalize();
  }
}
