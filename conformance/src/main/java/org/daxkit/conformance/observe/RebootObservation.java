package org.daxkit.conformance.observe;

import org.daxkit.conformance.fixtures.ClusterViews;
import java.time.Instant;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.wire.Answer;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/**
 * What one reboot looked like: DescribeClusters before, the RebootNode answer, and DescribeClusters right
 * after ({@code millisUntilDescribed} after RebootNode was sent, at {@code sentNanos} on the JVM's clock).
 */
public record RebootObservation(
        RebootScenario scenario,
        String clusterName,
        String nodeId,
        Answer<DescribeClustersResponse> before,
        Answer<RebootNodeResponse> reboot,
        Answer<DescribeClustersResponse> during,
        long millisUntilDescribed,
        long sentNanos,
        Instant sentAt) {

    /** The cluster in the RebootNode response; a failed reboot fails the check that needs it. */
    public Cluster rebootCluster() {
        requireRebootSucceeded();
        return reboot.response().cluster();
    }

    /** Fails the check unless RebootNode succeeded with a Cluster: the precondition of every reboot check. */
    public void requireRebootSucceeded() {
        if (!reboot.ok()) {
            throw new CheckFailure("RebootNode of node " + nodeId + " of available cluster " + clusterName
                    + " must succeed; got " + reboot.summary(), reboot.exchange());
        }
        if (reboot.response().cluster() == null) {
            throw new CheckFailure("a successful RebootNode response must carry Cluster; got "
                    + reboot.exchange().describeResponse(), reboot.exchange());
        }
    }

    /** The cluster DescribeClusters showed just before the reboot; the target must have shown it. */
    public Cluster beforeCluster() {
        Cluster c = ClusterViews.only(before);
        if (c == null) {
            throw new CheckFailure(CheckFailure.Step.SETUP, "DescribeClusters of available cluster " + clusterName
                    + " just before the reboot must return the cluster; got " + ClusterViews.describe(before),
                    before.exchange());
        }
        return c;
    }

    /** The cluster DescribeClusters showed right after the reboot. */
    public Cluster duringCluster() {
        requireRebootSucceeded();
        Cluster c = ClusterViews.only(during);
        if (c == null) {
            throw new CheckFailure("DescribeClusters for " + clusterName + " right after RebootNode must return"
                    + " the cluster; got " + ClusterViews.describe(during), during.exchange());
        }
        return c;
    }
}
