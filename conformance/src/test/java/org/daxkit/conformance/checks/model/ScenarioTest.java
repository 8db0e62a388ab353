package org.daxkit.conformance.checks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daxkit.conformance.properties.PropertyChecks;
import org.junit.jupiter.api.Test;

/**
 * A sequence holds room in the run's node limit for {@link Scenario#mostNodes()}: too little and the run could
 * exceed the account's quota, too much and fewer sequences run at once.
 */
class ScenarioTest {

    @Test
    void increasesGrowASlotUpToTheSequenceLimitAndLargerCreatesCount() {
        Scenario s = new Scenario(List.of(1, 2), List.of(true, true), List.of(
                new Command.Increase(0, 2), new Command.Decrease(0, 2), new Command.Increase(0, 2),
                new Command.Delete(1), new Command.Create(1, 3), new Command.Skip()));

        // slot 0: 1 + 2, the decrease may be refused, + 2 capped at 4; slot 1: the larger of 2 and 3
        assertThat(s.mostNodes()).isEqualTo(Commands.MAX_NODES + 3);
    }

    @Test
    void withoutGrowingStepsTheInitialSizesAreTheBound() {
        Scenario s = new Scenario(List.of(3, 1), List.of(false, true), List.of(new Command.Reboot(0, 1),
                new Command.Decrease(0, 1), new Command.Create(1, 1), new Command.Settle(1)));

        assertThat(s.mostNodes()).isEqualTo(4);
    }

    /** Plays each generated scenario on the model as if every call succeeded at once: no slot ever exceeds the bound. */
    @Test
    void noGeneratedScenarioGrowsBeyondItsBound() {
        for (Scenario s : PropertyChecks.examples(42, 200, Commands.scenarios())) {
            int[] size = s.sizes().stream().mapToInt(Integer::intValue).toArray();
            int most = size[0] + size[1];
            for (Command c : s.effectiveSteps()) {
                if (c instanceof Command.Increase x) {
                    size[x.slot()] = Math.min(Commands.MAX_NODES, size[x.slot()] + x.by());
                } else if (c instanceof Command.Decrease x) {
                    size[x.slot()] = Math.max(1, size[x.slot()] - x.by());
                } else if (c instanceof Command.Delete x) {
                    size[x.slot()] = 0;
                } else if (c instanceof Command.Create x && size[x.slot()] == 0) {
                    size[x.slot()] = x.replicationFactor();
                }
                most = Math.max(most, size[0] + size[1]);
            }
            assertThat(most).as(s.toString()).isLessThanOrEqualTo(s.mostNodes());
            assertThat(s.mostNodes()).isLessThanOrEqualTo(Commands.SLOTS * Commands.MAX_NODES);
        }
    }
}
