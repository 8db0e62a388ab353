package org.daxkit.conformance.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.observe.RebootScenario;
import org.daxkit.conformance.wire.ErrorBody;
import org.daxkit.conformance.wire.Exchange;

/**
 * RN-1: the wire protocol, audited over every RebootNode and DescribeClusters response of the run so far
 * (they run last), plus a success and an error of their own so they never judge nothing.
 */
public final class WireChecks {
    private static final Set<String> AUDITED = Set.of("RebootNode", "DescribeClusters");
    private static final String AWS_JSON = "application/x-amz-json-1.1";

    private WireChecks() {
    }

    public static List<Check> all() {
        return List.of(
                audit("wire.request-id", "RN-1.1", "every response carries x-amzn-RequestId", WireChecks::requestId),
                audit("wire.content-type", "RN-1.2", "every response has a JSON content type", WireChecks::jsonType),
                audit("wire.content-type-exact", "RN-1.3", "responses use application/x-amz-json-1.1",
                        WireChecks::exactType),
                audit("wire.error-shape", "RN-1.4", "every error has a mappable __type and a message",
                        WireChecks::errorShape));
    }

    /** A rule returns null when the exchange is fine, else "must ...; got ...". */
    private static Check audit(String id, String clause, String title, Function<Exchange, String> rule) {
        return Check.of(id, clause, title, ctx -> {
            List<Exchange> audited = exchanges(ctx);
            if (audited.isEmpty()) {
                throw new CheckFailure("the target must answer RebootNode and DescribeClusters calls; got no answer"
                        + " to any of the " + ctx.recorder().all().size() + " call(s) of this run", ctx.recorder().last());
            }
            for (Exchange e : audited) {
                String problem = rule.apply(e);
                if (problem != null) {
                    throw new CheckFailure(problem, e);
                }
            }
            return CheckVerdict.passed("audited " + audited.size() + " response(s)");
        });
    }

    private static List<Exchange> exchanges(TargetContext ctx) {
        boolean rebootNode = ctx.implementsRebootNode();
        try {
            if (rebootNode) {
                String unknown = ctx.inputs().unknownClusterName();
                ctx.calls().rebootNode(unknown, unknown.toLowerCase(Locale.ROOT) + "-a");
                ctx.observations().observe(new RebootScenario(1, 0));
            } else {
                ctx.calls().describeCluster(ctx.clusters().fixture().name());
            }
        } catch (CheckAborted | CheckFailure e) {
            // No cluster to use on this target (its checks say why): audit what there is.
        }
        if (!ctx.inputs().fixedOnly()) {
            ctx.calls().describeCluster(ctx.names().fresh());
        }
        List<Exchange> out = new ArrayList<>();
        for (Exchange e : ctx.recorder().all()) {
            if (e.answered() && AUDITED.contains(e.operation()) && (rebootNode || !"RebootNode".equals(e.operation()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String requestId(Exchange e) {
        String id = e.responseHeader("x-amzn-RequestId");
        return id == null || id.isBlank() ? "every " + e.operation() + " response must carry a non-empty"
                + " x-amzn-RequestId header; got headers " + e.responseHeaders().keySet() : null;
    }

    private static String jsonType(Exchange e) {
        String type = mediaType(e);
        return AWS_JSON.equals(type) || "application/json".equals(type) ? null
                : "every " + e.operation() + " response must have Content-Type " + AWS_JSON
                + " (or application/json); got " + (type == null ? "none" : "\"" + type + "\"");
    }

    private static String exactType(Exchange e) {
        String type = mediaType(e);
        return AWS_JSON.equals(type) ? null : e.operation() + " responses should have Content-Type " + AWS_JSON
                + " (AWS JSON 1.1); got " + (type == null ? "none" : "\"" + type + "\"");
    }

    private static String errorShape(Exchange e) {
        if (e.status() < 300) {
            return null;
        }
        ErrorBody body = ErrorBody.parse(e);
        String must = "an error response to " + e.operation() + " must carry a JSON body with a mappable __type"
                + " (Name or namespace#Name) and a message";
        if (!body.awsShaped()) {
            return must + "; got " + e.describeResponse();
        }
        if (body.mappableShapeName() == null) {
            return must + "; got __type \"" + body.type() + "\"";
        }
        String header = e.responseHeader("x-amzn-ErrorType");
        if (header != null && !header.split(":", 2)[0].equals(body.mappableShapeName())) {
            return must + ", with x-amzn-ErrorType agreeing; got x-amzn-ErrorType \"" + header + "\" and __type \""
                    + body.type() + "\"";
        }
        if (body.message() == null || body.message().isBlank()) {
            return must + "; got no message in " + e.describeResponse();
        }
        return null;
    }

    private static String mediaType(Exchange e) {
        String header = e.responseHeader("Content-Type");
        return header == null ? null : header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
