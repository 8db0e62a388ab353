package org.daxkit.reference.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventLogBoundTest {

    @Test
    void keepsOnlyTheNewestEventsSoALongRunKeepsMemoryBounded() {
        State state = new State();
        for (int i = 0; i < State.MAX_EVENTS + 5; i++) {
            state.addEvent("c" + i, Event.SourceType.CLUSTER, "event " + i, Instant.EPOCH);
        }

        assertThat(state.events).hasSize(State.MAX_EVENTS);
        assertThat(state.events.get(0).message()).isEqualTo("event 5");
        assertThat(state.events.get(State.MAX_EVENTS - 1).message()).isEqualTo("event " + (State.MAX_EVENTS + 4));
    }
}
