package org.daxkit.conformance.run;

import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.checks.model.Commands;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.targets.AwsAccess;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.targets.TimingProfile;

/**
 * What a run may create where clusters cost money, said before anything is created: clusters, nodes and
 * node type, and an upper bound of the node-hours that the run itself enforces (never more than
 * {@code --max-nodes} nodes at once, for no longer than its time budget and the cleanup after it). On such
 * a target the suite creates nothing unless the person running it confirms ({@code --confirm-costs}).
 */
public record CostPlan(boolean mayBill, boolean creates, int clusters, int clustersIfShrunk, int nodes,
                       int peakNodes, String nodeType, Duration budget, double nodeHours) {

    static CostPlan of(ConformanceConfig config, List<Check> checks) {
        boolean creates = config.capabilities() != null ? config.capabilities().contains(Capability.CREATE_CLUSTERS)
                : config.cluster() == null;
        TimingProfile timing = TimingProfile.realDax().override(config.createTimeout(), config.rebootTimeout(),
                config.modifyTimeout(), config.deleteTimeout());
        List<Integer> sizes = ClusterPlan.upperBound(checks);
        int clusters = sizes.size();
        int nodes = sizes.stream().mapToInt(Integer::intValue).sum();
        int shrunk = clusters;
        if (checks.stream().anyMatch(c -> c.id().startsWith("model."))) {
            // Every example of the model makes its own clusters, and so does every shrink candidate.
            int perSequence = Commands.mostClustersPerSequence();
            clusters += perSequence * config.tries();
            nodes += perSequence * Commands.MAX_NODES * config.tries();
            shrunk = clusters + perSequence * config.shrinks();
        }
        int peak = Math.min(nodes, config.maxNodes());
        Duration budget = config.maxDuration() != null ? config.maxDuration() : timing.defaultRunBudget();
        double nodeHours = peak * hours(budget.plus(timing.modify()).plus(timing.delete()));
        return new CostPlan(AwsAccess.mayBill(config), creates && clusters > 0, clusters, shrunk, nodes, peak,
                ClusterSettingsDefaults.nodeType(config), budget, nodeHours);
    }

    /** Whether the run must not create anything without the confirmation flag. */
    public boolean needsConfirmation() {
        return mayBill && creates;
    }

    public String describe() {
        return String.format(Locale.ROOT, "cluster plan: up to %d clusters (%d nodes in all) when every check"
                        + " passes, up to %d if failures are shrunk (--shrinks), never more than %d nodes at once"
                        + " (--max-nodes), of node type %s; at most %.0f node-hours: %d nodes for the run's time"
                        + " budget (--max-duration %d min) and the cleanup after it. Clusters are deleted as soon as"
                        + " their checks are done, so real runs use far less; multiply by the node type's hourly price"
                        + " in the region", clusters, nodes, clustersIfShrunk, peakNodes, nodeType, nodeHours,
                peakNodes, budget.toMinutes());
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
