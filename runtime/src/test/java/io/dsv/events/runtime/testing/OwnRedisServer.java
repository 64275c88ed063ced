package io.dsv.events.runtime.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.embedded.core.ExecutableProvider;

/**
 * A real {@code redis-server} process that a test starts, kills and restarts itself: the one on the
 * PATH when there is one, else the binary shipped in the {@code embedded-redis} Maven package, so a
 * machine with no Redis at all runs the tests too. It keeps nothing on disk.
 */
public final class OwnRedisServer implements AutoCloseable {
  private final Path executable;
  private final int port;
  private final Path workDir;
  private Process process;

  private OwnRedisServer(Path executable, int port) throws IOException {
    this.executable = executable;
    this.port = port;
    this.workDir = Files.createTempDirectory("dsv-redis-");
  }

  /**
   * A server from the PATH's {@code redis-server}, else the embedded binary; not started.
   *
   * @return the server
   * @throws IOException when no binary can be found or unpacked
   */
  public static OwnRedisServer create() throws IOException {
    Path onPath = findOnPath();
    return new OwnRedisServer(onPath != null ? onPath : embeddedBinary(), freePort());
  }

  /**
   * A server from the {@code embedded-redis} package's binary, whatever the PATH holds: proves a
   * newcomer with no Redis installed can run the suite.
   *
   * @return the server, not started
   * @throws IOException when the binary cannot be unpacked
   */
  public static OwnRedisServer embedded() throws IOException {
    return new OwnRedisServer(embeddedBinary(), freePort());
  }

  /**
   * Starts (or starts again, on the same port) with extra directives such as {@code
   * "--requirepass", "secret"}; returns once the server answers.
   *
   * @param directives extra command-line directives
   * @return this server
   * @throws IOException when it does not come up
   */
  public OwnRedisServer start(String... directives) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(
        List.of(
            "--port", String.valueOf(port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", workDir.toString()));
    command.addAll(List.of(directives));
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("redis.log").toFile())
            .start();
    awaitAnswer(Duration.ofSeconds(20));
    return this;
  }

  /** Kills the process at once (SIGKILL), as a crash would, and waits for it to be gone. */
  public void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The server's URI, without credentials.
   *
   * @return e.g. {@code redis://127.0.0.1:41234}
   */
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /**
   * The server's URI with credentials.
   *
   * @param user the ACL user, or {@code null} for a password alone
   * @param password the password
   * @return e.g. {@code redis://app:pw@127.0.0.1:41234}
   */
  public String uri(String user, String password) {
    return "redis://" + (user == null ? "" : user) + ":" + password + "@127.0.0.1:" + port;
  }

  /**
   * The server's port.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Which binary runs, for test output.
   *
   * @return the executable's path
   */
  public Path executable() {
    return executable;
  }

  @Override
  public void close() {
    kill();
  }

  private void awaitAnswer(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "redis-server exited at start: " + Files.readString(workDir.resolve("redis.log")));
      }
      try (Socket socket = new Socket("127.0.0.1", port)) {
        OutputStream out = socket.getOutputStream();
        out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        int first = in.read();
        if (first == '+' || first == '-') { // +PONG, or -NOAUTH: it is up either way
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    throw new IOException("redis-server did not answer on port " + port + " within " + timeout);
  }

  private static Path findOnPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "redis-server");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static Path embeddedBinary() throws IOException {
    Path binary = ExecutableProvider.newJarResourceProvider().get().toPath();
    binary.toFile().setExecutable(true);
    return binary;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
