package io.dsv.events.runtime.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigInteger;

/** Go's {@code uint64} on a Java {@code long}: the same 64 bits, read and written unsigned. */
final class UnsignedLongJson {
  private UnsignedLongJson() {}

  /** Writes the long as an unsigned JSON number. */
  static final class Writer extends StdSerializer<Long> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Long.class);
    }

    @Override
    public void serialize(Long value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value >= 0) {
        gen.writeNumber(value);
      } else {
        gen.writeNumber(new BigInteger(Long.toUnsignedString(value)));
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Long value) {
      return value == null || value == 0L;
    }
  }

  /** Reads an unsigned JSON number up to 2^64-1 into a long. */
  static final class Reader extends StdDeserializer<Long> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return Long.parseUnsignedLong(parser.getValueAsString());
    }

    @Override
    public Long getNullValue(DeserializationContext context) {
      return 0L; // absent or null, as Go reads it into a uint64
    }
  }
}
