package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.Cluster;

/** Concurrent clients see one consistent state: bounded loops on loopback only. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int CALLS = 20;
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void concurrentCreatesRebootsAndDescribesStayConsistent() throws Exception {
        t.availableCluster("shared", 3);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int id = thread;
                results.add(pool.submit(() -> {
                    t.dax.createCluster(b -> b.clusterName("own" + id).nodeType("dax.r5.large").replicationFactor(1)
                            .iamRoleArn(TestServer.ROLE));
                    int ok = 0;
                    for (int call = 0; call < CALLS; call++) {
                        String node = "shared-" + (char) ('a' + call % 3);
                        Cluster cluster = t.dax.rebootNode(b -> b.clusterName("shared").nodeId(node)).cluster();
                        ok += cluster.totalNodes() == 3 && cluster.activeNodes() <= 3 ? 1 : 0;
                        t.dax.describeClusters();
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).as("consistent RebootNode answers").isEqualTo(CALLS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(t.dax.describeClusters().clusters()).hasSize(THREADS + 1);
        assertThat(t.describe("shared").activeNodes()).as("every node rebooting").isZero();
        t.server.completeTransitions();
        assertThat(t.describe("shared").activeNodes()).isEqualTo(3);
    }
}
