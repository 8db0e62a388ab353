package org.daxkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.config.FixedInputs;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.run.ConformanceSession;
import org.daxkit.conformance.run.ProgressListener;
import org.daxkit.conformance.config.Capability;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunResults;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite against the stubs, as a target of its own: the existing cluster stub-cluster and
 * node stub-cluster-a, no capabilities (no cluster creation, no fault injection, no control API).
 * What the recording covers must PASS; what needs a capability the stubs lack must be NOT_VERIFIED with
 * its reason; nothing may FAIL.
 */
class StubsConformanceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** Checks whose every request is a recorded one (or is judged on whatever comes back): they must pass. */
    private static final Set<String> COVERED = Set.of(
            "shape.reboot-node.types", "shape.describe-clusters.types", "shape.reboot-node.enums",
            "shape.describe-clusters.enums", "shape.reboot-node.unknown-members",
            "shape.describe-clusters.unknown-members", "shape.reboot-node.members-present",
            "inv.requested-node-listed", "inv.node-ids-unique", "inv.total-nodes", "inv.active-nodes-bounded",
            "inv.cluster-arn", "inv.cluster-name", "inv.endpoint-url", "inv.other-nodes-untouched",
            "state.response-shows-rebooting", "state.describe-shows-rebooting", "state.available-again",
            "state.cluster-unchanged", "state.reboot-while-rebooting", "state.cluster-status-during-reboot",
            "state.active-nodes-during-reboot", "times.node-create-time",
            "wire.request-id", "wire.content-type", "wire.content-type-exact", "wire.error-shape");

    /**
     * Checks that send generated inputs on other targets; in fixed-inputs mode they send the recorded
     * unknown and malformed names instead, so they must pass too.
     */
    private static final Set<String> FIXED_INPUTS = Set.of(
            "fault.cluster-not-found", "fault.node-not-found",
            "fault.invalid-parameter.missing-cluster-name", "fault.invalid-parameter.missing-node-id",
            "fault.invalid-parameter.empty-cluster-name", "fault.invalid-parameter.empty-node-id",
            "fault.invalid-parameter.malformed-cluster-name", "fault.invalid-parameter.malformed-node-id");

    @Test
    void suitePassesWhatTheRecordingCoversAndSaysWhyForTheRest() {
        RunResults results = runSuiteAgainstTheStubs();
        String table = results.checks().stream()
                .map(c -> "  " + c.outcome() + " " + c.id() + (c.message() == null ? "" : ": " + firstLine(c.message())))
                .collect(Collectors.joining("\n"));

        assertThat(results.checks()).as("checks run").isNotEmpty();
        assertThat(results.checks())
                .withFailMessage("Expecting no check to fail against the stubs, but:%n%s", table)
                .noneMatch(c -> c.outcome() == Outcome.FAILED || c.outcome() == Outcome.NOT_IMPLEMENTED);
        assertThat(results.checks())
                .filteredOn(c -> COVERED.contains(c.id()))
                .withFailMessage("Expecting every check the recording covers (%s) to pass, but:%n%s", COVERED, table)
                .hasSize(COVERED.size())
                .allMatch(c -> c.outcome() == Outcome.PASSED);
        assertThat(results.checks())
                .filteredOn(c -> FIXED_INPUTS.contains(c.id()))
                .withFailMessage("Expecting every fixed-input check (%s) to pass, but:%n%s", FIXED_INPUTS, table)
                .hasSize(FIXED_INPUTS.size())
                .allMatch(c -> c.outcome() == Outcome.PASSED);
        assertThat(results.checks())
                .filteredOn(c -> !COVERED.contains(c.id()) && !FIXED_INPUTS.contains(c.id()))
                .withFailMessage("Expecting every other check to be NOT_VERIFIED for a missing capability (naming it)"
                        + " or an input a recording cannot give, but:%n%s", table)
                .allMatch(c -> c.outcome() == Outcome.NOT_VERIFIED
                        && (c.cause() == NotVerifiedCause.CAPABILITY && c.message().contains("needs capability")
                        || c.cause() == NotVerifiedCause.INPUT && c.message().contains("fixed inputs")));
    }

    @Test
    void theChecksNamedHereExistInTheSuite() {
        Set<String> all = allCheckIds().collect(Collectors.toSet());

        assertThat(all).as("the suite's check ids").containsAll(FIXED_INPUTS).containsAll(COVERED);
    }

    private static RunResults runSuiteAgainstTheStubs() {
        try (DaxStubs stubs = DaxStubs.start()) {
            try (ConformanceSession session = ConformanceSession.open(config(stubs))) {
                return session.runAll(ProgressListener.SILENT);
            }
        }
    }

    private static Stream<String> allCheckIds() {
        return ConformanceSession.selectChecks(ConformanceConfig.defaults()).stream().map(Check::id);
    }

    private static ConformanceConfig config(DaxStubs stubs) {
        return ConformanceConfig.defaults().toBuilder()
                .endpointUrl(stubs.endpoint())
                .targetName("dax-stubs")
                .capabilities(EnumSet.noneOf(Capability.class))
                .existingCluster(StubInputs.CLUSTER, StubInputs.NODE)
                .seed(20250101L)
                .tries(5)
                .createTimeout(TIMEOUT).rebootTimeout(TIMEOUT).modifyTimeout(TIMEOUT).deleteTimeout(TIMEOUT)
                .fixedInputs(new FixedInputs(StubInputs.UNKNOWN_CLUSTER, StubInputs.UNKNOWN_NODE,
                        StubInputs.MALFORMED_CLUSTER_NAME, StubInputs.MALFORMED_NODE_ID))
                .build();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
