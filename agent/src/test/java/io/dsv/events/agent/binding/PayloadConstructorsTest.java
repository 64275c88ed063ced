package io.dsv.events.agent.binding;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.EventPayload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayloadConstructorsTest {

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyTypeBuildsItsRecordFromTheSchemaLayout(EventType type) {
    PayloadSchema schema = PayloadSchema.of(type);
    Object[] values = schema.emptyValues();
    WireField first = schema.field(schema.fieldNames().get(0)).orElseThrow();
    values[first.index()] = "x";

    EventPayload payload = schema.build((index, frame) -> values[index], null);

    assertThat(payload).isInstanceOf(EventPayload.classFor(type));
    assertThat(payload.toString()).contains("=x");
  }
}
