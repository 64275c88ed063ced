package io.dsv.events.demo.monitor;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;

/** Worker status changes, as an interface default method carrying the annotation. */
public interface WorkerWatch {

  /**
   * A worker changed status.
   *
   * @param workerId the worker
   * @param from its status before
   * @param to its status now
   */
  @EmitsEvent(
      type = EventType.WORKER_STATUS_CHANGED,
      severity = Severity.INFO,
      component = "worker",
      payload = {
        "worker_type = 'finalizer'",
        "worker_id = workerId",
        "previous_status = from",
        "current_status = to"
      })
  default void workerChanged(String workerId, String from, String to) {}
}
