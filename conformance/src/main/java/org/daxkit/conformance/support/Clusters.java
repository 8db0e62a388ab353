package org.daxkit.conformance.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.daxkit.conformance.run.CheckAborted;
import org.daxkit.conformance.run.CheckFailure.Step;
import org.daxkit.conformance.run.CheckFailure;
import org.daxkit.conformance.targets.Capability;
import org.daxkit.conformance.targets.Target;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.DaxCalls;
import org.daxkit.reports.model.CreatedCluster;
import org.daxkit.reports.model.NotVerifiedCause;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.CreateClusterResponse;
import software.amazon.awssdk.services.dax.model.DeleteClusterResponse;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;

/**
 * The clusters checks run on: fresh ones (with fresh names) when the target can create clusters, else the
 * configured existing one. A wrong answer while setting one up is a failure of the check (step "setup");
 * once one setup has failed so, later checks needing the same fail at once with that cause instead of
 * each waiting out its own timeout. Remembers what it created and deletes it at the end.
 */
public final class Clusters {
    /** Answers to CreateCluster that are the account's limits, not the target's mistakes. */
    private static final Set<String> QUOTA_FAULTS = Set.of("NodeQuotaForCustomerExceededFault",
            "ClusterQuotaForCustomerExceededFault", "InsufficientClusterCapacityFault");
    private static final String CREATE = "creating a cluster";
    private static final String FIXTURE = "the configured cluster";
    private static final String REBOOT = "waiting for a rebooted node to be available again";

    private final Target target;
    private final DaxCalls calls;
    private final ClusterNames names;
    private final ExistingCluster existing;
    private final Waits waits;
    private final CapacityBudget capacity;
    /** Every cluster this run created and has not had deleted yet, with its size. */
    private final Map<String, Integer> created = new ConcurrentHashMap<>();
    /** Every cluster this run created, in order, with what became of its deletion. */
    private final Map<String, CreatedCluster> history = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Clusters created ahead of need, by size, taken by {@link #createAvailable}. */
    private final Map<Integer, Deque<String>> prefetched = new ConcurrentHashMap<>();
    private List<Integer> plan = List.of();
    private boolean planSent;
    private final Object registry = new Object();
    private boolean closing;
    private int inFlight;
    private final Set<String> rebootedBySuite = ConcurrentHashMap.newKeySet();
    private final Map<String, CheckFailure> failedSetups = new ConcurrentHashMap<>();
    private String fixtureName;

    public Clusters(Target target, DaxCalls calls, ClusterNames names, ExistingCluster existing, Waits waits,
                    CapacityBudget capacity) {
        this.target = target;
        this.calls = calls;
        this.names = names;
        this.existing = existing;
        this.waits = waits;
        this.capacity = capacity;
    }

    /**
     * The sizes of the clusters the run's checks will create. They are all sent at the first need, so that
     * their creations overlap and the run waits for creation about once, not once per cluster.
     */
    public synchronized void plan(List<Integer> sizes) {
        this.plan = List.copyOf(sizes);
    }

    private void sendPlan() {
        List<Integer> sizes;
        synchronized (this) {
            if (planSent || !canCreate()) {
                return;
            }
            planSent = true;
            sizes = plan;
        }
        for (int size : sizes) {
            if (!capacity.tryAcquire(size)) {
                return; // the rest are created on demand, as room frees up
            }
            String name = names.fresh();
            if (!register(name, size)) {
                return;
            }
            Answer<CreateClusterResponse> a = sendCreate(name, size);
            if (!a.ok()) {
                unregister(name);
                return; // the same CreateCluster, made on demand, fails the check that needs it
            }
            prefetched.computeIfAbsent(size, k -> new ConcurrentLinkedDeque<>()).add(name);
        }
    }

    public boolean canCreate() {
        return target.has(Capability.CREATE_CLUSTERS);
    }

    /** Whether the checks run on a configured existing cluster rather than fresh ones. */
    public boolean existingOnly() {
        return !canCreate() && existing != null;
    }

    public Waits waits() {
        return waits;
    }

    public CapacityBudget capacity() {
        return capacity;
    }

    /** Sends CreateCluster for a fresh name and returns at once (the cluster is `creating`). */
    public String startCreating(int replicationFactor) {
        if (!canCreate()) {
            throw CheckAborted.missing(Capability.CREATE_CLUSTERS, "a fresh cluster is needed");
        }
        failFastIfFailedBefore(CREATE);
        capacity.acquire(replicationFactor, target.timing().delete().plus(target.timing().modify()));
        String name = names.fresh();
        if (!register(name, replicationFactor)) {
            throw CheckAborted.notVerified(NotVerifiedCause.BUDGET, "the run is being interrupted: no new cluster");
        }
        Answer<CreateClusterResponse> a = sendCreate(name, replicationFactor);
        if (!a.ok()) {
            unregister(name);
        }
        if (a.errorCode() != null && QUOTA_FAULTS.contains(a.errorCode())) {
            throw CheckAborted.notVerified(NotVerifiedCause.SETUP, "setup: CreateCluster " + name + " hit the"
                    + " account's limits: " + a.summary() + "; free capacity or raise the limit and run again");
        }
        if (!a.ok()) {
            throw remember(CREATE, new CheckFailure(Step.SETUP, "CreateCluster " + name + " with ReplicationFactor "
                    + replicationFactor + " must succeed on a target that declares createClusters; got "
                    + a.summary(), a.exchange()));
        }
        return name;
    }

    /** A fresh available cluster: one created ahead of need when there is one of that size, else a new one. */
    public ClusterRef createAvailable(int replicationFactor) {
        if (!canCreate()) {
            throw CheckAborted.missing(Capability.CREATE_CLUSTERS, "a fresh cluster is needed");
        }
        failFastIfFailedBefore(CREATE);
        sendPlan();
        Deque<String> ready = prefetched.get(replicationFactor);
        String early = ready == null ? null : ready.poll();
        String name = early != null ? early : startCreating(replicationFactor);
        try {
            return awaitAvailable(name, target.timing().create());
        } catch (WaitFailed e) {
            throw remember(CREATE, e.toFailure(Step.SETUP, "cluster " + name + " created with ReplicationFactor "
                    + replicationFactor + " must become available (with every node available) within the"
                    + " target's create timeout (" + target.timing().create().toMillis() + " ms)"));
        }
    }

    /** A cluster for a reboot: fresh of the given size when possible, else the configured one. */
    public ClusterRef forReboot(int replicationFactor) {
        return canCreate() ? createAvailable(replicationFactor) : fixture();
    }

    /** A shared available cluster (three nodes when created) for checks that do not change it. */
    public synchronized ClusterRef fixture() {
        if (existing != null) {
            return configuredCluster();
        }
        if (fixtureName == null) {
            ClusterRef ref = createAvailable(3);
            fixtureName = ref.name();
            return ref;
        }
        return settledAgain(fixtureName, CREATE);
    }

    private ClusterRef configuredCluster() {
        ClusterRef ref;
        if (rebootedBySuite.contains(existing.name())) {
            ref = settledAgain(existing.name(), FIXTURE);
        } else {
            failFastIfFailedBefore(FIXTURE);
            try {
                ref = awaitAvailable(existing.name(), settleTimeout());
            } catch (WaitFailed e) {
                if (e.timedOut()) {
                    throw CheckAborted.notVerified(NotVerifiedCause.SETUP, "setup: the configured cluster "
                            + existing.name() + " was not available (every node available) within "
                            + settleTimeout().toMillis() + " ms before the suite touched it; last seen: "
                            + e.lastSeen());
                }
                throw remember(FIXTURE, e.toFailure(Step.SETUP, "DescribeClusters of the configured cluster "
                        + existing.name() + " must answer with a cluster in documented states"));
            }
        }
        if (!ref.nodeIds().contains(existing.nodeId())) {
            throw CheckAborted.notVerified(NotVerifiedCause.SETUP, "setup: the configured node "
                    + existing.nodeId() + " is not a node of cluster " + existing.name() + " " + ref.nodeIds()
                    + "; check --node");
        }
        return new ClusterRef(ref.name(), ref.snapshot(), existing.nodeId());
    }

    /** A cluster the suite used before, waited for until it is available again (after a reboot, say). */
    private ClusterRef settledAgain(String name, String kind) {
        failFastIfFailedBefore(kind);
        try {
            return awaitAvailable(name, settleTimeout());
        } catch (WaitFailed e) {
            throw remember(kind, e.toFailure(Step.WAIT, "cluster " + name + ", after the suite's own calls, must be"
                    + " available again (every node available) within the reboot and modify timeouts ("
                    + settleTimeout().toMillis() + " ms)"));
        }
    }

    private Duration settleTimeout() {
        return target.timing().reboot().plus(target.timing().modify());
    }

    /**
     * A reboot the suite followed did not complete: later waits for a reboot to complete fail at once, and so,
     * on a configured cluster, does every later check that needs it.
     */
    public void failedToSettle(CheckFailure failure) {
        remember(REBOOT, failure);
        if (existing != null) {
            remember(FIXTURE, failure);
        }
    }

    /**
     * Waits until the cluster is available again after the suite rebooted one of its nodes; fails at once when
     * an earlier reboot never completed.
     *
     * @throws WaitFailed when the time runs out or an answer is broken; callers name the step
     */
    public ClusterRef awaitAvailableAfterReboot(String name, Duration timeout) {
        failFastIfFailedBefore(REBOOT);
        try {
            return awaitAvailable(name, timeout);
        } catch (WaitFailed e) {
            remember(REBOOT, e.toFailure(Step.WAIT, "cluster " + name + " must be available again within " + timeout.toMillis()
                    + " ms after the suite rebooted one of its nodes"));
            throw e;
        }
    }

    public Target target() {
        return target;
    }

    /** Notes that the suite rebooted a node of the cluster, so a later failure to settle is the target's. */
    public void rebooted(String clusterName) {
        rebootedBySuite.add(clusterName);
    }

    /**
     * Waits until the cluster and all its nodes are available; finishes transitions first where the target
     * can. Stops at once on an answer that cannot mean "not yet".
     *
     * @throws WaitFailed when the time runs out or an answer is broken; callers name the step
     */
    public ClusterRef awaitAvailable(String name, Duration timeout) {
        completeTransitionsIfInstant();
        Answer<DescribeClustersResponse> a = waits.until("cluster " + name + " to become available", timeout,
                () -> calls.describeCluster(name), x -> ClusterViews.brokenWhileWaiting(x, Set.of()),
                x -> ClusterViews.settledAvailable(ClusterViews.only(x)), ClusterViews::describe);
        return new ClusterRef(name, ClusterViews.only(a), null);
    }

    /** Waits until DescribeClusters answers ClusterNotFoundFault for the name. */
    public void awaitGone(String name) {
        completeTransitionsIfInstant();
        waits.until("cluster " + name + " to disappear", target.timing().delete(), () -> calls.describeCluster(name),
                a -> ClusterViews.brokenWhileWaiting(a, Set.of("ClusterNotFoundFault")),
                a -> a.isFault("ClusterNotFoundFault"), ClusterViews::describe);
    }

    public Cluster describe(String name) {
        return ClusterViews.only(calls.describeCluster(name));
    }

    public void completeTransitionsIfInstant() {
        if (target.has(Capability.INSTANT_TRANSITIONS)) {
            target.control().ifPresent(c -> c.completeTransitions());
        }
    }

    /** Remembers a cluster a check created by other means, so cleanup deletes it. */
    public void track(String name) {
        if (created.putIfAbsent(name, 0) == null) {
            history.putIfAbsent(name, new CreatedCluster(name, 0, "not attempted"));
        }
    }

    /**
     * Notes a cluster before its CreateCluster is sent, so that an interruption at any moment still deletes it;
     * false once cleanup has begun, when no cluster may be created any more.
     */
    private boolean register(String name, int size) {
        synchronized (registry) {
            if (closing) {
                capacity.release(size);
                return false;
            }
            inFlight++;
            created.put(name, size);
            history.put(name, new CreatedCluster(name, size, "not attempted"));
            return true;
        }
    }

    /** Sends a registered CreateCluster; cleanup waits for the answer, so a deletion never overtakes it. */
    private Answer<CreateClusterResponse> sendCreate(String name, int size) {
        try {
            return calls.createCluster(name, size);
        } finally {
            synchronized (registry) {
                inFlight--;
                registry.notifyAll();
            }
        }
    }

    /** A CreateCluster that was not accepted: nothing to delete, and its room is free again. */
    private void unregister(String name) {
        history.remove(name);
        Integer size = created.remove(name);
        if (size != null) {
            capacity.release(size);
        }
    }

    /** Every cluster the run created so far and whether its deletion was accepted. */
    public List<CreatedCluster> history() {
        synchronized (history) {
            return List.copyOf(history.values());
        }
    }

    private void deletion(String name, String outcome) {
        history.computeIfPresent(name, (n, c) -> new CreatedCluster(n, c.nodes(), outcome));
    }

    /**
     * Deletes a cluster a check is done with, without waiting for it to go, so its room is free for the
     * checks still to come. Answers other than acceptance are left to the run's cleanup.
     */
    public void release(String name) {
        Integer size = created.get(name);
        if (size == null) {
            return;
        }
        Answer<DeleteClusterResponse> a = calls.deleteCluster(name);
        if (a.ok() || a.isFault("ClusterNotFoundFault")) {
            forget(name);
        } else {
            deletion(name, "not accepted: " + a.summary());
        }
    }

    /** Deletes every cluster this run created that is not the shared fixture. */
    public void releaseAllButFixture() {
        for (String name : List.copyOf(created.keySet())) {
            if (!name.equals(fixtureName)) {
                release(name);
            }
        }
        prefetched.clear();
    }

    private void forget(String name) {
        deletion(name, CreatedCluster.ACCEPTED);
        Integer size = created.remove(name);
        if (size != null && size > 0) {
            capacity.release(size);
        }
    }

    private void failFastIfFailedBefore(String kind) {
        CheckFailure earlier = failedSetups.get(kind);
        if (earlier != null) {
            throw new CheckFailure(Step.SETUP, "as an earlier check found while " + kind + ": "
                    + earlier.getMessage(), earlier.exchange());
        }
    }

    private CheckFailure remember(String kind, CheckFailure failure) {
        failedSetups.putIfAbsent(kind, failure);
        return failure;
    }

    /**
     * Deletes every cluster this run created: all DeleteClusters first, then one wait for those still in a
     * transition, then once more. Returns a line per cluster it could not delete.
     */
    public List<String> cleanup() {
        synchronized (registry) {
            closing = true;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (inFlight > 0 && System.nanoTime() < deadline) {
                try {
                    registry.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        Waits unbounded = new Waits(RunBudget.unlimited());
        List<String> busy = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : List.copyOf(created.keySet())) {
            deleteOnce(name, busy, problems);
        }
        for (String name : busy) {
            try {
                settle(unbounded, name);
            } catch (RuntimeException e) {
                problems.add(name + ": " + e.getMessage());
                continue;
            }
            deleteOnce(name, new ArrayList<>(), problems);
        }
        return problems;
    }

    private void deleteOnce(String name, List<String> busy, List<String> problems) {
        try {
            Answer<DeleteClusterResponse> a = calls.deleteCluster(name);
            if (a.ok() || a.isFault("ClusterNotFoundFault")) {
                forget(name);
            } else if (a.isFault("InvalidClusterStateFault")) {
                busy.add(name);
                deletion(name, "not accepted yet: " + a.summary());
            } else {
                problems.add(name + ": DeleteCluster answered " + a.summary());
                deletion(name, "not accepted: " + a.summary());
            }
        } catch (RuntimeException e) {
            problems.add(name + ": " + e.getMessage());
            deletion(name, "not accepted: " + e.getMessage());
        }
    }

    private void settle(Waits w, String name) {
        completeTransitionsIfInstant();
        w.until("cluster " + name + " to leave its transition", target.timing().modify(),
                () -> calls.describeCluster(name), a -> null,
                a -> !a.ok() || "available".equals(ClusterViews.only(a) == null ? null : ClusterViews.only(a).status()),
                ClusterViews::describe);
    }
}
