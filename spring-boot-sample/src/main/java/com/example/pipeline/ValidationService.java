package com.example.pipeline;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** Validates submissions; its cached lookup makes Spring proxy it with CGLIB. */
@Service
public class ValidationService {

  /**
   * Validates a submission.
   *
   * @param submissionId the submission
   * @param epochId its epoch
   * @return whether it is valid
   */
  @EmitsEvent(
      type = EventType.SUBMISSION_VALIDATED,
      when = "result",
      payload = {"submission_id = submissionId", "epoch_id = epochId"})
  public boolean validate(String submissionId, String epochId) {
    return !submissionId.isEmpty();
  }

  /**
   * A cached lookup: the reason this bean is proxied.
   *
   * @param projectId the project
   * @return its name
   */
  @Cacheable("lookups")
  public String lookup(String projectId) {
    return "name of " + projectId;
  }
}
