package org.daxkit.conformance.checks.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of call sequences; QuickTheories shrinks them to fewer and simpler steps. */
public final class Commands {
    public static final int SLOTS = 2;

    private Commands() {
    }

    public static Gen<List<Command>> sequences() {
        return lists().of(command()).ofSizeBetween(1, 8);
    }

    @SuppressWarnings("unchecked")
    static Gen<Command> command() {
        Gen<Integer> slot = integers().between(0, SLOTS - 1);
        Gen<Command> create = slot.zip(Generate.pick(List.of(1, 3)), Command.Create::new);
        Gen<Command> reboot = slot.zip(integers().between(0, 4), Command.Reboot::new);
        Gen<Command> describe = slot.map(Command.Describe::new);
        Gen<Command> increase = slot.zip(integers().between(1, 2), Command.Increase::new);
        Gen<Command> decrease = slot.zip(integers().between(1, 2), Command.Decrease::new);
        Gen<Command> delete = slot.map(Command.Delete::new);
        return Generate.frequency(Pair.of(3, create), Pair.of(4, reboot), Pair.of(2, describe),
                Pair.of(1, increase), Pair.of(1, decrease), Pair.of(1, delete));
    }
}
