package io.dsv.events.runtime.publish;

import io.dsv.events.annotations.EventType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Channel names as the Go components use them: {@code <prefix>:<category>}, or {@code
 * <protocol>:<market>:<prefix>:<category>} when both protocol and data market are set; the stream
 * types, which have no category, go to {@code <prefix>} itself.
 *
 * @param prefix the channel prefix, {@code dsv:events} by default
 * @param protocol the protocol state identifier, or {@code ""}
 * @param dataMarket the data market address, or {@code ""}
 */
public record Channels(String prefix, String protocol, String dataMarket) {

  /** Normalises {@code null} to {@code ""}. */
  public Channels {
    protocol = protocol == null ? "" : protocol;
    dataMarket = dataMarket == null ? "" : dataMarket;
  }

  /**
   * The channel events of a type are published on.
   *
   * @param type an event type
   * @return e.g. {@code dsv:events:submission} or {@code prost_1b:0xabc:dsv:events:submission}
   */
  public String channelFor(EventType type) {
    return type.category().map(category -> categoryPrefix() + category).orElse(prefix);
  }

  /**
   * What to subscribe to for a set of types: the channels this configuration writes them to.
   *
   * @param types the types wanted; empty means all
   * @return exact channels and glob patterns
   */
  public Subscriptions subscriptionsFor(Set<EventType> types) {
    if (types.isEmpty()) {
      return allTypes();
    }
    Set<String> channels = new LinkedHashSet<>();
    for (EventType type : types) {
      channels.add(channelFor(type));
    }
    return new Subscriptions(List.copyOf(channels), List.of());
  }

  /**
   * Every channel any publisher with this prefix can write to, with or without a protocol and
   * market: {@code <prefix>}, {@code <prefix>:*} and {@code *:*:<prefix>:*}. (The Go reader
   * subscribes only {@code <prefix>:*} and so misses the last two.)
   *
   * @return the subscriptions
   */
  public Subscriptions allTypes() {
    List<String> patterns = new ArrayList<>();
    patterns.add(escape(prefix) + ":*");
    patterns.add("*:*:" + escape(prefix) + ":*");
    return new Subscriptions(List.of(prefix), patterns);
  }

  private String categoryPrefix() {
    if (!protocol.isEmpty() && !dataMarket.isEmpty()) {
      return protocol + ":" + dataMarket + ":" + prefix + ":";
    }
    return prefix + ":";
  }

  /** Escapes Redis glob characters so a prefix is matched literally. */
  private static String escape(String literal) {
    return literal.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
  }

  /**
   * Redis subscriptions.
   *
   * @param channels for {@code SUBSCRIBE}
   * @param patterns for {@code PSUBSCRIBE}
   */
  public record Subscriptions(List<String> channels, List<String> patterns) {}
}
