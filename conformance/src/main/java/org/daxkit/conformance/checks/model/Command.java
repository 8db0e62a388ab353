package org.daxkit.conformance.checks.model;

/**
 * One step of a generated sequence. Clusters are named by slot (0-1); each attempt maps slots to fresh
 * names. Node and size arguments are intents, resolved against the model when the step runs, so a step
 * means something in any position and a shrunk sequence stays meaningful.
 */
public sealed interface Command {

    /** Nothing at all: what a step shrinks to when it does not matter, left out of the printed case. */
    record Skip() implements Command {
        @Override
        public String toString() {
            return "skip";
        }
    }

    record Create(int slot, int replicationFactor) implements Command {
        @Override
        public String toString() {
            return "CreateCluster(slot " + slot + ", ReplicationFactor " + replicationFactor + ")";
        }
    }

    /** RebootNode of node #index of the slot's cluster (modulo its node count). */
    record Reboot(int slot, int nodeIndex) implements Command {
        @Override
        public String toString() {
            return "RebootNode(slot " + slot + ", node #" + nodeIndex + ")";
        }
    }

    /** RebootNode of a node id the slot's cluster never had. */
    record RebootUnknownNode(int slot) implements Command {
        @Override
        public String toString() {
            return "RebootNode(slot " + slot + ", unknown node)";
        }
    }

    record Increase(int slot, int by) implements Command {
        @Override
        public String toString() {
            return "IncreaseReplicationFactor(slot " + slot + ", +" + by + ")";
        }
    }

    record Decrease(int slot, int by) implements Command {
        @Override
        public String toString() {
            return "DecreaseReplicationFactor(slot " + slot + ", -" + by + ")";
        }
    }

    record Delete(int slot) implements Command {
        @Override
        public String toString() {
            return "DeleteCluster(slot " + slot + ")";
        }
    }

    /** Waits until the slot's cluster is available with every node available, or gone. */
    record Settle(int slot) implements Command {
        @Override
        public String toString() {
            return "Settle(slot " + slot + ")";
        }
    }
}
