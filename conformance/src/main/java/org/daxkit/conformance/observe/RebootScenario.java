package org.daxkit.conformance.observe;

import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import java.util.List;

/** One generated reboot: a cluster of {@code replicationFactor} nodes and which node to reboot. */
public record RebootScenario(int replicationFactor, int nodeIndex) {

    /** Cluster sizes the suite creates: 1, or 3 and 4 (DAX production clusters have 1 or 3 to 10 nodes). */
    public static Gen<RebootScenario> generator() {
        return Generate.pick(List.of(1, 3, 4))
                .flatMap(rf -> integers().between(0, rf - 1).map(i -> new RebootScenario(rf, i)));
    }

    @Override
    public String toString() {
        return "reboot node #" + nodeIndex + " of a " + replicationFactor + "-node cluster";
    }
}
