package io.dsv.events.runtime.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what dsv-events logs through {@link System.Logger} (java.util.logging by default) while
 * a test runs.
 */
public final class CapturedLogs implements AutoCloseable {
  private final Logger logger;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          lines.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /**
   * Starts capturing a logger and its children.
   *
   * @param name e.g. {@code io.dsv.events}
   */
  public CapturedLogs(String name) {
    logger = Logger.getLogger(name);
    logger.addHandler(handler);
  }

  /**
   * The lines so far, each {@code LEVEL message}.
   *
   * @return a live list
   */
  public List<String> lines() {
    return lines;
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
  }
}
