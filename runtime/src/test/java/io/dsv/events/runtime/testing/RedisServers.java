package io.dsv.events.runtime.testing;

import java.io.IOException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * Finds the Redis server that tests share, in the order DESIGN.md gives: {@code REDIS_URL} if set;
 * else a Testcontainers {@code redis} container when a Docker daemon answers; else a real {@code
 * redis-server} started here (see {@link OwnRedisServer}). Tests never flush it: they use channel
 * prefixes of their own.
 */
public final class RedisServers {
  private static String sharedUri;

  private RedisServers() {}

  /**
   * The shared server's URI, found (or started) on first use and kept for the JVM's life.
   *
   * @return e.g. {@code redis://127.0.0.1:6379}
   */
  public static synchronized String shared() {
    if (sharedUri == null) {
      sharedUri = find();
    }
    return sharedUri;
  }

  private static String find() {
    String fromEnv = System.getenv("REDIS_URL");
    if (fromEnv != null && !fromEnv.isBlank()) {
      System.out.println("[redis] using REDIS_URL=" + fromEnv);
      return fromEnv;
    }
    if (dockerAnswers()) {
      GenericContainer<?> container =
          new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      String uri = "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
      System.out.println("[redis] using a Testcontainers container at " + uri);
      return uri;
    }
    try {
      OwnRedisServer server = OwnRedisServer.create().start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::kill));
      System.out.println(
          "[redis] no REDIS_URL and no Docker: started "
              + server.executable()
              + " at "
              + server.uri());
      return server.uri();
    } catch (IOException e) {
      throw new IllegalStateException("No Redis server for the tests: " + e.getMessage(), e);
    }
  }

  private static boolean dockerAnswers() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
