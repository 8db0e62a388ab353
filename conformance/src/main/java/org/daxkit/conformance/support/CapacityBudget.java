package org.daxkit.conformance.support;

import java.time.Duration;
import org.daxkit.conformance.run.CheckAborted;
import org.daxkit.reports.model.NotVerifiedCause;

/**
 * How many clusters and nodes of the suite's may exist at once ({@code --max-clusters}, {@code --max-nodes}):
 * real accounts allow 50 DAX nodes per region, and a run must leave room for its neighbours. A cluster counts
 * from its CreateCluster until its DeleteCluster is accepted.
 */
public final class CapacityBudget {
    private final int maxClusters;
    private final int maxNodes;
    private int clusters;
    private int nodes;

    public CapacityBudget(int maxClusters, int maxNodes) {
        this.maxClusters = maxClusters;
        this.maxNodes = maxNodes;
    }

    public static CapacityBudget unlimited() {
        return new CapacityBudget(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** Takes room for a cluster of {@code size} nodes if there is some now. */
    public synchronized boolean tryAcquire(int size) {
        if (clusters + 1 > maxClusters || nodes + size > maxNodes) {
            return false;
        }
        clusters++;
        nodes += size;
        return true;
    }

    /** Waits up to {@code patience} for room (the suite deletes its clusters as checks finish with them). */
    public synchronized void acquire(int size, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!tryAcquire(size)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || size > maxNodes) {
                throw CheckAborted.notVerified(NotVerifiedCause.SETUP, "setup: the run's limits (--max-clusters "
                        + maxClusters + ", --max-nodes " + maxNodes + ") leave no room for another cluster of " + size
                        + " node(s) (" + clusters + " cluster(s), " + nodes + " node(s) in use); raise them or run"
                        + " fewer checks at once");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CheckAborted.notVerified(NotVerifiedCause.BUDGET, "interrupted while waiting for room");
            }
        }
    }

    public synchronized void release(int size) {
        clusters = Math.max(0, clusters - 1);
        nodes = Math.max(0, nodes - size);
        notifyAll();
    }

    public int maxClusters() {
        return maxClusters;
    }

    public int maxNodes() {
        return maxNodes;
    }
}
