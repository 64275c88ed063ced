package io.dsv.events.agent;

import java.io.IOException;
import java.net.ServerSocket;

/** A TCP port free at the moment, for a child's Prometheus page. */
final class FreePort {
  private FreePort() {}

  static int find() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
