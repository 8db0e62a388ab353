package org.daxkit.conformance.checks.model;


import java.util.List;
import org.quicktheories.core.Gen;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Generators of scenarios. Every value shrinks towards its simplest form: a step towards {@link Command.Skip}
 * (so a step that does not matter disappears), the list towards fewer steps, sizes towards one node,
 * clusters towards "settled before the steps", slots and node indexes towards 0.
 */
public final class Commands {
    public static final int SLOTS = 2;
    /** Keeps sequences fast: no cluster of a sequence grows beyond this many nodes. */
    public static final int MAX_NODES = 4;
    static final int MAX_STEPS = 10;

    private Commands() {
    }

    /**
     * The most clusters one sequence can create: one per slot, and one more for every CreateCluster step
     * after a DeleteCluster step freed its slot's name (at most half the steps).
     */
    public static int mostClustersPerSequence() {
        return SLOTS + MAX_STEPS / 2;
    }

    public static Gen<Scenario> scenarios() {
        Gen<List<Integer>> sizes = lists().of(integers().between(1, 3)).ofSize(SLOTS);
        Gen<List<Boolean>> settled = lists().of(integers().between(0, 9).map(i -> i < 8)).ofSize(SLOTS);
        Gen<List<Command>> steps = lists().of(command()).ofSizeBetween(1, MAX_STEPS);
        return sizes.zip(settled, steps, Scenario::new);
    }

    /**
     * One step from four draws (kind, slot, index, amount), always the same four, so dropping a step never
     * shifts the draws of the others. About half the steps reboot a node the cluster has.
     */
    static Gen<Command> command() {
        return integers().between(0, 99).zip(integers().between(0, SLOTS - 1), integers().between(0, 3),
                integers().between(1, 2), Commands::command);
    }

    static Command command(int kind, int slot, int index, int amount) {
        if (kind < 2) {
            return new Command.Skip();
        } else if (kind < 57) {
            return new Command.Reboot(slot, index);
        } else if (kind < 60) {
            return new Command.RebootUnknownNode(slot);
        } else if (kind < 74) {
            return new Command.Settle(slot);
        } else if (kind < 81) {
            return new Command.Increase(slot, amount);
        } else if (kind < 88) {
            return new Command.Decrease(slot, amount);
        } else if (kind < 92) {
            return new Command.Delete(slot);
        }
        return new Command.Create(slot, amount + index % 2);
    }
}
