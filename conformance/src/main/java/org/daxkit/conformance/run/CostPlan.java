package org.daxkit.conformance.run;

import org.daxkit.conformance.check.Check;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.targets.AwsAccess;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.targets.TimingProfile;

/**
 * What a run may create where clusters cost money, said before anything is created: clusters, nodes and
 * node type, and an upper bound of the node-hours. On such a target the suite creates nothing unless the
 * person running it confirms ({@code --confirm-costs}).
 */
public record CostPlan(boolean mayBill, boolean creates, int clusters, int nodes, int peakNodes, String nodeType,
                       double nodeHours) {
    /** Nodes one model sequence's two clusters may have at once. */
    private static final int NODES_PER_SEQUENCE = 8;

    static CostPlan of(ConformanceConfig config, List<Check> checks) {
        boolean creates = config.capabilities() != null ? config.capabilities().contains(Capability.CREATE_CLUSTERS)
                : config.cluster() == null;
        TimingProfile timing = TimingProfile.realDax().override(config.createTimeout(), config.rebootTimeout(),
                config.modifyTimeout(), config.deleteTimeout());
        List<Integer> sizes = ClusterPlan.upperBound(checks);
        int clusters = sizes.size();
        int nodes = sizes.stream().mapToInt(Integer::intValue).sum();
        double lifetime = hours(timing.create().plus(timing.reboot()).plus(timing.delete()));
        double nodeHours = nodes * lifetime;
        if (checks.stream().anyMatch(c -> c.id().startsWith("model."))) {
            clusters += 2 * config.tries();
            nodes += NODES_PER_SEQUENCE * config.tries();
            nodeHours += NODES_PER_SEQUENCE * config.tries()
                    * hours(timing.create().plus(timing.modify().multipliedBy(8)).plus(timing.delete()));
        }
        return new CostPlan(AwsAccess.mayBill(config), creates && clusters > 0, clusters, nodes,
                Math.min(nodes, config.maxNodes()), ClusterSettingsDefaults.nodeType(config), nodeHours);
    }

    /** Whether the run must not create anything without the confirmation flag. */
    public boolean needsConfirmation() {
        return mayBill && creates;
    }

    public String describe() {
        return String.format(Locale.ROOT, "cluster plan: up to %d clusters, %d nodes in all (at most %d at once,"
                        + " --max-nodes) of node type %s; at most %.0f node-hours (an upper bound from the timing"
                        + " profile: every cluster alive through its create, reboot and delete timeouts; clusters are"
                        + " deleted as soon as their checks are done, so real runs use far less); multiply by the"
                        + " node type's hourly price in the region", clusters, nodes, peakNodes, nodeType, nodeHours);
    }

    String refusal() {
        return "this target may bill for the clusters the suite creates, and nothing was created: " + describe()
                + ". Run again with --confirm-costs to accept, or name an existing cluster with --cluster NAME --node"
                + " ID --capabilities none to create nothing.";
    }

    private static double hours(Duration d) {
        return d.toMinutes() / 60.0;
    }
}
