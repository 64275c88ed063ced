package io.dsv.events.runtime.testing;

import io.lettuce.core.RedisClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A plain Redis subscriber that records every message with its channel, as bytes. */
public final class ChannelRecorder implements AutoCloseable {
  /**
   * One received message.
   *
   * @param channel the channel it came on
   * @param body the message body
   */
  public record Message(String channel, byte[] body) {}

  private final RedisClient client;
  private final StatefulRedisPubSubConnection<String, byte[]> connection;
  private final List<Message> messages = new CopyOnWriteArrayList<>();

  private ChannelRecorder(String uri) {
    client = RedisClient.create(uri);
    connection = client.connectPubSub(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    connection.addListener(
        new RedisPubSubAdapter<>() {
          @Override
          public void message(String channel, byte[] message) {
            messages.add(new Message(channel, message));
          }

          @Override
          public void message(String pattern, String channel, byte[] message) {
            messages.add(new Message(channel, message));
          }
        });
  }

  /**
   * Subscribes to glob patterns; returns once subscribed.
   *
   * @param uri the server
   * @param patterns e.g. {@code "test:abc:*"}
   * @return the recorder
   */
  public static ChannelRecorder patterns(String uri, String... patterns) {
    ChannelRecorder recorder = new ChannelRecorder(uri);
    recorder.connection.sync().psubscribe(patterns);
    return recorder;
  }

  /**
   * The messages so far.
   *
   * @return a live, thread-safe list
   */
  public List<Message> messages() {
    return messages;
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown();
  }
}
