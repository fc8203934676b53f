package dev.kiji.bench;

import dev.kiji.analyze.IndexAnalyzer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.FSDirectory;

/**
 * A throw-away Lucene index for the CPU-time harnesses: written like kiji's (64 MB buffer) but
 * with merges on the calling thread, so the thread's CPU time covers all of the index work.
 */
final class TempIndex {

  /** What is written into the index. */
  @FunctionalInterface
  interface Writes {
    void into(IndexWriter writer) throws IOException;
  }

  private TempIndex() {}

  /** CPU seconds of this thread for {@code writes} plus the commit; the folder is deleted after. */
  static double cpuSeconds(Writes writes) throws IOException {
    Path tmp = Files.createTempDirectory("kiji-temp-index");
    try (FSDirectory dir = FSDirectory.open(tmp)) {
      IndexWriterConfig config = new IndexWriterConfig(new IndexAnalyzer());
      config.setRAMBufferSizeMB(64);
      config.setMergeScheduler(new SerialMergeScheduler());
      long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      try (IndexWriter w = new IndexWriter(dir, config)) {
        writes.into(w);
        w.commit();
      }
      return (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
