package io.dsv.events.agent.binding;

/** The value of each payload field of one event, asked for by the field's component index. */
@FunctionalInterface
interface FieldValues {
  /**
   * The value of one field, converted to its record component's type (boxed).
   *
   * @param index the record component's position, as {@link WireField#index()}
   * @param frame the call the event is built for
   * @return the value
   */
  Object value(int index, Frame frame);
}
