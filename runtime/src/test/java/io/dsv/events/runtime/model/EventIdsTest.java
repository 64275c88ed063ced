package io.dsv.events.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventIdsTest {

  @Test
  void idsMadeConcurrentlyInTheSameNanosecondAreUnique() throws Exception {
    Instant sameInstant = Instant.parse("2026-12-04T19:00:00Z");
    Set<String> ids = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      pool.execute(
          () -> {
            for (int i = 0; i < 50_000; i++) {
              ids.add(EventIds.next(sameInstant));
            }
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(ids).hasSize(200_000);
    String nanos = sameInstant.getEpochSecond() + "000000000";
    assertThat(ids).allMatch(id -> id.startsWith("evt_" + nanos + "_"));
  }

  @Test
  void idsCarryAProcessTokenSoOtherProcessesDiffer() {
    String id = EventIds.next(Instant.now());
    assertThat(id).matches("evt_\\d+_[0-9a-f]{16}_\\d+");
  }
}
