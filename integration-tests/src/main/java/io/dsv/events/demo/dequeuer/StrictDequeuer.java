package io.dsv.events.demo.dequeuer;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import io.dsv.events.demo.model.Submission;

/**
 * A dequeuer whose validation overrides and calls the inherited one, with an annotation of its own:
 * each call emits its own event once, not the inherited ones too.
 */
public class StrictDequeuer extends Dequeuer {

  @Override
  @EmitsEvent(
      type = EventType.SUBMISSION_VALIDATED,
      component = "strict-dequeuer",
      when = "result",
      payload = {"submission_id = sub.id", "epoch_id = sub.epochId", "reason = 'strict'"})
  public synchronized boolean validate(Submission sub) {
    return super.validate(sub) && sub.slotId() > 0;
  }
}
