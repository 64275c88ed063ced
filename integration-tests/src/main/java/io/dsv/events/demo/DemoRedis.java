package io.dsv.events.demo;

import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.config.Redaction;
import io.dsv.events.runtime.config.Settings;
import io.dsv.events.runtime.testing.OwnRedisServer;
import java.io.IOException;

/**
 * The Redis server the demo uses: the one {@code dsv.events.redis.uri} names, else a real {@code
 * redis-server} the demo starts and stops itself (the one on the PATH, or the binary of the {@code
 * embedded-redis} package).
 */
final class DemoRedis implements AutoCloseable {
  private final String uri;
  private final OwnRedisServer own;

  private DemoRedis(String uri, OwnRedisServer own) {
    this.uri = uri;
    this.own = own;
  }

  static DemoRedis open() throws IOException {
    String configured = DsvEventsConfig.fromEnvironment(null).get(Settings.REDIS_URI);
    if (configured != null) {
      return new DemoRedis(configured, null);
    }
    OwnRedisServer server = OwnRedisServer.create().start();
    return new DemoRedis(server.uri(), server);
  }

  String uri() {
    return uri;
  }

  String describe() {
    return own == null
        ? Redaction.redactUri(uri) + " (dsv.events.redis.uri)"
        : uri + " (a redis-server the demo started; set dsv.events.redis.uri to use yours)";
  }

  @Override
  public void close() {
    if (own != null) {
      own.close();
    }
  }
}
