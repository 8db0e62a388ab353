package org.daxkit.conformance.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.conformance.support.ReferenceClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dax.DaxClient;

/**
 * Against a target whose transitions take time (no control API to end them), the suite runs clusters and model
 * sequences side by side, yet the nodes of its clusters on the target, deleting ones included (they still
 * count against an account's quota), never exceed {@code --max-nodes}. Sampled from outside while the whole
 * CLI runs: sampling can miss a peak but never invent one.
 */
class NodeLimitTest {
    private static final int MAX_NODES = 12;

    @Test
    void theRunsNodesOnTheTargetStayWithinMaxNodes(@TempDir Path reports) throws Exception {
        try (ReferenceServer slow = ReferenceServer.builder().createDuration(Duration.ofMillis(600))
                .rebootDuration(Duration.ofMillis(300)).modifyDuration(Duration.ofMillis(300))
                .deleteDuration(Duration.ofMillis(600)).start();
             DaxClient dax = ReferenceClients.dax(slow.endpoint())) {
            AtomicInteger peak = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    int nodes = dax.describeClusters(r -> { }).clusters().stream()
                            .mapToInt(c -> c.totalNodes() == null ? 0 : c.totalNodes()).sum();
                    peak.accumulateAndGet(nodes, Math::max);
                    sleep(20);
                }
            });
            sampler.start();
            WholeRuns.Run run;
            try {
                run = WholeRuns.cli(reports, List.of("--endpoint-url", slow.endpoint().toString(),
                        "--capabilities", "createClusters", "--max-nodes", String.valueOf(MAX_NODES)));
            } finally {
                running.set(false);
                sampler.join();
            }

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
            assertThat(run.stdout()).contains(MAX_NODES + " nodes of the suite's at once");
            assertThat(peak.get()).as("most nodes seen at once").isLessThanOrEqualTo(MAX_NODES)
                    // more than one sequence's worth: the limit is used, not merely respected by running alone
                    .isGreaterThan(4);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
