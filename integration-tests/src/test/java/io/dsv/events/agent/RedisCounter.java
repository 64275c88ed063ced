package io.dsv.events.agent;

import io.dsv.events.annotations.EventType;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Redis subscriber that counts what arrives per type (and, optionally, distinct event ids)
 * without keeping the messages: fast enough to follow a full-speed publisher. Lettuce resubscribes
 * it after a server restart.
 */
final class RedisCounter implements AutoCloseable {
  private static final Pattern TYPE = Pattern.compile("\"type\":\"([a-z0-9_]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private final RedisClient client = RedisClient.create();
  private final StatefulRedisPubSubConnection<String, byte[]> connection;
  private final Map<String, LongAdder> byType = new ConcurrentHashMap<>();
  private final Set<String> ids;

  private RedisCounter(String uri, String pattern, boolean keepIds) {
    this.ids = keepIds ? ConcurrentHashMap.newKeySet() : null;
    connection =
        client.connectPubSub(
            RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), RedisURI.create(uri));
    connection.addListener(
        new RedisPubSubAdapter<>() {
          @Override
          public void message(String pattern, String channel, byte[] message) {
            count(message);
          }
        });
    connection.sync().psubscribe(pattern);
  }

  /** Counts messages on channels matching {@code prefix*}. */
  static RedisCounter onPrefix(String uri, String prefix, boolean keepIds) {
    return new RedisCounter(uri, prefix + "*", keepIds);
  }

  private void count(byte[] message) {
    String head = new String(message, 0, Math.min(message.length, 200), StandardCharsets.UTF_8);
    Matcher type = TYPE.matcher(head);
    if (type.find()) {
      byType.computeIfAbsent(type.group(1), t -> new LongAdder()).increment();
    }
    if (ids != null) {
      Matcher id = ID.matcher(head);
      if (id.find()) {
        ids.add(id.group(1));
      }
    }
  }

  long received(EventType type) {
    LongAdder count = byType.get(type.wireName());
    return count == null ? 0 : count.sum();
  }

  long distinctIds() {
    return ids.size();
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown();
  }
}
