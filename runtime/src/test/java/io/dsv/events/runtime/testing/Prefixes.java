package io.dsv.events.runtime.testing;

import java.util.UUID;

/** Channel prefixes no other test (or user of a shared server) writes to. */
public final class Prefixes {
  private Prefixes() {}

  /**
   * A fresh prefix.
   *
   * @return e.g. {@code dsvtest:1f3a9c2b}
   */
  public static String unique() {
    return "dsvtest:" + UUID.randomUUID().toString().substring(0, 8);
  }
}
