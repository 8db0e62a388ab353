package org.daxkit.conformance.shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.shape.SdkShapes;
import org.daxkit.conformance.shape.Shape;
import org.daxkit.conformance.shape.ShapeProblem;
import org.daxkit.conformance.shape.WireShapeValidator;
import org.daxkit.conformance.wire.Exchange;

/** Validates the raw JSON of a successful RebootNode or DescribeClusters response against the SDK model. */
public final class ResponseShapes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseShapes() {
    }

    /** The problems of the given kind in a successful response, or a CheckFailure if it is not JSON at all. */
    public static List<ShapeProblem> problems(Exchange exchange, ShapeProblem.Kind kind) {
        return validate(exchange).stream().filter(p -> p.kind() == kind).toList();
    }

    public static List<ShapeProblem> validate(Exchange exchange) {
        Shape.Structure shape = "RebootNode".equals(exchange.operation()) ? SdkShapes.rebootNodeResponse()
                : "DescribeClusters".equals(exchange.operation()) ? SdkShapes.describeClustersResponse() : null;
        if (shape == null) {
            throw new IllegalArgumentException("no shape for operation " + exchange.operation());
        }
        JsonNode json;
        try {
            json = JSON.readTree(exchange.responseBody() == null ? "" : exchange.responseBody());
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw new CheckFailure("a successful " + exchange.operation() + " response must be a JSON object; got "
                    + exchange.describeResponse(), exchange);
        }
        return WireShapeValidator.validate(json, shape);
    }

    /** Throws "{requirement}; got {first problem} (and N more)" when there are problems. */
    public static void requireNone(List<ShapeProblem> problems, String requirement, Exchange exchange) {
        if (!problems.isEmpty()) {
            throw new CheckFailure(requirement + "; got " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more: " + problems.subList(1,
                    Math.min(problems.size(), 4)) + ")" : ""), exchange);
        }
    }
}
