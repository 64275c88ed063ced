package io.dsv.events.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsv.events.annotations.EventType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelsTest {

  @Test
  void channelsFollowTheWireContract() {
    Channels plain = new Channels("dsv:events", "", "");
    Channels prefixed = new Channels("dsv:events", "prost_1b", "0xabc");
    Channels halfSet = new Channels("dsv:events", "prost_1b", "");

    assertThat(plain.channelFor(EventType.SUBMISSION_VALIDATED)).isEqualTo("dsv:events:submission");
    assertThat(prefixed.channelFor(EventType.EPOCH_STARTED))
        .isEqualTo("prost_1b:0xabc:dsv:events:epoch");
    assertThat(halfSet.channelFor(EventType.EPOCH_STARTED)).isEqualTo("dsv:events:epoch");
    assertThat(prefixed.channelFor(EventType.STREAM_HEALTH)).isEqualTo("dsv:events");
    assertThat(plain.channelFor(EventType.STREAM_CLEANUP)).isEqualTo("dsv:events");
    assertThat(plain.channelFor(EventType.IPFS_STORAGE_COMPLETED)).isEqualTo("dsv:events:storage");
    assertThat(plain.channelFor(EventType.VALIDATOR_BATCH_RECEIVED))
        .isEqualTo("dsv:events:validator");
  }

  @Test
  void allTypesCoversPrefixedAndBareChannels() {
    Channels.Subscriptions all = new Channels("dsv:events", "p", "m").subscriptionsFor(Set.of());

    assertThat(all.channels()).containsExactly("dsv:events");
    assertThat(all.patterns()).containsExactly("dsv:events:*", "*:*:dsv:events:*");
  }

  @Test
  void typedSubscriptionsAreTheExactChannels() {
    Channels.Subscriptions some =
        new Channels("dsv:events", "", "")
            .subscriptionsFor(
                Set.of(
                    EventType.SUBMISSION_REJECTED,
                    EventType.SUBMISSION_VALIDATED,
                    EventType.STREAM_HEALTH));

    assertThat(some.channels()).containsExactlyInAnyOrder("dsv:events:submission", "dsv:events");
    assertThat(some.patterns()).isEmpty();
  }

  @Test
  void globCharactersInThePrefixAreMatchedLiterally() {
    assertThat(new Channels("a*b", "", "").allTypes().patterns()).contains("a\\*b:*");
  }
}
