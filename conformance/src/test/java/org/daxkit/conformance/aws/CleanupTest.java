package org.daxkit.conformance.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.daxkit.conformance.cli.CliRun;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.conformance.wire.ClusterSettings;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.conformance.support.ReferenceClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Tag;

/** Sure cleanup: clusters are tagged, an interrupted run deletes what it made, and `cleanup` finds leftovers. */
class CleanupTest {
    @TempDir
    Path dir;

    @Test
    void everyClusterTheSuiteCreatesIsTaggedAndListedWithItsDeletionInTheResults() {
        // Long deletions, and no control API to complete them, so the deleted clusters can still be looked at.
        try (ReferenceServer server = ReferenceServer.builder().createDuration(Duration.ofMillis(200))
                .deleteDuration(Duration.ofMinutes(5)).start(); DaxClient dax = client(server)) {
            CliRun run = CliRun.of("--endpoint-url", server.endpoint().toString(), "--capabilities", "createClusters",
                    "--checks", "fault.node-not-found", "--tries", "3", "--report-dir", dir.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
            assertThat(run.stdout()).containsPattern("Clusters created: \\d+, deletion accepted for \\d+\\n");
            List<Cluster> left = dax.describeClusters().clusters();
            assertThat(left).isNotEmpty().allSatisfy(c -> {
                assertThat(c.status()).isEqualTo("deleting");
                assertThat(tags(dax, c)).contains(Tag.builder().key(ClusterSettings.CREATED_BY_KEY)
                        .value(ClusterSettings.CREATED_BY).build());
            });
        }
    }

    @Test
    void sigtermDuringARunDeletesTheClustersItCreated() throws Exception {
        // Slow reboots keep the run going long enough to be interrupted after its clusters exist.
        try (ReferenceServer server = ReferenceServer.builder().rebootDuration(Duration.ofSeconds(30)).start();
             DaxClient dax = client(server)) {
            Process p = new ProcessBuilder(List.of(CredentialsTest.javaBinary(), "-cp",
                    System.getProperty("java.class.path"), "org.daxkit.conformance.cli.ConformanceMain",
                    "--endpoint-url", server.endpoint().toString(), "--checks", "shape.,state.available-again",
                    "--tries", "3", "--report-dir", dir.toString())).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("output.txt").toFile()).start();
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (dax.describeClusters().clusters().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(dax.describeClusters().clusters()).as("the run created clusters").isNotEmpty();
                p.destroy(); // SIGTERM
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the run ended").isTrue();
                String output = Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);

                assertThat(output).contains("interrupted: deleting the clusters this run created");
                assertThat(dax.describeClusters().clusters()).as(output)
                        .allSatisfy(c -> assertThat(c.status()).isEqualTo("deleting"));
            } finally {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void cleanupListsTheKitsLeftoversAndDeletesThemOnlyWhenToldTo() {
        try (ReferenceServer server = ReferenceServer.builder().start(); DaxClient dax = client(server)) {
            create(dax, "cfleft-1", List.of(Tag.builder().key(ClusterSettings.CREATED_BY_KEY)
                    .value(ClusterSettings.CREATED_BY).build(), Tag.builder().key(ClusterSettings.RUN_KEY)
                    .value("cfleft").build()));
            create(dax, "someoneelses", List.of());
            server.completeTransitions();

            CliRun dry = CliRun.of("cleanup", "--endpoint-url", server.endpoint().toString());
            assertThat(dry.exitCode()).as(dry.toString()).isZero();
            assertThat(dry.stdout()).contains("1 cluster(s) of the DAX conformance kit", "cfleft-1", "run cfleft",
                    "dry run: nothing deleted").doesNotContain("someoneelses");
            assertThat(status(dax, "cfleft-1")).isEqualTo("available");

            CliRun yes = CliRun.of("cleanup", "--endpoint-url", server.endpoint().toString(), "--yes");
            assertThat(yes.exitCode()).as(yes.toString()).isZero();
            assertThat(yes.stdout()).contains("deleted cfleft-1");
            assertThat(status(dax, "cfleft-1")).isEqualTo("deleting");
            assertThat(status(dax, "someoneelses")).isEqualTo("available");
        }
    }

    @Test
    void cleanupWithoutATargetIsAUsageError() {
        CliRun run = CliRun.of("cleanup");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("cleanup needs --endpoint-url URL or --aws");
    }

    private static void create(DaxClient dax, String name, List<Tag> tags) {
        dax.createCluster(r -> r.clusterName(name).nodeType("dax.r5.large").replicationFactor(1)
                .iamRoleArn("arn:aws:iam::123456789012:role/DAXRole").tags(tags));
    }

    private static String status(DaxClient dax, String name) {
        return dax.describeClusters(r -> r.clusterNames(name)).clusters().get(0).status();
    }

    private static List<Tag> tags(DaxClient dax, Cluster c) {
        return dax.listTags(r -> r.resourceName(c.clusterArn())).tags();
    }

    static DaxClient client(ReferenceServer server) {
        return ReferenceClients.dax(server.endpoint());
    }
}
