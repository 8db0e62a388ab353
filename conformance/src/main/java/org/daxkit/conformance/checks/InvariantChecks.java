package org.daxkit.conformance.checks;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.fixtures.ClusterViews;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.conformance.observe.RebootObservation;
import org.daxkit.conformance.observe.RebootScenario;
import org.daxkit.conformance.wire.Exchange;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Endpoint;
import software.amazon.awssdk.services.dax.model.Node;

/**
 * RN-4: invariants of the cluster a reboot returns, checked on the RebootNode response and on
 * DescribeClusters right after it, over generated reboots (cluster size and node).
 */
public final class InvariantChecks {
    /** Node states in which a node is up and so has an endpoint; nodes being created or removed have none. */
    private static final Set<String> NODES_WITH_ENDPOINTS = Set.of("available", "rebooting");

    private InvariantChecks() {
    }

    /** One invariant of one view of the cluster; throws CheckFailure through {@link View#fail}. */
    @FunctionalInterface
    private interface Invariant {
        void verify(View view, RebootObservation o, TargetContext ctx);
    }

    /** The cluster as one response showed it, and how to fail naming that response. */
    private record View(String where, Cluster cluster, Exchange exchange) {
        void fail(String message) {
            throw new CheckFailure(message + " in " + where, exchange);
        }
    }

    public static List<Check> all() {
        return List.of(
                check("inv.requested-node-listed", "RN-4.1", "the rebooted node is listed in Nodes",
                        InvariantChecks::requestedNodeListed),
                check("inv.node-ids-unique", "RN-4.2", "node ids are unique", InvariantChecks::nodeIdsUnique),
                check("inv.total-nodes", "RN-4.3", "TotalNodes equals the number of Nodes",
                        InvariantChecks::totalNodes),
                check("inv.active-nodes-bounded", "RN-4.4", "ActiveNodes is between 0 and TotalNodes",
                        InvariantChecks::activeNodesBounded),
                check("inv.cluster-arn", "RN-4.5", "ClusterArn is arn:aws:dax:<region>:<account>:cache/<name>",
                        InvariantChecks::clusterArn),
                check("inv.cluster-name", "RN-4.6", "ClusterName names the cluster rebooted",
                        InvariantChecks::clusterName),
                check("inv.endpoint-url", "RN-4.7", "endpoint URLs agree with Address and Port",
                        InvariantChecks::endpointUrls),
                check("inv.other-nodes-untouched", "RN-4.8", "the other nodes are untouched by the reboot",
                        InvariantChecks::otherNodesUntouched));
    }

    private static Check check(String id, String clause, String title, Invariant invariant) {
        return Check.of(id, clause, title, ctx -> {
            ctx.requireRebootNode();
            PropertyChecks.forAll(ctx.properties(), ctx.observations().scenarios(), s -> {
                RebootObservation o = ctx.observations().observe(s);
                invariant.verify(new View("the RebootNode response", o.rebootCluster(), o.reboot().exchange()), o, ctx);
                invariant.verify(new View("DescribeClusters right after RebootNode", o.duringCluster(),
                        o.during().exchange()), o, ctx);
            });
            return CheckVerdict.passed();
        });
    }

    private static void requestedNodeListed(View v, RebootObservation o, TargetContext ctx) {
        if (ClusterViews.node(v.cluster(), o.nodeId()) == null) {
            v.fail("after RebootNode of node " + o.nodeId() + ", Nodes must list it; got " + nodeIds(v.cluster()));
        }
    }

    private static void nodeIdsUnique(View v, RebootObservation o, TargetContext ctx) {
        Set<String> seen = new HashSet<>();
        for (String id : nodeIds(v.cluster())) {
            if (!seen.add(id)) {
                v.fail("node ids must be unique; got " + id + " twice in " + nodeIds(v.cluster()));
            }
        }
    }

    private static void totalNodes(View v, RebootObservation o, TargetContext ctx) {
        int listed = nodeIds(v.cluster()).size();
        if (!Objects.equals(v.cluster().totalNodes(), listed)) {
            v.fail("TotalNodes must equal the number of Nodes; got TotalNodes=" + v.cluster().totalNodes() + " with "
                    + listed + " node(s) " + nodeIds(v.cluster()));
        }
    }

    private static void activeNodesBounded(View v, RebootObservation o, TargetContext ctx) {
        Integer active = v.cluster().activeNodes();
        Integer total = v.cluster().totalNodes();
        if (active == null || total == null || active < 0 || active > total) {
            v.fail("ActiveNodes must be between 0 and TotalNodes; got ActiveNodes=" + active + ", TotalNodes="
                    + total);
        }
    }

    private static void clusterArn(View v, RebootObservation o, TargetContext ctx) {
        String arn = v.cluster().clusterArn();
        Pattern expected = Pattern.compile("arn:aws(-[a-z]+)*:dax:" + Pattern.quote(ctx.target().region().id())
                + ":\\d{12}:cache/" + Pattern.quote(o.clusterName().toLowerCase(Locale.ROOT)),
                Pattern.CASE_INSENSITIVE);
        if (arn == null || !expected.matcher(arn).matches()) {
            v.fail("ClusterArn must be arn:aws:dax:" + ctx.target().region().id() + ":<12-digit account>:cache/"
                    + o.clusterName() + "; got " + (arn == null ? "none" : "\"" + arn + "\""));
        }
    }

    private static void clusterName(View v, RebootObservation o, TargetContext ctx) {
        String name = v.cluster().clusterName();
        if (name == null || !name.equalsIgnoreCase(o.clusterName())) {
            v.fail("ClusterName must name the cluster rebooted, " + o.clusterName() + "; got "
                    + (name == null ? "none" : "\"" + name + "\""));
        }
    }

    /**
     * The discovery endpoint and the endpoint of every node that is up (available or rebooting) carry
     * Address and Port, as every AWS sample shows; URL is newer and optional, and must agree when present.
     */
    private static void endpointUrls(View v, RebootObservation o, TargetContext ctx) {
        endpoint(v, "ClusterDiscoveryEndpoint", v.cluster().clusterDiscoveryEndpoint());
        if (v.cluster().hasNodes()) {
            for (Node n : v.cluster().nodes()) {
                if (NODES_WITH_ENDPOINTS.contains(n.nodeStatus())) {
                    endpoint(v, "the Endpoint of " + n.nodeStatus() + " node " + n.nodeId(), n.endpoint());
                }
            }
        }
    }

    private static void endpoint(View v, String what, Endpoint e) {
        if (e == null || e.address() == null || e.address().isBlank() || e.port() == null) {
            v.fail(what + " must carry Address and Port; got " + (e == null ? "none" : "Address=" + e.address()
                    + ", Port=" + e.port()));
        }
        if (e.url() == null) {
            return;
        }
        URI url;
        try {
            url = URI.create(e.url());
        } catch (IllegalArgumentException ex) {
            url = null;
        }
        boolean ok = url != null && ("dax".equals(url.getScheme()) || "daxs".equals(url.getScheme()))
                && Objects.equals(url.getHost(), e.address()) && Objects.equals(urlPort(url), e.port());
        if (!ok) {
            v.fail(what + " must have URL dax://Address[:Port] or daxs://Address[:Port] (default ports 8111 and"
                    + " 9111); got URL \"" + e.url() + "\" with Address=" + e.address() + ", Port=" + e.port());
        }
    }

    /** The URL's port, or the scheme's default: dax 8111, daxs 9111. */
    private static int urlPort(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "daxs".equals(url.getScheme()) ? 9111 : 8111;
    }

    private static void otherNodesUntouched(View v, RebootObservation o, TargetContext ctx) {
        Cluster before = o.beforeCluster();
        if (!before.hasNodes() || before.nodes().isEmpty()) {
            throw new CheckFailure(CheckFailure.Step.SETUP, "DescribeClusters of available cluster "
                    + o.clusterName() + " just before the reboot must list its nodes; got "
                    + ClusterViews.describe(before), o.before().exchange());
        }
        for (Node was : before.nodes()) {
            if (was.nodeId().equals(o.nodeId())) {
                continue;
            }
            Node now = ClusterViews.node(v.cluster(), was.nodeId());
            if (now == null) {
                v.fail("rebooting node " + o.nodeId() + " must leave node " + was.nodeId() + " listed; got "
                        + nodeIds(v.cluster()));
            }
            if (!Objects.equals(was.nodeStatus(), now.nodeStatus()) || !Objects.equals(was.endpoint(), now.endpoint())
                    || !Objects.equals(was.nodeCreateTime(), now.nodeCreateTime())
                    || !Objects.equals(was.availabilityZone(), now.availabilityZone())) {
                v.fail("rebooting node " + o.nodeId() + " must leave node " + was.nodeId() + " untouched; it was "
                        + was + ", got " + now);
            }
        }
    }

    private static List<String> nodeIds(Cluster c) {
        return c.hasNodes() ? c.nodes().stream().map(Node::nodeId).toList() : List.of();
    }
}
