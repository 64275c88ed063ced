package io.dsv.events.runtime.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A Prometheus scrape page, {@code http://<host>:<port>/metrics}, served by the JDK's own HTTP
 * server from a registry of its own (the runtime adds it to its composite registry).
 */
final class PrometheusEndpoint implements AutoCloseable {
  private static final String PATH = "/metrics";
  private static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final HttpServer server;

  private PrometheusEndpoint(PrometheusMeterRegistry registry, HttpServer server) {
    this.registry = registry;
    this.server = server;
  }

  /**
   * Opens the page on every interface.
   *
   * @param port the port; 0 for any free one
   * @return the running endpoint
   * @throws IOException when the port cannot be bound
   */
  static PrometheusEndpoint open(int port) throws IOException {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.setExecutor(
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "dsv-events-prometheus");
              thread.setDaemon(true);
              return thread;
            }));
    server.createContext(PATH, exchange -> respond(exchange, registry));
    startAsDaemon(server);
    return new PrometheusEndpoint(registry, server);
  }

  /**
   * The JDK server's dispatcher thread inherits the daemon flag of the thread that starts it; a
   * non-daemon one would keep the application's JVM alive after {@code main} ends.
   */
  private static void startAsDaemon(HttpServer server) {
    Thread starter = new Thread(server::start, "dsv-events-prometheus-start");
    starter.setDaemon(true);
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void respond(HttpExchange exchange, PrometheusMeterRegistry registry)
      throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", TEXT_FORMAT);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  PrometheusMeterRegistry registry() {
    return registry;
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    registry.close();
  }
}
