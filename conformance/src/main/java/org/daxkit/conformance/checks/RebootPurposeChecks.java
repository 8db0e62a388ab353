package org.daxkit.conformance.checks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.conformance.observe.RebootObservation;
import org.daxkit.conformance.observe.TimedReboot;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.Exchange;
import org.daxkit.reports.model.NotVerifiedCause;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.DescribeEventsResponse;
import software.amazon.awssdk.services.dax.model.Event;
import software.amazon.awssdk.services.dax.model.Node;

/**
 * RN-7: what a reboot is for and what it leaves behind. A reboot restarts a node's engine, which is how
 * pending parameter changes reach it; operators look for it among the cluster's events; and the times a
 * target reports must be times (epoch seconds), not milliseconds or dates before DAX existed.
 */
public final class RebootPurposeChecks {
    /** DAX was launched in 2017 (API version 2017-04-19): no node or event of it is older. */
    static final Instant DAX_EPOCH = Instant.parse("2017-01-01T00:00:00Z");
    /** How far ahead of the response's Date header (or the suite's clock) a time may be: clock skew. */
    static final Duration SKEW = Duration.ofMinutes(5);
    /** Slack around the reboot window for the target's clock and its event granularity. */
    static final Duration WINDOW_SLACK = Duration.ofSeconds(60);
    private static final String IN_SYNC = "in-sync";

    private RebootPurposeChecks() {
    }

    public static List<Check> all() {
        return List.of(
                Check.of("params.fresh-cluster-in-sync", "RN-7.1",
                        "a newly available cluster's parameters are in sync, with no node to reboot",
                        RebootPurposeChecks::freshClusterInSync),
                Check.of("params.applied-by-reboot", "RN-7.2",
                        "once a node's reboot completes, its pending parameters are applied",
                        PendingParameters::appliedByReboot),
                Check.of("events.reboot-recorded", "RN-7.3",
                        "a reboot is recorded among the cluster's events, dated within the reboot",
                        RebootPurposeChecks::rebootRecorded),
                Check.of("events.newest-first", "RN-7.4", "DescribeEvents lists a cluster's events newest first",
                        RebootPurposeChecks::newestFirst),
                Check.of("times.node-create-time", "RN-7.5",
                        "NodeCreateTime is a plausible time in epoch seconds", RebootPurposeChecks::nodeCreateTime));
    }

    /** The DescribeClusters before each observed reboot shows a cluster just created by the suite. */
    private static CheckVerdict freshClusterInSync(TargetContext ctx) {
        ctx.requireRebootNode();
        if (!ctx.clusters().canCreate()) {
            throw CheckAborted.missing(Capability.CREATE_CLUSTERS, "a freshly created cluster is needed");
        }
        PropertyChecks.forAll(ctx.properties(), ctx.observations().scenarios(), s -> {
            RebootObservation o = ctx.observations().observe(s);
            requireInSync(o.beforeCluster(), "newly created cluster " + o.clusterName(), o.before().exchange());
        });
        return CheckVerdict.passed();
    }

    static void requireInSync(Cluster c, String what, Exchange e) {
        if (c.parameterGroup() == null) {
            throw new CheckFailure(what + " should show its ParameterGroup; got none", e);
        }
        String apply = c.parameterGroup().parameterApplyStatus();
        List<String> toReboot = c.parameterGroup().hasNodeIdsToReboot() ? c.parameterGroup().nodeIdsToReboot()
                : List.of();
        if (!IN_SYNC.equals(apply) || !toReboot.isEmpty()) {
            throw new CheckFailure(what + " should show ParameterApplyStatus \"in-sync\" and no NodeIdsToReboot;"
                    + " got ParameterApplyStatus " + quote(apply) + " and NodeIdsToReboot " + toReboot, e);
        }
        for (Node n : c.hasNodes() ? c.nodes() : List.<Node>of()) {
            if (!IN_SYNC.equals(n.parameterGroupStatus())) {
                throw new CheckFailure(what + " should show node " + n.nodeId() + " with ParameterGroupStatus"
                        + " \"in-sync\"; got " + quote(n.parameterGroupStatus()), e);
            }
        }
    }

    private static CheckVerdict rebootRecorded(TargetContext ctx) {
        TimedReboot t = completedReboot(ctx);
        RebootObservation o = t.observation();
        Instant from = o.sentAt().minus(WINDOW_SLACK);
        Instant to = o.sentAt().plusMillis(t.waitedMillis()).plus(WINDOW_SLACK);
        Answer<DescribeEventsResponse> a = events(ctx, o.clusterName());
        List<Event> events = a.response().hasEvents() ? a.response().events() : List.of();
        for (Event e : events) {
            requirePlausible(e.date(), "the Date of event \"" + e.message() + "\"", a.exchange());
        }
        boolean recorded = events.stream().anyMatch(e -> e.date() != null && !e.date().isBefore(from)
                && !e.date().isAfter(to) && o.clusterName().equalsIgnoreCase(e.sourceName()));
        if (!recorded) {
            throw new CheckFailure("after RebootNode of node " + o.nodeId() + " DescribeEvents for cluster "
                    + o.clusterName() + " (SourceType CLUSTER) should list at least one event dated within the reboot"
                    + " (" + from + " to " + to + ", with " + WINDOW_SLACK.toSeconds() + " s of slack); got "
                    + describe(events), a.exchange());
        }
        return CheckVerdict.passed();
    }

    private static CheckVerdict newestFirst(TargetContext ctx) {
        TimedReboot t = completedReboot(ctx);
        Answer<DescribeEventsResponse> a = events(ctx, t.observation().clusterName());
        List<Event> events = a.response().hasEvents() ? a.response().events() : List.of();
        if (events.size() < 2) {
            return CheckVerdict.notVerified(NotVerifiedCause.SETUP, "DescribeEvents listed " + events.size()
                    + " event(s) for cluster " + t.observation().clusterName() + "; an order needs two");
        }
        for (int i = 1; i < events.size(); i++) {
            Instant newer = events.get(i - 1).date();
            Instant older = events.get(i).date();
            if (newer != null && older != null && older.isAfter(newer)) {
                throw new CheckFailure("DescribeEvents may list a cluster's events newest first, as AWS's"
                        + " published example does; got " + describe(events), a.exchange());
            }
        }
        return CheckVerdict.passed();
    }

    private static CheckVerdict nodeCreateTime(TargetContext ctx) {
        ctx.requireRebootNode();
        PropertyChecks.forAll(ctx.properties(), ctx.observations().scenarios(), s -> {
            RebootObservation o = ctx.observations().observe(s);
            requirePlausibleNodes(o.rebootCluster(), o.reboot().exchange());
            requirePlausibleNodes(o.duringCluster(), o.during().exchange());
        });
        return CheckVerdict.passed();
    }

    private static void requirePlausibleNodes(Cluster c, Exchange e) {
        for (Node n : c.hasNodes() ? c.nodes() : List.<Node>of()) {
            if (n.nodeCreateTime() != null) {
                requirePlausible(n.nodeCreateTime(), "the NodeCreateTime of node " + n.nodeId() + " in "
                        + e.operation(), e);
            }
        }
    }

    /** Not before DAX existed, not later than the response's Date header (or now) plus clock skew. */
    static void requirePlausible(Instant t, String what, Exchange e) {
        if (t == null) {
            throw new CheckFailure(what + " must be a time; got none", e);
        }
        Instant latest = answeredAt(e).plus(SKEW);
        if (t.isBefore(DAX_EPOCH) || t.isAfter(latest)) {
            throw new CheckFailure(what + " must be a plausible time in epoch seconds (fractions allowed), between "
                    + DAX_EPOCH + " and " + latest + " (the response's Date plus " + SKEW.toMinutes() + " minutes);"
                    + " got " + t + (t.isAfter(Instant.parse("3000-01-01T00:00:00Z"))
                    ? ", which is what epoch milliseconds read as seconds look like" : ""), e);
        }
    }

    private static Instant answeredAt(Exchange e) {
        String date = e == null ? null : e.responseHeader("Date");
        if (date != null) {
            try {
                return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException ignored) {
                // An unreadable Date header is not this clause's business: the suite's clock stands in.
            }
        }
        return Instant.now();
    }

    /** The shared reboot, followed until the node was available again; a reboot that never ended fails. */
    private static TimedReboot completedReboot(TargetContext ctx) {
        ctx.requireRebootNode();
        if (ctx.inputs().fixedOnly()) {
            throw CheckAborted.notVerified(NotVerifiedCause.INPUT, "fixed inputs only (--fixed-inputs): a recorded"
                    + " target's events are dated when it was recorded, not within this run's reboot");
        }
        TimedReboot t = ctx.observations().timed(ctx.target().timing().reboot());
        t.observation().requireRebootSucceeded();
        if (t.after() == null) {
            throw t.failure(ctx.target().timing().reboot());
        }
        return t;
    }

    private static Answer<DescribeEventsResponse> events(TargetContext ctx, String cluster) {
        Answer<DescribeEventsResponse> a = ctx.calls().describeClusterEvents(cluster);
        if (!a.ok()) {
            throw new CheckFailure("DescribeEvents for cluster " + cluster + " (SourceType CLUSTER) must succeed; got "
                    + a.summary(), a.exchange());
        }
        return a;
    }

    private static String describe(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            out.add(e.date() + " " + e.sourceName() + " \"" + e.message() + "\"");
        }
        return events.size() + " event(s) " + out;
    }

    static String quote(String s) {
        return s == null ? "none" : "\"" + s + "\"";
    }
}
