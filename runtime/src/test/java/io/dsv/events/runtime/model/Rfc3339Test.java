package io.dsv.events.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Rfc3339Test {

  @ParameterizedTest
  @CsvSource({
    "2026-12-04T19:00:00Z, 2026-12-04T19:00:00Z",
    "2026-12-04T19:00:00.1Z, 2026-12-04T19:00:00.1Z",
    "2026-12-04T19:00:00.100Z, 2026-12-04T19:00:00.1Z",
    "2026-12-04T19:00:00.000000001Z, 2026-12-04T19:00:00.000000001Z",
    "2026-12-04T19:00:00.123456789Z, 2026-12-04T19:00:00.123456789Z",
    "2026-12-04T19:00:00.012345Z, 2026-12-04T19:00:00.012345Z",
    "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z",
    "1970-01-01T00:00:00.5Z, 1970-01-01T00:00:00.5Z"
  })
  void writesWhatGoRfc3339NanoWrites(String instant, String expected) {
    assertThat(Rfc3339.format(Instant.parse(instant))).isEqualTo(expected);
    assertThat(Rfc3339.format(Instant.parse(instant))).isEqualTo(expected); // cached second
  }
}
