package kb.web.cache;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Carries page-cache invalidations to the other nodes over the Hazelcast instance Payara Micro runs
 * (JNDI {@code payara/Hazelcast}), as messages on one topic. Without Hazelcast (a test harness, or
 * a server started with it disabled) the cache is node-local, which is right for a single node.
 */
final class ClusterInvalidation {

  private static final Logger LOG = Logger.getLogger(ClusterInvalidation.class.getName());
  static final String TOPIC = "kb-page-cache";
  static final String ARTICLES = "articles";
  static final String THREADS = "threads";

  private final com.hazelcast.topic.ITopic<String> topic;

  private ClusterInvalidation(com.hazelcast.topic.ITopic<String> topic) {
    this.topic = topic;
  }

  /** Subscribes to the other nodes' invalidations (messages from this node are skipped). */
  static ClusterInvalidation join(Consumer<String> apply) {
    try {
      com.hazelcast.core.HazelcastInstance hz = InitialContext.doLookup("payara/Hazelcast");
      com.hazelcast.topic.ITopic<String> topic = hz.getTopic(TOPIC);
      String self = hz.getCluster().getLocalMember().getUuid().toString();
      topic.addMessageListener(
          m -> {
            if (m.getPublishingMember() == null
                || !self.equals(m.getPublishingMember().getUuid().toString())) {
              apply.accept(m.getMessageObject());
            }
          });
      return new ClusterInvalidation(topic);
    } catch (NamingException | RuntimeException | LinkageError e) {
      LOG.log(Level.INFO, "page cache is local to this node (no Hazelcast: {0})", e.toString());
      return new ClusterInvalidation(null);
    }
  }

  void publish(String kind) {
    if (topic == null) {
      return;
    }
    try {
      topic.publish(kind);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "page cache invalidation not sent to the cluster", e);
    }
  }
}
