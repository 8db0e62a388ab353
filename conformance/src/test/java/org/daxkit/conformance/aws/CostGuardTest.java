package org.daxkit.conformance.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.daxkit.conformance.cli.CliRun;
import org.daxkit.conformance.run.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nobody reaches AWS by accident, and nothing billable is created without consent: --aws is the only way to
 * the real endpoint, and there the suite prints its cluster plan and creates nothing without --confirm-costs.
 * These runs stop before any network traffic.
 */
class CostGuardTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/DAXServiceRole";

    @TempDir
    Path dir;

    @Test
    void onRealAwsTheSuitePrintsItsPlanAndCreatesNothingWithoutConfirmation() {
        CliRun run = CliRun.of("--aws", "--region", "eu-west-1", "--iam-role-arn", ROLE,
                "--access-key-id", "AKIDEXAMPLE", "--secret-access-key", "secret", "--report-dir", dir.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("nothing was created", "cluster plan: up to", "node type dax.t3.small",
                "node-hours", "--confirm-costs", "if failures are shrunk", "never more than 40 nodes at once",
                // real DAX's timeouts: a 300 min budget, 30 min each to modify and delete: 6 h of 40 nodes
                "at most 240 node-hours: 40 nodes for the run's time budget (--max-duration 300 min)");
    }

    /** The node-hour bound is one the run enforces: its node limit for its time budget and the cleanup. */
    @Test
    void theNodeHourBoundFollowsTheNodeLimitAndTheTimeBudget() {
        CliRun run = CliRun.of("--aws", "--region", "eu-west-1", "--iam-role-arn", ROLE, "--access-key-id",
                "AKIDEXAMPLE", "--secret-access-key", "secret", "--max-nodes", "12", "--max-duration", "2h");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        // 2 h of budget, 30 min each to modify and delete in the cleanup: 3 h of 12 nodes
        assertThat(run.stderr()).contains("never more than 12 nodes at once",
                "at most 36 node-hours: 12 nodes for the run's time budget (--max-duration 120 min)");
    }

    @Test
    void theNodeTypeIsAFlag() {
        CliRun run = CliRun.of("--aws", "--region", "eu-west-1", "--iam-role-arn", ROLE, "--node-type",
                "dax.r5.large", "--access-key-id", "AKIDEXAMPLE", "--secret-access-key", "secret");

        assertThat(run.stderr()).contains("node type dax.r5.large");
    }

    @Test
    void awsAndAnEndpointExcludeEachOtherAndCreatingClustersOnAwsNeedsARole() {
        CliRun both = CliRun.of("--aws", "--endpoint-url", "http://127.0.0.1:9", "--iam-role-arn", ROLE);
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.stderr()).contains("--aws and --endpoint-url exclude each other");

        CliRun noRole = CliRun.of("--aws", "--region", "eu-west-1");
        assertThat(noRole.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noRole.stderr()).contains("--iam-role-arn");
    }

    @Test
    void aMockOnLoopbackNeedsNoConfirmation() {
        CliRun run = CliRun.of("--endpoint-url", "http://127.0.0.1:9", "--report-dir", dir.toString());

        assertThat(run.exitCode()).as("unreachable, but not refused").isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(run.stderr()).doesNotContain("--confirm-costs");
    }
}
