package org.daxkit.conformance.checks;

import java.util.List;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.shape.ShapeProblem;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.conformance.observe.RebootObservation;
import org.daxkit.conformance.shape.ResponseShapes;
import org.daxkit.conformance.wire.Exchange;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Node;

/**
 * RN-2: response shapes. The raw JSON of RebootNode and DescribeClusters responses (before, and right
 * after, generated reboots) against the shapes the SDK's model gives, and the SDK's parsed view.
 */
public final class ResponseShapeChecks {
    private ResponseShapeChecks() {
    }

    public static List<Check> all() {
        return List.of(
                wire("shape.reboot-node.types", "RN-2.1", ShapeProblem.Kind.WRONG_TYPE, true,
                        "every member of a RebootNode response has its modeled JSON type"),
                wire("shape.describe-clusters.types", "RN-2.2", ShapeProblem.Kind.WRONG_TYPE, false,
                        "every member of a DescribeClusters response has its modeled JSON type"),
                wire("shape.reboot-node.enums", "RN-2.3", ShapeProblem.Kind.UNKNOWN_VALUE, true,
                        "enum and status members of a RebootNode response carry one of their values"),
                wire("shape.describe-clusters.enums", "RN-2.3", ShapeProblem.Kind.UNKNOWN_VALUE, false,
                        "enum and status members of a DescribeClusters response carry one of their values"),
                wire("shape.reboot-node.unknown-members", "RN-2.4", ShapeProblem.Kind.UNKNOWN_MEMBER, true,
                        "a RebootNode response carries no member unknown to the model"),
                wire("shape.describe-clusters.unknown-members", "RN-2.4", ShapeProblem.Kind.UNKNOWN_MEMBER, false,
                        "a DescribeClusters response carries no member unknown to the model"),
                Check.of("shape.reboot-node.members-present", "RN-2.5",
                        "the SDK's parsed RebootNode response carries the cluster's and nodes' core members",
                        ResponseShapeChecks::membersPresent));
    }

    private static Check wire(String id, String clause, ShapeProblem.Kind kind, boolean rebootNode, String title) {
        return Check.of(id, clause, title, ctx -> {
            try {
                if (!rebootNode && !ctx.implementsRebootNode()) {
                    return describeWithoutReboot(ctx, kind);
                }
                ctx.requireRebootNode();
                PropertyChecks.forAll(ctx.properties(), ctx.observations().scenarios(), s -> {
                    try {
                        RebootObservation o = ctx.observations().observe(s);
                        List<Exchange> responses = rebootNode ? List.of(o.reboot().exchange())
                                : List.of(o.before().exchange(), o.during().exchange());
                        for (Exchange e : responses) {
                            // The wire first: the SDK may fail to parse exactly what this check is about.
                            requireSuccess(e);
                            ResponseShapes.requireNone(ResponseShapes.problems(e, kind), requirement(kind, e), e);
                        }
                        o.duringCluster();
                    } catch (CheckFailure f) {
                        throw shapeProblemBehind(f, kind);
                    }
                });
                return CheckVerdict.passed();
            } catch (CheckFailure f) {
                throw shapeProblemBehind(f, kind);
            }
        });
    }

    /**
     * A failure elsewhere (in setup, say: a DescribeClusters the SDK could not parse) whose response has this
     * check's kind of shape problem is reported as that problem, the defect this check exists for.
     */
    private static CheckFailure shapeProblemBehind(CheckFailure f, ShapeProblem.Kind kind) {
        Exchange e = f.exchange();
        if (e == null || !e.answered() || e.status() != 200
                || !("RebootNode".equals(e.operation()) || "DescribeClusters".equals(e.operation()))) {
            return f;
        }
        try {
            ResponseShapes.requireNone(ResponseShapes.problems(e, kind), requirement(kind, e), e);
        } catch (CheckFailure shape) {
            return shape;
        }
        return f;
    }

    private static void requireSuccess(Exchange e) {
        if (e == null || !e.answered() || e.status() != 200) {
            throw new CheckFailure((e == null ? "the call" : e.operation()) + " of an available cluster must succeed"
                    + " with HTTP 200; got " + (e == null ? "no exchange" : e.describeResponse()), e);
        }
    }

    /** Where RebootNode is not implemented, DescribeClusters can still be judged on an available cluster. */
    private static CheckVerdict describeWithoutReboot(TargetContext ctx, ShapeProblem.Kind kind) {
        Exchange e = ctx.calls().describeCluster(ctx.clusters().fixture().name()).exchange();
        requireSuccess(e);
        ResponseShapes.requireNone(ResponseShapes.problems(e, kind), requirement(kind, e), e);
        return CheckVerdict.passed("RebootNode is not implemented: judged DescribeClusters of an available cluster only");
    }

    private static String requirement(ShapeProblem.Kind kind, Exchange e) {
        String response = "a " + e.operation() + " response";
        switch (kind) {
            case WRONG_TYPE:
                return "every member of " + response + " must have the JSON type the service model gives it";
            case UNKNOWN_VALUE:
                return "enum and status members of " + response + " must carry one of their modeled or documented"
                        + " values";
            default:
                return response + " should carry only members the service model knows";
        }
    }

    private static CheckVerdict membersPresent(TargetContext ctx) {
        ctx.requireRebootNode();
        PropertyChecks.forAll(ctx.properties(), ctx.observations().scenarios(), s -> {
            RebootObservation o = ctx.observations().observe(s);
            Cluster c = o.rebootCluster();
            Exchange e = o.reboot().exchange();
            require(c.clusterName(), "Cluster.ClusterName", e);
            require(c.clusterArn(), "Cluster.ClusterArn", e);
            require(c.status(), "Cluster.Status", e);
            require(c.totalNodes(), "Cluster.TotalNodes", e);
            require(c.activeNodes(), "Cluster.ActiveNodes", e);
            if (!c.hasNodes() || c.nodes().isEmpty()) {
                throw new CheckFailure("a successful RebootNode response must list Cluster.Nodes; got none", e);
            }
            for (Node n : c.nodes()) {
                String at = "Cluster.Nodes[" + n.nodeId() + "].";
                require(n.nodeId(), "Cluster.Nodes[].NodeId", e);
                require(n.nodeStatus(), at + "NodeStatus", e);
                require(n.endpoint(), at + "Endpoint", e);
                require(n.nodeCreateTime(), at + "NodeCreateTime", e);
            }
        });
        return CheckVerdict.passed();
    }

    private static void require(Object value, String member, Exchange e) {
        if (value == null) {
            throw new CheckFailure("a successful RebootNode response, as the AWS SDK for Java parses it, must carry "
                    + member + "; got none", e);
        }
    }
}
