package org.daxkit.stubs.record;

import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.DaxException;

import static org.daxkit.stubs.StubInputs.CLUSTER;
import static org.daxkit.stubs.StubInputs.CREATING_CLUSTER;
import static org.daxkit.stubs.StubInputs.CREATING_CLUSTER_NODE;
import static org.daxkit.stubs.StubInputs.IAM_ROLE_ARN;
import static org.daxkit.stubs.StubInputs.MALFORMED_CLUSTER_NAME;
import static org.daxkit.stubs.StubInputs.MALFORMED_NODE_ID;
import static org.daxkit.stubs.StubInputs.NODES;
import static org.daxkit.stubs.StubInputs.NODE_TYPE;
import static org.daxkit.stubs.StubInputs.NO_ROLE_CLUSTER;
import static org.daxkit.stubs.StubInputs.NO_ROLE_NODE;
import static org.daxkit.stubs.StubInputs.PARAMETER_COMBINATION_CLUSTER;
import static org.daxkit.stubs.StubInputs.PARAMETER_COMBINATION_NODE;
import static org.daxkit.stubs.StubInputs.NODE;
import static org.daxkit.stubs.StubInputs.REPLICATION_FACTOR;
import static org.daxkit.stubs.StubInputs.UNKNOWN_CLUSTER;
import static org.daxkit.stubs.StubInputs.UNKNOWN_CLUSTER_NODE;
import static org.daxkit.stubs.StubInputs.UNKNOWN_NODE;
import static org.daxkit.stubs.record.ScenarioStep.STARTED;

/**
 * The story the stubs are recorded from, in order. It records what the reference answers and judges
 * nothing: the stubs' own tests check the answers. Transitions complete only through the control API
 * (the reference's clock is fixed), so every run sees the same states.
 */
final class RecordingScript {
    private static final String CREATE = "create-cluster";
    private static final String REBOOT = "reboot-node";
    private static final String DELETE = "delete-cluster";

    private final DaxClient dax;
    private final ReferenceControl control;
    private final WireCapture capture;
    private final Recording recording;

    RecordingScript(DaxClient dax, ReferenceControl control, WireCapture capture, Recording recording) {
        this.dax = dax;
        this.control = control;
        this.capture = capture;
        this.recording = recording;
    }

    void run() {
        createCluster();
        reboot();
        rebootFaults();
        injectedRebootFaults();
        deleteCluster();
    }

    /** CreateCluster, then one DescribeClusters showing {@code creating}; afterwards the reboot scenario shows it available. */
    private void createCluster() {
        dax.createCluster(r -> r.clusterName(CLUSTER).nodeType(NODE_TYPE)
                .replicationFactor(REPLICATION_FACTOR).iamRoleArn(IAM_ROLE_ARN));
        recording.stub("create-cluster--create", ScenarioStep.in(CREATE, STARTED).to("creating"));
        describeCluster();
        recording.stub("create-cluster--describe-creating", ScenarioStep.in(CREATE, "creating").to("created").overriding());
        control.completeTransitions();
    }

    /**
     * Started: the cluster is available. RebootNode of node X moves to {@code rebooting-X}; there a second
     * RebootNode of X restarts the reboot, and the next DescribeClusters shows X rebooting and moves back to
     * Started, whose DescribeClusters shows it available again (checked below: the cluster after the reboot
     * equals the cluster before it). One node reboots at a time.
     */
    private void reboot() {
        describeCluster();
        Exchange before = capture.last();
        recording.stub("reboot-node--describe-available", ScenarioStep.in(REBOOT, STARTED));
        dax.describeClusters(r -> { });
        recording.stub("reboot-node--describe-all-available", ScenarioStep.in(REBOOT, STARTED));
        for (String node : NODES) {
            rebootOneNode(node, before);
        }
    }

    private void rebootOneNode(String node, Exchange before) {
        String suffix = node.substring(CLUSTER.length() + 1);
        String rebooting = "rebooting-" + suffix;
        dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(node));
        recording.stub("reboot-node--reboot-" + suffix, ScenarioStep.in(REBOOT, STARTED).to(rebooting));
        dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(node));
        recording.stub("reboot-node--reboot-" + suffix + "-again", ScenarioStep.in(REBOOT, rebooting));
        describeCluster();
        recording.stub("reboot-node--describe-" + suffix + "-rebooting", ScenarioStep.in(REBOOT, rebooting).to(STARTED));
        dax.describeClusters(r -> { });
        recording.stub("reboot-node--describe-all-" + suffix + "-rebooting", ScenarioStep.in(REBOOT, rebooting).to(STARTED));

        control.completeTransitions();
        describeCluster();
        Exchange after = capture.last();
        if (!after.responseBody().equals(before.responseBody())) {
            throw new IllegalStateException("The reboot scenario returns to its first state, so the cluster after "
                    + "the reboot of " + node + " must equal the cluster before it; the reference now differs.\nbefore: "
                    + before.responseBody() + "\nafter:  " + after.responseBody());
        }
    }

    /** Faults RebootNode's own inputs trigger: one stub each, answering in every state. */
    private void rebootFaults() {
        rebootFault("reboot-node--unknown-cluster", UNKNOWN_CLUSTER, UNKNOWN_CLUSTER_NODE);
        rebootFault("reboot-node--unknown-node", CLUSTER, UNKNOWN_NODE);
        rebootFault("reboot-node--missing-node-id", CLUSTER, null);
        rebootFault("reboot-node--missing-cluster-name", null, NODE);
        rebootFault("reboot-node--empty-cluster-name", "", NODE);
        rebootFault("reboot-node--empty-node-id", CLUSTER, "");
        rebootFault("reboot-node--malformed-cluster-name", MALFORMED_CLUSTER_NAME, NODE);
        rebootFault("reboot-node--malformed-node-id", CLUSTER, MALFORMED_NODE_ID);

        createQuietly(CREATING_CLUSTER);
        rebootFault("reboot-node--cluster-not-available", CREATING_CLUSTER, CREATING_CLUSTER_NODE);
        control.completeTransitions();
    }

    /**
     * The two faults no input triggers, injected through the control API into requests that are otherwise
     * valid (existing, available clusters); their dedicated cluster names are what the stubs match on.
     */
    private void injectedRebootFaults() {
        createQuietly(NO_ROLE_CLUSTER);
        createQuietly(PARAMETER_COMBINATION_CLUSTER);
        control.completeTransitions();
        control.injectFault("RebootNode", "ServiceLinkedRoleNotFoundFault");
        rebootFault("reboot-node--service-linked-role-not-found", NO_ROLE_CLUSTER, NO_ROLE_NODE);
        control.injectFault("RebootNode", "InvalidParameterCombinationException");
        rebootFault("reboot-node--invalid-parameter-combination", PARAMETER_COMBINATION_CLUSTER, PARAMETER_COMBINATION_NODE);
    }

    /** DeleteCluster, one DescribeClusters showing {@code deleting}, then the cluster is gone for good. */
    private void deleteCluster() {
        dax.deleteCluster(r -> r.clusterName(CLUSTER));
        recording.stub("delete-cluster--delete", ScenarioStep.in(DELETE, STARTED).to("deleting"));
        describeCluster();
        recording.stub("delete-cluster--describe-deleting", ScenarioStep.in(DELETE, "deleting").to("deleted").overriding());
        control.completeTransitions();
        attempt(this::describeCluster);
        recording.stub("delete-cluster--describe-deleted", ScenarioStep.in(DELETE, "deleted").overriding());
        attempt(() -> dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(NODE)));
        recording.stub("delete-cluster--reboot-deleted", ScenarioStep.in(DELETE, "deleted").overriding());
    }

    private void describeCluster() {
        dax.describeClusters(r -> r.clusterNames(CLUSTER));
    }

    /** RebootNode with the given inputs (null: member not sent), recorded whatever it answers. */
    private void rebootFault(String name, String clusterName, String nodeId) {
        attempt(() -> dax.rebootNode(r -> r.clusterName(clusterName).nodeId(nodeId)));
        recording.stub(name);
    }

    /** A one-node cluster that only serves as a background for a recorded call; its own calls are not stubs. */
    private void createQuietly(String clusterName) {
        dax.createCluster(r -> r.clusterName(clusterName).nodeType(NODE_TYPE).replicationFactor(1).iamRoleArn(IAM_ROLE_ARN));
    }

    /** Runs a call that may fail with a DAX fault: the wire exchange, not the exception, is what gets recorded. */
    private static void attempt(Runnable call) {
        try {
            call.run();
        } catch (DaxException fault) {
            // Recorded from the wire by WireCapture.
        }
    }
}
