package org.daxkit.conformance.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;
import org.daxkit.conformance.support.ReferenceClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dax.DaxClient;

/**
 * The verdict a CI gate sees: whole CLI runs, every check, against broken variants of the reference, with
 * the exit code and verdict asserted. Clusters made with the control API, and an existing cluster with no
 * capabilities at all. (Fixed inputs against the recorded stubs: the stubs module.)
 */
class WholeRunTest {
    private static final String CLUSTER = "existing";
    private static final String NODE = "existing-b";
    private static ReferenceServer reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void startReference() {
        reference = MutantReference.start(Duration.ofMillis(1200));
    }

    @AfterAll
    static void stopReference() {
        reference.close();
    }

    @BeforeEach
    void resetReference() {
        reference.reset();
    }

    /** Representative defects, each of a kind that once slipped through or stalled a whole run. */
    enum Defect {
        SDK_UNPARSEABLE_DESCRIBE(Mutant.SDK_UNPARSEABLE_DESCRIBE),
        STATUS_IN_UPPER_CASE(Mutant.STATUS_IN_UPPER_CASE),
        REST_STYLE_NOT_FOUND(Mutant.REST_STYLE_NOT_FOUND),
        RETRIED_SERVER_ERROR(Mutant.RETRIED_SERVER_ERROR),
        ERROR_AS_TEXT(Mutant.ERROR_AS_TEXT),
        ERROR_WITHOUT_REQUEST_ID(Mutant.ERROR_WITHOUT_REQUEST_ID),
        NODE_NEVER_LEAVES_REBOOTING(Mutant.NODE_NEVER_LEAVES_REBOOTING),
        WRONG_FAULT_FOR_UNKNOWN_NODE(Mutant.WRONG_FAULT_FOR_UNKNOWN_NODE),
        FRESH_CLUSTER_PENDING(Mutant.FRESH_CLUSTER_PENDING),
        FRESH_CLUSTER_LISTS_NODES_TO_REBOOT(Mutant.FRESH_CLUSTER_LISTS_NODES_TO_REBOOT),
        REBOOT_LEAVES_PARAMETERS_PENDING(Mutant.REBOOT_LEAVES_PARAMETERS_PENDING),
        NO_EVENTS(Mutant.NO_EVENTS),
        EVENTS_OLDEST_FIRST(Mutant.EVENTS_OLDEST_FIRST),
        NODE_CREATE_TIME_IN_MILLIS(Mutant.NODE_CREATE_TIME_IN_MILLIS),
        REBOOT_WHILE_CREATING_SUCCEEDS(Mutant.REBOOT_WHILE_CREATING_SUCCEEDS),
        ACTIVE_NODES_LAG_AFTER_REBOOT(Mutant.ACTIVE_NODES_LAG_AFTER_REBOOT);

        final Mutant mutant;

        Defect(Mutant mutant) {
            this.mutant = mutant;
        }
    }

    @ParameterizedTest
    @EnumSource(Defect.class)
    void aWholeRunWithClustersMadeThroughTheControlApiIsNotConformant(Defect defect) throws Exception {
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), defect.mutant.mutation())) {
            WholeRuns.Run run = WholeRuns.cli(dir, List.of("--endpoint-url", proxy.endpoint().toString(),
                    "--seed", "42", "--tries", "5", "--shrinks", "5"));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NON_CONFORMANT);
            CheckResult meant = run.check(defect.mutant.check);
            assertThat(run.stdout()).contains(meant.level() == Level.MUST ? "Result: NOT CONFORMANT"
                    : "Result: CONFORMANT at MUST level, but a SHOULD/MAY check FAILED (exit 1");
            assertThat(meant.outcome()).as(meant.message()).isEqualTo(Outcome.FAILED);
            assertThat(run.results().checks()).as("no defect is mistaken for a missing operation")
                    .noneMatch(c -> c.outcome() == Outcome.NOT_IMPLEMENTED);
            assertThat(run.results().checks()).as("a wrong answer never leaves a MUST check unverified")
                    .noneMatch(c -> c.level() == Level.MUST && c.outcome() == Outcome.NOT_VERIFIED
                            && c.cause() != NotVerifiedCause.CAPABILITY);
            if (meant.level() != Level.MUST) {
                // exit 1 all the same (a CI gate trips on any failure), but no MUST check judges it again
                assertThat(run.results().checks()).as("a SHOULD/MAY defect fails no MUST check")
                        .noneMatch(c -> c.level() == Level.MUST && c.outcome() == Outcome.FAILED);
            }
        }
    }

    @Test
    void pendingParametersAreSetUpThroughUpdateClusterWhereTheTargetDeclaresThatWay() throws Exception {
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), new Mutation() { })) {
            WholeRuns.Run run = WholeRuns.cli(dir, List.of("--endpoint-url", proxy.endpoint().toString(),
                    "--capabilities", "createClusters,parameterGroupChange", "--checks", "params.applied-by-reboot",
                    "--create-timeout", "8s", "--reboot-timeout", "6s", "--modify-timeout", "8s"));

            CheckResult applied = run.check("params.applied-by-reboot");
            assertThat(applied.outcome()).as(run.toString()).isEqualTo(Outcome.PASSED);
            assertThat(applied.message()).contains("through UpdateCluster with parameter group");
        }
    }

    @Test
    void withoutAWayToMakeParametersPendingTheCheckSaysWhatIsMissing() throws Exception {
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), new Mutation() { })) {
            WholeRuns.Run run = WholeRuns.cli(dir, List.of("--endpoint-url", proxy.endpoint().toString(),
                    "--capabilities", "createClusters", "--checks", "params.applied-by-reboot"));

            CheckResult applied = run.check("params.applied-by-reboot");
            assertThat(applied.outcome()).isEqualTo(Outcome.NOT_VERIFIED);
            assertThat(applied.cause()).isEqualTo(NotVerifiedCause.CAPABILITY);
            assertThat(applied.message()).contains("pendingReboot", "parameterGroupChange");
        }
    }

    @Test
    void theCleanReferenceBehindTheSameProxyIsConformant() throws Exception {
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), new Mutation() { })) {
            WholeRuns.Run run = WholeRuns.cli(dir, List.of("--endpoint-url", proxy.endpoint().toString(),
                    "--seed", "42", "--tries", "5"));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
            assertThat(run.results().summary().passed()).isEqualTo(run.results().checks().size());
            assertThat(Files.readString(dir.resolve("results.json"))).contains("\"kind\" : \"CONFORMANT\"");
        }
    }

    @Test
    void anExistingClusterWithoutCapabilitiesIsConformantAndRebootsItsNodeTwice() throws Exception {
        createExistingCluster();
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), new Mutation() { })) {
            WholeRuns.Run run = WholeRuns.cli(dir, existingClusterArgs(proxy));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
            assertThat(run.stdout()).contains("the suite reboots node " + NODE + " 2 times");
            assertThat(run.results().checks()).filteredOn(c -> c.outcome() == Outcome.NOT_VERIFIED)
                    .allSatisfy(c -> assertThat(c.cause()).isEqualTo(NotVerifiedCause.CAPABILITY));
            assertThat(proxy.reboots(NODE)).as("successful RebootNode calls of the configured node: one shared"
                    + " reboot, and a reboot of the rebooting node (two calls, repeated if its race is lost)")
                    .isBetween(3, 7);
        }
    }

    @Test
    void anExistingClusterWhoseNodeNeverComesBackFailsQuicklyAtTheCheckWrittenForIt() throws Exception {
        createExistingCluster();
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(),
                Mutant.NODE_NEVER_LEAVES_REBOOTING.mutation())) {
            WholeRuns.Run run = WholeRuns.cli(dir, existingClusterArgs(proxy));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NON_CONFORMANT);
            CheckResult availableAgain = run.check("state.available-again");
            assertThat(availableAgain.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(availableAgain.message()).contains("wait: after RebootNode, node " + NODE,
                    "must be available again");
            assertThat(run.results().checks()).as("later checks fail at once with the same cause, none waits again")
                    .filteredOn(c -> c.outcome() == Outcome.FAILED && c.message().contains("as an earlier check found"))
                    .isNotEmpty();
        }
    }

    @Test
    void aRunCutShortByItsTimeBudgetIsInconclusive() throws Exception {
        try (ReferenceServer slow = ReferenceServer.builder().rebootDuration(Duration.ofSeconds(30)).start()) {
            WholeRuns.Run run = WholeRuns.cli(dir, List.of("--endpoint-url", slow.endpoint().toString(),
                    "--seed", "42", "--tries", "3", "--checks", "fault.node-not-found,state.available-again",
                    "--max-duration", "3s"));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INCONCLUSIVE);
            assertThat(run.stdout()).contains("Result: INCONCLUSIVE", "time budget 3 s");
            CheckResult cut = run.check("state.available-again");
            assertThat(cut.outcome()).isEqualTo(Outcome.NOT_VERIFIED);
            assertThat(cut.cause()).isEqualTo(NotVerifiedCause.BUDGET);
            assertThat(cut.message()).startsWith("budget exhausted");
            assertThat(Files.readString(dir.resolve("results.json"))).contains("\"kind\" : \"INCONCLUSIVE\"");
            assertThat(Files.readString(dir.resolve("junit.xml"))).contains("INCONCLUSIVE");
        }
    }

    private static List<String> existingClusterArgs(MutatingProxy proxy) {
        return new ArrayList<>(List.of("--endpoint-url", proxy.endpoint().toString(), "--capabilities", "none",
                "--cluster", CLUSTER, "--node", NODE, "--seed", "42", "--tries", "5",
                "--reboot-timeout", "4s", "--modify-timeout", "4s"));
    }

    private static void createExistingCluster() {
        try (DaxClient dax = ReferenceClients.dax(reference.endpoint())) {
            dax.createCluster(r -> r.clusterName(CLUSTER).nodeType("dax.r5.large").replicationFactor(3)
                    .iamRoleArn("arn:aws:iam::123456789012:role/DAXRole"));
        }
        reference.completeTransitions();
    }
}
