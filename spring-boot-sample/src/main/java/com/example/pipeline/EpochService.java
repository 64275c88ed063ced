package com.example.pipeline;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventField;
import io.dsv.events.annotations.EventType;

/** Epochs, annotated on the interface: every implementation emits. */
public interface EpochService {

  /**
   * Starts an epoch.
   *
   * @param epochId the epoch
   * @return the epoch
   */
  @EmitsEvent(type = EventType.EPOCH_STARTED, component = "sequencer")
  String start(@EventField("epoch_id") String epochId);
}
