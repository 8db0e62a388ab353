package org.daxkit.reference.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.Cluster;

/**
 * Eight SDK clients run random cluster operations against one server at once, while a ninth completes
 * transitions now and then. Every answer is a success or an expected modeled fault, every cluster
 * shown keeps its invariants, and once everything settles every cluster is whole and available.
 */
class ConcurrentClientsTest {
    private static final long SEED = 20_260_601L;
    private static final int THREADS = 8;
    private static final int OPS_PER_THREAD = 25;
    private static final int COMPLETIONS = 10;
    private static final List<String> CLUSTERS = List.of("ka", "kb", "kc", "kd");

    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void randomConcurrentOperationsKeepEveryClusterConsistent() throws Exception {
        SdkCalls calls = new SdkCalls(t.dax);
        List<Cluster> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                Random random = new Random(SEED + thread);
                running.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < OPS_PER_THREAD; i++) {
                        Op op = Op.random(random, CLUSTERS);
                        outcomes.add(op + " -> " + calls.call(op, seen));
                    }
                    return null;
                }));
            }
            running.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < COMPLETIONS; i++) {
                    t.server.completeTransitions();
                    Thread.sleep(5); // spreads the completions over the run; no timing is asserted
                }
                return null;
            }));
            go.countDown();
            for (Future<?> thread : running) {
                thread.get(120, TimeUnit.SECONDS); // rethrows the first unexpected answer
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).hasSize(THREADS * OPS_PER_THREAD);
        assertThat(outcomes).as("some calls succeed").anyMatch(o -> o.endsWith("-> success"));
        assertThat(seen.stream().flatMap(c -> ClusterInvariants.violations(c).stream()).toList())
                .as("invariants of every cluster answered during the run").isEmpty();

        List<Cluster> before = t.dax.describeClusters().clusters();
        assertThat(before.stream().flatMap(c -> ClusterInvariants.violations(c).stream()).toList())
                .as("invariants of the final DescribeClusters").isEmpty();

        t.server.completeTransitions();
        List<Cluster> settled = t.dax.describeClusters().clusters();
        assertThat(settled.stream().flatMap(c -> ClusterInvariants.violations(c).stream()).toList())
                .as("invariants once every transition completed").isEmpty();
        for (Cluster cluster : settled) {
            assertThat(cluster.status()).as(cluster.toString()).isEqualTo("available");
            assertThat(cluster.activeNodes()).as(cluster.toString()).isEqualTo(cluster.totalNodes());
            assertThat(cluster.nodeIdsToRemove()).as(cluster.toString()).isEmpty();
            assertThat(cluster.totalNodes()).as(cluster.toString()).isBetween(1, 10);
        }
    }
}
