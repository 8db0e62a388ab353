package org.daxkit.reference.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reference.concurrency.Linearizer.Call;
import org.daxkit.reference.support.Clients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.Cluster;

/**
 * Small concurrent histories (3 threads x 4 calls on 2 clusters) through the SDK, each explained by
 * some sequential order of the test's own model that respects real time. Transitions are instant (zero
 * durations), so every call sees the previous calls' transitions complete.
 */
class LinearizabilityTest {
    private static final long SEED = 4_242_2026L;
    private static final int ROUNDS = 30;
    private static final int THREADS = 3;
    private static final int CALLS_PER_THREAD = 4;
    private static final List<String> CLUSTERS = List.of("la", "lb");

    private static ReferenceServer server;
    private static DaxClient dax;
    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        server = ReferenceServer.builder().clock(Clock.fixed(Instant.now(), ZoneOffset.UTC))
                .createDuration(Duration.ZERO).rebootDuration(Duration.ZERO).modifyDuration(Duration.ZERO)
                .deleteDuration(Duration.ZERO).start();
        dax = Clients.dax(server.endpoint());
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        dax.close();
        server.close();
    }

    @Test
    void everyHistoryHasASequentialExplanation() throws Exception {
        Random random = new Random(SEED);
        SdkCalls calls = new SdkCalls(dax);
        int explainedWithFaults = 0;
        for (int round = 0; round < ROUNDS; round++) {
            server.reset();
            ClusterModel initial = setUp(random, calls);
            List<List<Op>> plans = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                List<Op> plan = new ArrayList<>();
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    plan.add(Op.random(random, CLUSTERS));
                }
                plans.add(plan);
            }
            List<Call> history = run(plans, calls);
            List<Cluster> shown = new ArrayList<>();
            assertThat(Linearizer.linearize(history, initial))
                    .as("round %d from %s: no sequential order explains %s", round, initial, history)
                    .isPresent();
            explainedWithFaults += history.stream().anyMatch(c -> !c.outcome().equals(Outcome.SUCCESS)) ? 1 : 0;
            shown.addAll(dax.describeClusters().clusters());
            assertThat(shown.stream().flatMap(c -> ClusterInvariants.violations(c).stream()).toList())
                    .as("invariants after round %d", round).isEmpty();
        }
        assertThat(explainedWithFaults).as("rounds whose history includes faults").isPositive();
    }

    /** Each cluster exists at the start of a round or not, at random; the model starts the same way. */
    private static ClusterModel setUp(Random random, SdkCalls calls) {
        ClusterModel model = ClusterModel.empty();
        for (String name : CLUSTERS) {
            if (random.nextBoolean()) {
                Op create = new Op(Op.Kind.CREATE, name, 2, null);
                assertThat(calls.call(create, new ArrayList<>())).isEqualTo(Outcome.SUCCESS);
                model = model.apply(create).next();
            }
        }
        return model;
    }

    private static List<Call> run(List<List<Op>> plans, SdkCalls calls) throws Exception {
        List<Call> history = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(plans.size());
        List<Future<?>> threads = new ArrayList<>();
        for (int thread = 0; thread < plans.size(); thread++) {
            int id = thread;
            threads.add(pool.submit(() -> {
                start.await();
                for (Op op : plans.get(id)) {
                    long begin = System.nanoTime();
                    Outcome outcome = calls.call(op, new ArrayList<>());
                    history.add(new Call(id, op, outcome, begin, System.nanoTime()));
                }
                return null;
            }));
        }
        for (Future<?> thread : threads) {
            thread.get(60, TimeUnit.SECONDS);
        }
        return List.copyOf(history);
    }
}
