package io.dsv.events.runtime.publish;

import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.DsvEventsRuntime;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.testing.ChannelRecorder;
import io.dsv.events.runtime.testing.OwnRedisServer;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.runtime.testing.PublishedCounts;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rediss://}: the publisher talks TLS to a server of the test's own (a self-signed
 * certificate made with openssl; the subscriber checks on the plain port of the same server).
 */
@Timeout(60)
class RedisTlsTest {
  @TempDir Path dir;

  @Test
  void publishesOverTls() throws Exception {
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    Process openssl =
        new ProcessBuilder(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                key.toString(),
                "-out",
                cert.toString())
            .redirectErrorStream(true)
            .start();
    boolean made = openssl.waitFor(30, TimeUnit.SECONDS) && openssl.exitValue() == 0;
    Assumptions.assumeTrue(
        made && Files.exists(cert), "skipped: openssl could not make a test certificate here");
    int tlsPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      tlsPort = socket.getLocalPort();
    }
    OwnRedisServer server = OwnRedisServer.create();
    try {
      server.start(
          "--tls-port", String.valueOf(tlsPort),
          "--tls-cert-file", cert.toString(),
          "--tls-key-file", key.toString(),
          "--tls-ca-cert-file", cert.toString(),
          "--tls-auth-clients", "no");
    } catch (java.io.IOException notBuiltWithTls) {
      Assumptions.abort(
          "skipped: "
              + server.executable()
              + " has no TLS support: "
              + notBuiltWithTls.getMessage());
    }
    String prefix = Prefixes.unique();
    try (ChannelRecorder recorder = ChannelRecorder.patterns(server.uri(), prefix + ":*");
        DsvEventsRuntime runtime =
            DsvEventsRuntime.start(
                DsvEventsConfig.of(
                        Map.of(
                            // self-signed: this test checks the transport, not the trust chain
                            "redis.uri",
                            "rediss://127.0.0.1:" + tlsPort + "?verifyPeer=NONE",
                            "channel.prefix",
                            prefix,
                            "flush.interval",
                            "20ms"))
                    .requireValid())) {
      runtime.emitter().emitEpochStarted("dequeuer", "e1");

      await().atMost(Duration.ofSeconds(20)).until(() -> recorder.messages().size() == 1);
      PublishedCounts.awaitPublished(runtime, EventType.EPOCH_STARTED, 1);
    } finally {
      server.kill();
    }
  }
}
