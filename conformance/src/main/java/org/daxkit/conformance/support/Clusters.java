package org.daxkit.conformance.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.daxkit.conformance.run.CheckAborted;
import org.daxkit.conformance.targets.Capability;
import org.daxkit.conformance.targets.Target;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.DaxCalls;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.CreateClusterResponse;
import software.amazon.awssdk.services.dax.model.DeleteClusterResponse;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;

/**
 * The clusters checks run on: fresh ones (with fresh names) when the target can create clusters, else the
 * configured existing one. Setup problems make a check NOT_VERIFIED, never FAILED: they are not RebootNode's.
 * Remembers what it created and deletes it at the end.
 */
public final class Clusters {
    private final Target target;
    private final DaxCalls calls;
    private final ClusterNames names;
    private final ExistingCluster existing;
    private final Set<String> created = new LinkedHashSet<>();
    private String fixtureName;

    public Clusters(Target target, DaxCalls calls, ClusterNames names, ExistingCluster existing) {
        this.target = target;
        this.calls = calls;
        this.names = names;
        this.existing = existing;
    }

    public boolean canCreate() {
        return target.has(Capability.CREATE_CLUSTERS);
    }

    /** Sends CreateCluster for a fresh name and returns at once (the cluster is `creating`). */
    public String startCreating(int replicationFactor) {
        if (!canCreate()) {
            throw CheckAborted.missing(Capability.CREATE_CLUSTERS, "a fresh cluster is needed");
        }
        String name = names.fresh();
        Answer<CreateClusterResponse> a = calls.createCluster(name, replicationFactor);
        if (!a.ok()) {
            throw CheckAborted.notVerified("setup failed: CreateCluster " + name + " with ReplicationFactor "
                    + replicationFactor + " answered " + a.summary());
        }
        created.add(name);
        return name;
    }

    public ClusterRef createAvailable(int replicationFactor) {
        return awaitAvailable(startCreating(replicationFactor), target.timing().create());
    }

    /** A cluster for a reboot: fresh of the given size when possible, else the configured one. */
    public ClusterRef forReboot(int replicationFactor) {
        return canCreate() ? createAvailable(replicationFactor) : fixture();
    }

    /** A shared available cluster (three nodes when created) for checks that do not change it. */
    public ClusterRef fixture() {
        if (existing != null) {
            ClusterRef ref = awaitAvailable(existing.name(), target.timing().reboot().plus(target.timing().modify()));
            if (!ref.nodeIds().contains(existing.nodeId())) {
                throw CheckAborted.notVerified("setup failed: configured node " + existing.nodeId()
                        + " is not a node of cluster " + existing.name() + " " + ref.nodeIds());
            }
            return new ClusterRef(ref.name(), ref.snapshot(), existing.nodeId());
        }
        if (fixtureName == null) {
            ClusterRef ref = createAvailable(3);
            fixtureName = ref.name();
            return ref;
        }
        return awaitAvailable(fixtureName, target.timing().reboot().plus(target.timing().modify()));
    }

    /** Waits until the cluster and all its nodes are available; finishes transitions first where the target can. */
    public ClusterRef awaitAvailable(String name, Duration timeout) {
        completeTransitionsIfInstant();
        try {
            Answer<DescribeClustersResponse> a = Await.until("cluster " + name + " becoming available", timeout,
                    () -> calls.describeCluster(name), x -> ClusterViews.settledAvailable(ClusterViews.only(x)),
                    ClusterViews::describe);
            return new ClusterRef(name, ClusterViews.only(a), null);
        } catch (AwaitTimeout e) {
            throw CheckAborted.notVerified("setup failed: " + e.getMessage());
        }
    }

    /** Waits until DescribeClusters answers ClusterNotFoundFault for the name. */
    public void awaitGone(String name) {
        completeTransitionsIfInstant();
        Await.until("cluster " + name + " disappearing", target.timing().delete(), () -> calls.describeCluster(name),
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
        created.add(name);
    }

    /** Deletes every cluster this run created; returns a line per cluster it could not delete. */
    public List<String> cleanup() {
        List<String> problems = new ArrayList<>();
        for (String name : List.copyOf(created)) {
            try {
                Answer<DeleteClusterResponse> a = calls.deleteCluster(name);
                if (a.isFault("InvalidClusterStateFault")) {
                    settle(name);
                    a = calls.deleteCluster(name);
                }
                if (a.ok() || a.isFault("ClusterNotFoundFault")) {
                    created.remove(name);
                } else {
                    problems.add(name + ": DeleteCluster answered " + a.summary());
                }
            } catch (RuntimeException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private void settle(String name) {
        completeTransitionsIfInstant();
        Await.until("cluster " + name + " leaving its transition", target.timing().modify(),
                () -> calls.describeCluster(name),
                a -> !a.ok() || "available".equals(ClusterViews.only(a).status()), ClusterViews::describe);
    }
}
