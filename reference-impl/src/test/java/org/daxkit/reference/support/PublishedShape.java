package org.daxkit.reference.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares an answer with what a published AWS CLI example shows: the same members at every level and
 * each value in the same format. In the expected JSON a string starting with {@code ~} names a format
 * (see {@link #FORMATS}); any other string or number must be equal; arrays must have the same length.
 * Members the service model gained after the examples were published may also appear.
 */
public final class PublishedShape {
    /** In today's model, not yet in the examples (they predate TLS endpoints, IPv6 and network types). */
    public static final Set<String> LATER_MEMBERS = Set.of("URL", "ClusterEndpointEncryptionType", "NetworkType",
            "SupportedNetworkTypes");

    private static final String DAY = "(sun|mon|tue|wed|thu|fri|sat)";
    private static final Map<String, Pattern> FORMATS = Map.of(
            "~cluster-arn", Pattern.compile("arn:aws:dax:[a-z0-9-]+:[0-9]{12}:cache/[a-z][a-z0-9-]*"),
            "~role-arn", Pattern.compile("arn:aws:iam::[0-9]{12}:role/[\\w+=,.@/-]+"),
            "~window", Pattern.compile(DAY + ":[0-2][0-9]:[0-5][0-9]-" + DAY + ":[0-2][0-9]:[0-5][0-9]"),
            "~security-group", Pattern.compile("sg-[0-9a-f]{8,17}"),
            "~host", Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+\\.amazonaws\\.com"),
            "~zone", Pattern.compile("[a-z]{2}-[a-z]+-[0-9][a-z]"),
            "~vpc", Pattern.compile("vpc-[0-9a-f]{8,17}"),
            "~subnet", Pattern.compile("subnet-[0-9a-f]{8,17}"),
            "~text", Pattern.compile("(?s).+"));
    /** Epoch seconds with a millisecond fraction, as NodeCreateTime 1576625059.509 and event dates show. */
    private static final String EPOCH_SECONDS = "~epoch-seconds";

    private PublishedShape() {
    }

    /** Every difference, each naming its JSON path; empty when the answer looks like the example. */
    public static List<String> differences(JsonNode expected, JsonNode actual, Set<String> alsoAllowed) {
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, alsoAllowed, problems);
        return problems;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, Set<String> alsoAllowed,
                                List<String> problems) {
        if (actual == null || actual.isMissingNode()) {
            problems.add(path + ": missing");
        } else if (expected.isObject()) {
            compareObject(path, expected, actual, alsoAllowed, problems);
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(path + ": expected an array of " + expected.size() + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), alsoAllowed, problems);
            }
        } else if (expected.isTextual() && expected.textValue().equals(EPOCH_SECONDS)) {
            if (!actual.isNumber() || actual.decimalValue().scale() > 3 || actual.doubleValue() < 1e9) {
                problems.add(path + ": expected epoch seconds with at most millisecond precision, got " + actual);
            }
        } else if (expected.isTextual() && expected.textValue().startsWith("~")) {
            Pattern format = FORMATS.get(expected.textValue());
            if (format == null) {
                throw new IllegalArgumentException("unknown format " + expected.textValue() + " at " + path);
            }
            if (!actual.isTextual() || !format.matcher(actual.textValue()).matches()) {
                problems.add(path + ": expected " + expected.textValue().substring(1) + ", got " + actual);
            }
        } else if (!expected.equals(actual)) {
            problems.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    private static void compareObject(String path, JsonNode expected, JsonNode actual, Set<String> alsoAllowed,
                                      List<String> problems) {
        if (!actual.isObject()) {
            problems.add(path + ": expected an object, got " + actual);
            return;
        }
        Set<String> extra = new LinkedHashSet<>();
        for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!expected.has(name) && !LATER_MEMBERS.contains(name) && !alsoAllowed.contains(name)) {
                extra.add(name);
            }
        }
        if (!extra.isEmpty()) {
            problems.add(path + ": members the example does not show: " + extra);
        }
        expected.fields().forEachRemaining(e ->
                compare(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), alsoAllowed, problems));
    }
}
