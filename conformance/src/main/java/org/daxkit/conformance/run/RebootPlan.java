package org.daxkit.conformance.run;

import org.daxkit.conformance.check.Check;
import java.util.List;

/**
 * How often a run reboots the one node of a configured existing cluster, said before the first check: one
 * reboot, followed until the node is back, serves every check that observes a reboot; the check of a
 * reboot of a rebooting node needs one more (up to two more when its race is lost).
 */
public record RebootPlan(int reboots, int observing, boolean rebootWhileRebooting) {
    private static final String WHILE_REBOOTING = "state.reboot-while-rebooting";
    private static final List<String> OBSERVING_PREFIXES = List.of("shape.", "inv.", "state.", "wire.");

    public static RebootPlan of(List<Check> checks) {
        boolean whileRebooting = checks.stream().anyMatch(c -> c.id().equals(WHILE_REBOOTING));
        int observing = (int) checks.stream().filter(c -> !c.id().equals(WHILE_REBOOTING))
                .filter(c -> OBSERVING_PREFIXES.stream().anyMatch(p -> c.id().startsWith(p))).count();
        return new RebootPlan((observing > 0 ? 1 : 0) + (whileRebooting ? 1 : 0), observing, whileRebooting);
    }

    /** One line for the run's header. */
    public String describe(String cluster, String node) {
        StringBuilder b = new StringBuilder("existing cluster ").append(cluster).append(": the suite reboots node ")
                .append(node).append(' ').append(reboots).append(reboots == 1 ? " time" : " times");
        if (observing > 0) {
            b.append(" (one reboot, followed until the node is available again, shared by ").append(observing)
                    .append(" checks");
            b.append(rebootWhileRebooting ? "; one more for " + WHILE_REBOOTING + ", up to two more if its race is"
                    + " lost)" : ")");
        } else if (rebootWhileRebooting) {
            b.append(" (for ").append(WHILE_REBOOTING).append(", up to two more if its race is lost)");
        }
        return b.append("; it creates and deletes no cluster").toString();
    }
}
