package io.dsv.events.demo.model;

import java.util.List;

/**
 * A snapshot submission as the dequeuer receives it.
 *
 * @param id the submission id
 * @param epochId its epoch
 * @param projectId its project
 * @param cid the snapshot's content id
 * @param slotId the submitter's slot
 * @param signatureValid whether its signature checks out
 * @param projects the projects it covers
 */
public record Submission(
    String id,
    String epochId,
    String projectId,
    String cid,
    long slotId,
    boolean signatureValid,
    List<String> projects) {}
