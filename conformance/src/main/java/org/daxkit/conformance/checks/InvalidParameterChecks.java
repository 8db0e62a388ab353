package org.daxkit.conformance.checks;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.daxkit.conformance.config.FixedInputs;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.faults.FaultExpectations;
import org.daxkit.conformance.properties.Generators;
import org.daxkit.conformance.faults.ListedFault;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.reports.model.FaultObservation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * RN-3.6 to RN-3.9: InvalidParameterValueException for missing, empty and malformed ClusterName and
 * NodeId. Each request differs from a valid one (an existing cluster and node) in that one member only, so
 * the expected answer does not depend on the order in which a target validates.
 */
public final class InvalidParameterChecks {
    private InvalidParameterChecks() {
    }

    /** Builds the request from the fixture cluster and a generated value: {ClusterName, NodeId}. */
    private interface Request extends BiFunction<ClusterRef, String, String[]> {
    }

    public static List<Check> all() {
        return List.of(
                check("fault.invalid-parameter.missing-cluster-name", "RN-3.6", "RebootNode without ClusterName",
                        (ctx, c) -> ctx.inputs().values(Generate.pick(c.nodeIds()), c.nodeToReboot(0)),
                        (c, node) -> new String[] {null, node}),
                check("fault.invalid-parameter.missing-node-id", "RN-3.6", "RebootNode without NodeId",
                        (ctx, c) -> ctx.inputs().values(Generators.caseOf(c.name()), c.name()),
                        (c, name) -> new String[] {name, null}),
                check("fault.invalid-parameter.empty-cluster-name", "RN-3.7", "RebootNode with an empty ClusterName",
                        (ctx, c) -> ctx.inputs().values(Generate.pick(c.nodeIds()), c.nodeToReboot(0)),
                        (c, node) -> new String[] {"", node}),
                check("fault.invalid-parameter.empty-node-id", "RN-3.7", "RebootNode with an empty NodeId",
                        (ctx, c) -> ctx.inputs().values(Generators.caseOf(c.name()), c.name()),
                        (c, name) -> new String[] {name, ""}),
                check("fault.invalid-parameter.malformed-cluster-name", "RN-3.8",
                        "RebootNode with a ClusterName that breaks DAX naming rules",
                        (ctx, c) -> ctx.inputs().values(Generators.malformedClusterNames(), FixedInputs::malformedClusterName,
                                "--malformed-cluster-name"),
                        (c, bad) -> new String[] {bad, c.nodeToReboot(0)}),
                check("fault.invalid-parameter.malformed-node-id", "RN-3.9",
                        "RebootNode with a malformed NodeId",
                        (ctx, c) -> ctx.inputs().values(Generators.malformedNodeIds(), FixedInputs::malformedNodeId,
                                "--malformed-node-id"),
                        (c, bad) -> new String[] {c.name(), bad}));
    }

    private static Check check(String id, String clause, String situation,
                               BiFunction<TargetContext, ClusterRef, Gen<String>> values, Request request) {
        return Check.forFault(id, clause, situation + " fails with InvalidParameterValueException",
                ListedFault.INVALID_PARAMETER_VALUE.code(), ctx -> {
            ctx.requireRebootNode();
            ClusterRef cluster = ctx.clusters().fixture();
            Gen<String> inputs = values.apply(ctx, cluster);
            AtomicReference<FaultObservation> seen = new AtomicReference<>();
            PropertyChecks.forAll(ctx.properties(), inputs, value -> {
                String[] r = request.apply(cluster, value);
                seen.set(FaultExpectations.verify(ctx.retryingCalls().rebootNode(r[0], r[1]),
                        ListedFault.INVALID_PARAMETER_VALUE, situation + describe(r)));
            });
            return CheckVerdict.passed(seen.get());
        });
    }

    private static String describe(String[] r) {
        return " (ClusterName=" + quote(r[0]) + ", NodeId=" + quote(r[1]) + ")";
    }

    private static String quote(String s) {
        return s == null ? "absent" : "\"" + s + "\"";
    }
}
