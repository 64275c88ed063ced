package io.dsv.events.agent.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.EventPayload;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayloadSchemaTest {

  /** The schema derives wire names by rule; the records' Jackson annotations are the contract. */
  @ParameterizedTest
  @EnumSource(EventType.class)
  void fieldNamesAreTheWireNamesJacksonWrites(EventType type) {
    List<String> jsonNames =
        Arrays.stream(EventPayload.classFor(type).getRecordComponents())
            .map(RecordComponent::getAccessor)
            .map(accessor -> accessor.getAnnotation(JsonProperty.class).value())
            .toList();

    assertThat(PayloadSchema.of(type).fieldNames()).isEqualTo(jsonNames);
  }

  @Test
  void snakeCaseSplitsAtEachCapital() {
    assertThat(PayloadSchema.snakeCase("slotId")).isEqualTo("slot_id");
    assertThat(PayloadSchema.snakeCase("submissionsCount")).isEqualTo("submissions_count");
    assertThat(PayloadSchema.snakeCase("reason")).isEqualTo("reason");
  }
}
