package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.tools.attach.VirtualMachine;
import io.dsv.events.annotations.EventType;
import io.dsv.events.demo.SampleApp;
import io.dsv.events.runtime.model.AggregationPayload;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.model.FinalizationPayload;
import io.dsv.events.runtime.model.QueueDepthPayload;
import io.dsv.events.runtime.model.SubmissionPayload;
import io.dsv.events.runtime.model.ValidatorBatchPayload;
import io.dsv.events.runtime.model.WindowPayload;
import io.dsv.events.runtime.testing.ChannelRecorder;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.runtime.testing.RedisServers;
import io.dsv.events.samples.BrokenAnnotations;
import io.dsv.events.samples.ConflictingLibrariesApp;
import io.dsv.events.samples.CustomLoaderApp;
import io.dsv.events.samples.LongRunningApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The built agent jar in real child JVMs, against a real Redis server. */
@Timeout(180)
class AgentIT {
  @TempDir Path dir;

  private final String redis = RedisServers.shared();
  private final String prefix = Prefixes.unique();

  private static List<Event> events(Path log) throws IOException {
    if (!Files.exists(log)) {
      return List.of();
    }
    return Files.readAllLines(log).stream().map(EventJson::read).toList();
  }

  private static List<Event> ofType(List<Event> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void everyEventTypeReachesRedisAndTheLogFromAnnotatedMethods() throws Exception {
    Path log = dir.resolve("events.jsonl");
    try (ChannelRecorder recorder = ChannelRecorder.patterns(redis, prefix + "*")) {
      ChildJvm.Result run =
          ChildJvm.java()
              .agent("redis.uri=" + redis + ",channel.prefix=" + prefix + ",log=" + log)
              .run(SampleApp.class);

      assertThat(run.exitCode()).isZero();
      assertThat(run.stderr()).contains("[dsv-events] agent").doesNotContain("Problem");
      List<Event> events = events(log);
      assertThat(events.stream().map(Event::type).collect(Collectors.toSet()))
          .isEqualTo(EnumSet.allOf(EventType.class));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> recorder.messages().size() >= events.size());
      List<String> lines = Files.readAllLines(log);
      assertThat(recorder.messages())
          .extracting(m -> new String(m.body(), StandardCharsets.UTF_8))
          .containsExactlyInAnyOrderElementsOf(lines);
      checkPayloads(events);
    }
  }

  private static void checkPayloads(List<Event> events) {
    // RETURN with when = "result" and "!result", payload from a record argument
    List<Event> validated = ofType(events, EventType.SUBMISSION_VALIDATED);
    assertThat(validated).hasSize(2); // Dequeuer (interface annotation) + StrictDequeuer, once each
    Event viaInterface =
        validated.stream().filter(e -> e.component().equals("dequeuer")).findFirst().orElseThrow();
    SubmissionPayload good = (SubmissionPayload) viaInterface.payload();
    assertThat(good.submissionId()).isEqualTo("sub_1");
    assertThat(good.slotId()).isEqualTo(7);
    assertThat(good.projectIds()).containsExactly("p1", "p2");
    assertThat(viaInterface.submissionId()).isEqualTo("sub_1");
    Event strict =
        validated.stream()
            .filter(e -> e.component().equals("strict-dequeuer"))
            .findFirst()
            .orElseThrow();
    assertThat(((SubmissionPayload) strict.payload()).reason()).isEqualTo("strict");

    List<Event> rejected = ofType(events, EventType.SUBMISSION_REJECTED);
    Event invalid =
        rejected.stream().filter(e -> e.submissionId().equals("sub_2")).findFirst().orElseThrow();
    assertThat(invalid.severity().wireName()).isEqualTo("warning");
    assertThat(invalid.error()).isEqualTo("validation failed");
    assertThat(((SubmissionPayload) invalid.payload()).reason()).isEqualTo("invalid signature");
    // EXCEPTION phase: the exception's message
    Event thrown =
        rejected.stream()
            .filter(e -> e.severity().wireName().equals("error"))
            .findFirst()
            .orElseThrow();
    assertThat(((SubmissionPayload) thrown.payload()).reason()).isEqualTo("empty batch bafyempty");
    assertThat(thrown.error()).isEqualTo("empty batch bafyempty");

    // ENTRY with metadata
    List<Event> received = ofType(events, EventType.SUBMISSION_RECEIVED);
    assertThat(received).hasSize(3);
    // superclass annotation, override without one calling super: emitted once; generic method
    Event requeued = received.get(2);
    assertThat(requeued.submissionId()).isEqualTo("sub_2");
    assertThat(((SubmissionPayload) requeued.payload()).reason()).isEqualTo("requeued");
    assertThat(requeued.metadata()).containsEntry("requeued_by", "delayed");
    assertThat(received.get(0).metadata())
        .containsEntry("source", "peer_1")
        .containsEntry("queue", "submissionQueue");
    assertThat(((SubmissionPayload) received.get(0).payload()).submitterId()).isEqualTo("peer_1");

    // when = "depth != result": the second sample (unchanged depth) emits nothing
    List<Event> depth = ofType(events, EventType.QUEUE_DEPTH_CHANGED);
    assertThat(depth).hasSize(1);
    assertThat(((QueueDepthPayload) depth.get(0).payload()).currentDepth()).isEqualTo(620);

    // record with Instant and Duration; conversions to unix seconds and nanoseconds
    WindowPayload closed = (WindowPayload) ofType(events, EventType.WINDOW_CLOSED).get(0).payload();
    assertThat(closed.closedAt()).isEqualTo(1796410820L);
    assertThat(closed.duration()).isEqualTo(20_000_000_000L);
    assertThat(closed.submissionsCount()).isEqualTo(2);

    // @EventField
    assertThat(ofType(events, EventType.EPOCH_STARTED).get(0).epochId()).isEqualTo("epoch_1");
    // CompletionStage: emitted on completion with the completed value
    FinalizationPayload finalized =
        (FinalizationPayload) ofType(events, EventType.FINALIZATION_COMPLETED).get(0).payload();
    assertThat(finalized.merkleRoot()).isEqualTo("0xroot-epoch_1-2");
    // array length, varargs, Map keys in a static method
    assertThat(
            ((FinalizationPayload) ofType(events, EventType.FINALIZATION_STARTED).get(0).payload())
                .projectCount())
        .isEqualTo(3);
    FinalizationPayload part =
        (FinalizationPayload) ofType(events, EventType.PART_COMPLETED).get(0).payload();
    assertThat(part.partId()).isEqualTo(1);
    assertThat(part.batchId()).isEqualTo(3);
    assertThat(part.projectIds()).containsExactly("p1", "p2");
    // when on a primitive argument; ENTRY and RETURN of the same call; collection size
    assertThat(ofType(events, EventType.AGGREGATION_LEVEL1_STARTED)).hasSize(1);
    AggregationPayload level2 =
        (AggregationPayload)
            ofType(events, EventType.AGGREGATION_LEVEL2_COMPLETED).get(0).payload();
    assertThat(level2.consensusReached()).isTrue();
    assertThat(level2.validatorCount()).isEqualTo(2);
    // public fields of a nested class
    ValidatorBatchPayload batch =
        (ValidatorBatchPayload) ofType(events, EventType.VALIDATOR_BATCH_RECEIVED).get(0).payload();
    assertThat(batch.validatorId()).isEqualTo("v2");
    assertThat(batch.projectCount()).isEqualTo(3);
    // interface default method; envelope worker id from the payload
    Event worker = ofType(events, EventType.WORKER_STATUS_CHANGED).get(0);
    assertThat(worker.workerId()).isEqualTo("worker_1");
    assertThat(worker.component()).isEqualTo("worker");
    // static method, severity
    assertThat(ofType(events, EventType.STREAM_HEALTH).get(0).severity().wireName())
        .isEqualTo("debug");
  }

  @Test
  void behaviourIsIdenticalWithAndWithoutTheAgent() throws Exception {
    ChildJvm.Result without = ChildJvm.java().run(SampleApp.class);
    ChildJvm.Result with =
        ChildJvm.java().agent("log=" + dir.resolve("e.jsonl")).run(SampleApp.class);

    assertThat(with.exitCode()).isEqualTo(without.exitCode()).isZero();
    assertThat(with.stdoutLines()).isEqualTo(without.stdoutLines());
    assertThat(without.stdout()).contains("store empty threw -> empty batch bafyempty at store");
  }

  @Test
  void badAnnotationsAreReportedAndTheirMethodsLeftAlone() throws Exception {
    Path log = dir.resolve("events.jsonl");
    ChildJvm.Result run = ChildJvm.java().agent("log=" + log).run(BrokenAnnotations.class);

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("resultAtEntry -> e").contains("DONE");
    String b = "io.dsv.events.samples.BrokenAnnotations#";
    assertThat(run.stderr())
        .contains(
            b
                + "syntaxError: @EmitsEvent(type = EPOCH_STARTED) payload \"epoch_id = epochId &&\": syntax error at column")
        .contains(
            b
                + "unknownRoot: @EmitsEvent(type = EPOCH_STARTED) payload \"epoch_id = epoch\": unknown root 'epoch'; roots here: epochId")
        .contains(
            b
                + "unknownProperty: @EmitsEvent(type = WINDOW_OPENED) payload \"epoch_id = window.epochIdentifier\": 'window.epochIdentifier': Window has no property 'epochIdentifier'; it has:")
        .contains(
            b
                + "unknownField: @EmitsEvent(type = SUBMISSION_VALIDATED) payload \"epoch = epochId\": unknown payload field 'epoch'; submission_validated has: submission_id, epoch_id, project_id, snapshot_cid, slot_id, submitter_id, reason, project_ids")
        .contains(
            b
                + "cannotConvert: @EmitsEvent(type = QUEUE_DEPTH_CHANGED) payload \"current_depth = ids\": a List cannot become current_depth (a whole number)")
        .contains(
            b
                + "resultOnVoid: @EmitsEvent(type = EPOCH_STARTED) payload \"epoch_id = result\": 'result' is not available: the method returns void")
        .contains(
            b
                + "resultAtEntry: @EmitsEvent(type = EPOCH_STARTED) payload \"epoch_id = result\": 'result' is not available at ENTRY")
        .contains(
            b
                + "conditionNotBoolean: @EmitsEvent(type = EPOCH_STARTED) when = \"epochId\": 'epochId' is a String, but a condition must be boolean")
        .contains(
            b
                + "getterThrows: a binding failed on a call (java.lang.IllegalStateException: getter bug)")
        .contains("The method is left as it was.");
    List<Event> events = events(log);
    assertThat(events).extracting(Event::epochId).containsExactly("e1", "epoch_from_holder");
  }

  @Test
  void disabledMeansNothingIsWovenOrStarted() throws Exception {
    Path log = dir.resolve("events.jsonl");
    ChildJvm.Result run = ChildJvm.java().agent("enabled=false,log=" + log).run(SampleApp.class);

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("DONE");
    assertThat(run.stderr())
        .contains("Disabled (dsv.events.enabled=false)")
        .as("nothing is appended to the bootstrap class path, so the JVM's CDS stays whole")
        .doesNotContain("Sharing is only supported");
    assertThat(log).doesNotExist();
  }

  @Test
  void typesAndExcludeLimitWeaving() throws Exception {
    Path log = dir.resolve("events.jsonl");
    ChildJvm.Result run =
        ChildJvm.java()
            .agent(
                "types=epoch_started,window_opened,queue_depth_changed,exclude=io.dsv.events.demo.monitor,log="
                    + log)
            .run(SampleApp.class);

    assertThat(run.exitCode()).isZero();
    assertThat(events(log)).extracting(Event::type).containsExactly(EventType.EPOCH_STARTED);
  }

  @Test
  void strictModeStopsTheJvmOnABadSetting() throws Exception {
    ChildJvm.Result run = ChildJvm.java().agent("strict=true,batch.size=lots").run(SampleApp.class);

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.stdout()).doesNotContain("DONE");
    assertThat(run.stderr()).contains("Invalid agent argument batch.size='lots'");
  }

  @Test
  void strictModeStopsTheJvmOnABadAnnotationOnTheClassPath() throws Exception {
    // BrokenAnnotations sits in the same classes folder as SampleApp.
    ChildJvm.Result run = ChildJvm.java().agent("strict=true").run(SampleApp.class);

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.stdout()).doesNotContain("DONE");
    assertThat(run.stderr())
        .contains("dsv.events.strict=true and the agent found problems")
        .contains("io.dsv.events.samples.BrokenAnnotations#unknownField")
        .contains("unknown payload field 'epoch'");
  }

  @Test
  void aBadSettingWithoutStrictIsReportedAndTheAppRuns() throws Exception {
    ChildJvm.Result run = ChildJvm.java().agent("batch.size=lots").run(SampleApp.class);

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("DONE");
    assertThat(run.stderr())
        .contains("Invalid agent argument batch.size='lots': expected a whole number");
  }

  @Test
  void classesOfACustomClassLoaderAreWoven() throws Exception {
    Path log = dir.resolve("events.jsonl");
    ChildJvm.Result run = ChildJvm.java().agent("log=" + log).run(CustomLoaderApp.class);

    assertThat(run.stdout()).contains("loader -> custom");
    assertThat(events(log)).extracting(Event::epochId).containsExactly("epoch_custom_loader");
  }

  @Test
  void anApplicationWithItsOwnJacksonNettyLettuceByteBuddyMicrometerAndReactorRunsUnchanged()
      throws Exception {
    Path libs = Path.of(System.getProperty("dsv.app.libs", "target/app-libs"));
    ChildJvm app = ChildJvm.java();
    try (var jars = Files.list(libs)) {
      jars.forEach(app::classPath);
    }
    Path log = dir.resolve("events.jsonl");
    ChildJvm.Result run = app.agent("log=" + log).run(ConflictingLibrariesApp.class);

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout())
        .contains("jackson -> 2.15.4")
        .contains("json -> {\"a\":1}")
        .contains("netty -> netty-common-4.1.100.Final")
        .contains("lettuce -> port 6390")
        .contains("lettuce jar -> lettuce-core-6.3.2.RELEASE.jar")
        .contains("bytebuddy -> generated true")
        .contains("bytebuddy jar -> byte-buddy-1.17.8.jar")
        .contains("micrometer -> count 1.0")
        .contains("micrometer jar -> micrometer-core-1.12.13.jar")
        .contains("reactor -> sum 10")
        .contains("reactor jar -> reactor-core-3.6.11.jar");
    assertThat(events(log)).extracting(Event::epochId).containsExactly("epoch_conflicts");
  }

  @Test
  void attachingToARunningJvmWeavesItsLoadedClasses() throws Exception {
    Path stop = dir.resolve("stop");
    Path log = dir.resolve("events.jsonl");
    Process app = ChildJvm.java().start(LongRunningApp.class, stop.toString());
    try {
      java.io.BufferedReader out =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("READY");
      VirtualMachine vm = VirtualMachine.attach(String.valueOf(app.pid()));
      try {
        vm.loadAgent(ChildJvm.agentJar().toString(), "log=" + log);
      } finally {
        vm.detach();
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> events(log).size() >= 3);
      Files.writeString(stop, "stop");
      assertThat(app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(events(log)).allMatch(e -> e.type() == EventType.EPOCH_STARTED);
    } finally {
      app.destroyForcibly();
    }
  }

  @Test
  void shutdownFlushesEventsEmittedJustBeforeTheEndOfMain() throws Exception {
    try (ChannelRecorder recorder = ChannelRecorder.patterns(redis, prefix + "*")) {
      ChildJvm.Result run =
          ChildJvm.java()
              .agent("redis.uri=" + redis + ",channel.prefix=" + prefix + ",flush.interval=30s")
              .run(SampleApp.class);

      assertThat(run.exitCode()).isZero();
      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.messages().size() >= 24);
      Set<String> types =
          recorder.messages().stream()
              .map(m -> EventJson.read(m.body()).type().wireName())
              .collect(Collectors.toSet());
      assertThat(types).hasSize(20);
      assertThat(Arrays.asList(run.stderr().split("\n")))
          .noneMatch(line -> line.contains("Problem"));
    }
  }
}
