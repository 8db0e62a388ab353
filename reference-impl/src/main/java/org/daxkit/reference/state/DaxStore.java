package org.daxkit.reference.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.daxkit.reference.config.ServerSettings;
import org.daxkit.reference.api.DaxFault;

/**
 * The one place all state lives. Every access takes the lock and first completes the transitions
 * that are due by now, so time-based behaviour needs no background threads.
 */
public final class DaxStore {
    private final ServerSettings settings;
    private final TimeSource time;
    private State state;

    public DaxStore(ServerSettings settings, TimeSource time) {
        this.settings = settings;
        this.time = time;
        this.state = State.initial(settings);
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Runs one unit of work against up-to-date state. */
    public synchronized <T> T apply(Function<Tx, T> work) {
        Instant now = time.now();
        Transitions.applyDue(state, now);
        return work.apply(new Tx(state, now, settings));
    }

    /** Fails with ServiceLinkedRoleNotFoundFault while the role is missing. */
    public void requireServiceLinkedRole() {
        apply(tx -> {
            tx.requireServiceLinkedRole();
            return null;
        });
    }

    /** Takes one use of a fault injected for this operation, if any is queued. */
    public synchronized Optional<DaxFault> takeInjectedFault(String operation) {
        return state.faults.take(operation);
    }

    /** Back to a fresh account: clusters, groups, events, tags and injected faults cleared, role present. */
    public synchronized void reset() {
        state = State.initial(settings);
    }

    /** Completes every pending transition now; returns how many completed. */
    public synchronized int completeTransitions() {
        Instant now = time.now();
        Transitions.applyDue(state, now);
        return Transitions.completeAll(state, now);
    }

    /** Moves server time forward; returns how many transitions became due and completed. */
    public synchronized int advanceClock(Duration by) {
        Transitions.applyDue(state, time.now());
        time.advance(by);
        return Transitions.applyDue(state, time.now());
    }

    public Instant now() {
        return time.now();
    }
}
