package dev.kiji.cli;

import dev.kiji.search.ArticleSearcher;
import dev.kiji.serve.SearchServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kiji serve}: the search page on http://127.0.0.1:8080/ until Ctrl-C. */
@Command(
    name = "serve",
    description = {
      "Serve a local search page: search box, highlighted snippets, party and month facets,",
      "and article pages with the extracted mentions marked. Stops with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port, printed on start).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("kiji serve: error: --port must be 0..65535");
      return Main.USAGE;
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(index);
        SearchServer server = SearchServer.start(searcher, new InetSocketAddress(bind, port))) {
      String host = server.address().getAddress().isAnyLocalAddress() ? "localhost" : bind;
      out.println("kiji serve: http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
          + "/  (index " + index + "; Ctrl-C to stop)");
      out.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
      return Main.OK;
    } catch (IOException e) {
      err.println("kiji serve: error: " + e.getMessage());
      return Main.FAILED;
    }
  }
}
