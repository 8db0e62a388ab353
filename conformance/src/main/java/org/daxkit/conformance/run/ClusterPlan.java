package org.daxkit.conformance.run;

import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.checks.model.Commands;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.conformance.observe.RebootScenario;

/**
 * Which clusters, of which sizes, a run's checks will create, worked out before the first check so that all
 * of them can be created at once: against a target whose creations take minutes, the run then waits for
 * creation about once. Generated reboot scenarios are the ones QuickTheories will generate for the seed.
 */
final class ClusterPlan {
    private static final Set<String> OBSERVING = Set.of("shape.", "inv.", "state.response-shows-rebooting",
            "state.describe-shows-rebooting", "state.cluster-status-during-reboot", "state.active-nodes-during-reboot",
            "params.fresh-cluster-in-sync", "times.", "wire.");
    private static final Set<String> TIMED = Set.of("state.available-again", "state.cluster-unchanged", "events.");

    /** The cluster the fault checks share for the whole run. */
    private static final int FIXTURE_NODES = 3;

    private ClusterPlan() {
    }

    /**
     * Whether the check looks at the shared reboots' clusters. The wire checks, which run last, audit only
     * what was recorded, so the clusters can go before them (and before the model's own clusters come).
     */
    static boolean usesSharedClusters(Check check) {
        return !check.id().startsWith("wire.") && (OBSERVING.stream().anyMatch(p -> check.id().startsWith(p))
                || TIMED.stream().anyMatch(p -> check.id().startsWith(p)));
    }

    /** The clusters the checks will create for this run's seed and example count. */
    static List<Integer> sizes(List<Check> checks, TargetContext ctx) {
        return sizes(checks, PropertyChecks.examples(ctx.seed(), ctx.tries(), ctx.observations().scenarios()).stream()
                .map(RebootScenario::replicationFactor).toList());
    }

    /**
     * The smallest node limit ({@code --max-nodes}) the checks can run within: a model sequence's largest
     * clusters beside the three-node cluster the fault checks share for the whole run. Other checks make room
     * by deleting clusters they no longer need.
     */
    static int leastNodeLimit(List<Check> checks) {
        boolean model = checks.stream().anyMatch(c -> c.id().startsWith("model."));
        boolean fixture = checks.stream().anyMatch(c -> c.id().startsWith("fault."));
        return model ? (fixture ? FIXTURE_NODES : 0) + Commands.SLOTS * Commands.MAX_NODES : 0;
    }

    /** The most clusters the checks may create, whatever the seed: every reboot scenario counted. */
    static List<Integer> upperBound(List<Check> checks) {
        return sizes(checks, List.of(1, 3, 3, 3, 4, 4, 4, 4));
    }

    private static List<Integer> sizes(List<Check> checks, List<Integer> scenarioSizes) {
        Set<String> ids = checks.stream().map(Check::id).collect(Collectors.toSet());
        List<Integer> sizes = new ArrayList<>();
        if (ids.stream().anyMatch(id -> id.startsWith("fault."))) {
            sizes.add(FIXTURE_NODES);
        }
        if (checks.stream().anyMatch(c -> OBSERVING.stream().anyMatch(p -> c.id().startsWith(p)))) {
            sizes.addAll(scenarioSizes);
        }
        if (ids.stream().anyMatch(id -> TIMED.stream().anyMatch(id::startsWith))) {
            sizes.add(3); // the reboot followed in real time
        }
        add(ids, "fault.invalid-state.modifying", 3, sizes);
        add(ids, "fault.invalid-state.deleting", 1, sizes);
        add(ids, "state.reboot-while-rebooting", 1, sizes);
        add(ids, "params.applied-by-reboot", 1, sizes);
        return sizes;
    }

    private static void add(Set<String> ids, String id, int size, List<Integer> sizes) {
        if (ids.contains(id)) {
            sizes.add(size);
        }
    }
}
