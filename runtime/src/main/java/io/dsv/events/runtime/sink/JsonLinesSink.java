package io.dsv.events.runtime.sink;

import io.dsv.events.runtime.emitter.EventHandler;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.PayloadLimit;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every event as one line of JSON, byte for byte the message published to Redis, then a
 * newline ({@code dsv.events.log}). Subscribe it to an emitter; lines are flushed as written, so a
 * reader tailing the file sees each event at once.
 */
public final class JsonLinesSink implements EventHandler, AutoCloseable {
  private final OutputStream out;
  private final boolean ownsStream;
  private final PayloadLimit limit;

  private JsonLinesSink(OutputStream out, boolean ownsStream, PayloadLimit limit) {
    this.out = out;
    this.ownsStream = ownsStream;
    this.limit = limit;
  }

  /**
   * A sink for a {@code dsv.events.log} value.
   *
   * @param target {@code stdout}, {@code stderr} or a file path (appended to; parent folders are
   *     made)
   * @return the sink
   * @throws IOException when the file cannot be opened
   */
  public static JsonLinesSink open(String target) throws IOException {
    return open(target, PayloadLimit.byDefault());
  }

  /**
   * A sink for a {@code dsv.events.log} value, its lines held to a size limit.
   *
   * @param target {@code stdout}, {@code stderr} or a file path (appended to; parent folders are
   *     made)
   * @param limit the message size limit (shared with the publisher)
   * @return the sink
   * @throws IOException when the file cannot be opened
   */
  public static JsonLinesSink open(String target, PayloadLimit limit) throws IOException {
    return switch (target) {
      case "stdout" -> new JsonLinesSink(System.out, false, limit);
      case "stderr" -> new JsonLinesSink(System.err, false, limit);
      default -> {
        Path path = Path.of(target).toAbsolutePath();
        if (path.getParent() != null) {
          Files.createDirectories(path.getParent());
        }
        yield new JsonLinesSink(
            new BufferedOutputStream(new FileOutputStream(path.toFile(), true)), true, limit);
      }
    };
  }

  /**
   * A sink writing to a stream the caller owns.
   *
   * @param out the stream
   * @return the sink
   */
  public static JsonLinesSink to(OutputStream out) {
    return new JsonLinesSink(out, false, PayloadLimit.byDefault());
  }

  @Override
  public void handle(Event event) throws IOException {
    byte[] line = limit.encode(event);
    synchronized (out) {
      out.write(line);
      out.write('\n');
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (ownsStream) {
      out.close();
    } else if (!(out instanceof PrintStream)) {
      out.flush();
    }
  }
}
