package org.daxkit.reference.state;

/**
 * The event messages, in the form the AWS CLI's describe-events example shows ("Cluster created.",
 * "Removed node daxcluster-b.", "Cluster deleted."): a sentence ending with a period. Messages for what
 * no published sample shows (reboots, added nodes, updates, groups) follow the same style; they are the
 * kit's choice.
 */
public final class EventMessages {
    public static final String CLUSTER_CREATED = "Cluster created.";
    public static final String CLUSTER_DELETED = "Cluster deleted.";
    public static final String CLUSTER_UPDATED = "Cluster updated.";

    private EventMessages() {
    }

    public static String removedNode(String nodeId) {
        return "Removed node " + nodeId + ".";
    }

    public static String addedNode(String nodeId) {
        return "Added node " + nodeId + ".";
    }

    public static String rebootingNode(String nodeId) {
        return "Rebooting node " + nodeId + ".";
    }

    public static String nodeRebooted(String nodeId) {
        return "Node " + nodeId + " rebooted.";
    }
}
