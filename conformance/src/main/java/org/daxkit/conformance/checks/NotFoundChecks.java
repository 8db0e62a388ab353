package org.daxkit.conformance.checks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.daxkit.conformance.config.FixedInputs;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.fixtures.ClusterNames;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.faults.FaultExpectations;
import org.daxkit.conformance.properties.Generators;
import org.daxkit.conformance.faults.ListedFault;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.reports.model.FaultObservation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** RN-3.1 and RN-3.2: an unknown cluster or node, over generated names and ids. */
public final class NotFoundChecks {
    private NotFoundChecks() {
    }

    public static List<Check> all() {
        return List.of(
                Check.forFault("fault.cluster-not-found", "RN-3.1",
                        "RebootNode on an unknown cluster fails with ClusterNotFoundFault",
                        ListedFault.CLUSTER_NOT_FOUND.code(),
                        NotFoundChecks::clusterNotFound),
                Check.forFault("fault.node-not-found", "RN-3.2",
                        "RebootNode on an unknown node fails with NodeNotFoundFault",
                        ListedFault.NODE_NOT_FOUND.code(),
                        NotFoundChecks::nodeNotFound));
    }

    private static CheckVerdict clusterNotFound(TargetContext ctx) {
        ctx.requireRebootNode();
        AtomicReference<FaultObservation> seen = new AtomicReference<>();
        Gen<UnknownCluster> unknown = ctx.inputs().fixedOnly()
                ? ctx.inputs().values(null, FixedInputs::unknownCluster, "--unknown-cluster").map(UnknownCluster::fixed)
                : Generators.nameTails().zip(Generate.booleans(), UnknownCluster::generated);
        PropertyChecks.forAll(ctx.properties(), unknown, c -> {
            String name = c.spell(ctx.names());
            seen.set(FaultExpectations.verify(ctx.retryingCalls().rebootNode(name, name.toLowerCase(Locale.ROOT) + "-a"),
                    ListedFault.CLUSTER_NOT_FOUND, "RebootNode on unknown cluster \"" + name + "\""));
        });
        return CheckVerdict.passed(seen.get());
    }

    /**
     * An unknown cluster: a fresh name (new per attempt) plus a generated tail, maybe in upper case; or, in
     * fixed-inputs mode, the configured name as it is.
     */
    private record UnknownCluster(String fixedName, String tail, boolean upperCase) {
        static UnknownCluster fixed(String name) {
            return new UnknownCluster(name, null, false);
        }

        static UnknownCluster generated(String tail, boolean upperCase) {
            return new UnknownCluster(null, tail, upperCase);
        }

        String spell(ClusterNames names) {
            if (fixedName != null) {
                return fixedName;
            }
            String name = names.fresh() + tail;
            return upperCase ? name.toUpperCase(Locale.ROOT) : name;
        }
    }

    private static CheckVerdict nodeNotFound(TargetContext ctx) {
        ctx.requireRebootNode();
        ClusterRef cluster = ctx.clusters().fixture();
        List<String> known = cluster.nodeIds().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        AtomicReference<FaultObservation> seen = new AtomicReference<>();
        Gen<String> ids = ctx.inputs().values(Generators.wellFormedNodeIds().assuming(id -> !known.contains(id)),
                FixedInputs::unknownNode, "--unknown-node");
        PropertyChecks.forAll(ctx.properties(), ids, id ->
                seen.set(FaultExpectations.verify(ctx.retryingCalls().rebootNode(cluster.name(), id),
                        ListedFault.NODE_NOT_FOUND, "RebootNode on unknown NodeId \"" + id + "\" of cluster "
                                + cluster.name())));
        return CheckVerdict.passed(seen.get());
    }
}
