package org.daxkit.conformance.checks.model;

/**
 * One step of a generated call sequence. Clusters are named by slot (0-1); each attempt maps slots to
 * fresh names. Node and size arguments are intents resolved against the model when the step runs.
 */
public sealed interface Command {

    int slot();

    record Create(int slot, int replicationFactor) implements Command {
        @Override
        public String toString() {
            return "CreateCluster(slot " + slot + ", ReplicationFactor " + replicationFactor + ")";
        }
    }

    record Reboot(int slot, int nodeIndex) implements Command {
        @Override
        public String toString() {
            return "RebootNode(slot " + slot + ", node #" + nodeIndex + ")";
        }
    }

    record Describe(int slot) implements Command {
        @Override
        public String toString() {
            return "DescribeClusters(slot " + slot + ")";
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
}
