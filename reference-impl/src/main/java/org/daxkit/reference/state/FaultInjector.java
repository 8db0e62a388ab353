package org.daxkit.reference.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;

/** Faults queued by the control API: the next calls of an operation fail with them, first queued first. */
public final class FaultInjector {

    /** A queued fault and how many more calls it fails. */
    public record Pending(String operation, ErrorCode code, String message, int remaining) {
    }

    private final List<Pending> pending = new ArrayList<>();

    public void add(String operation, ErrorCode code, String message, int count) {
        pending.add(new Pending(operation, code, message, count));
    }

    /** Consumes one use of the first fault queued for this operation, if any. */
    public Optional<DaxFault> take(String operation) {
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (p.operation().equals(operation)) {
                if (p.remaining() <= 1) {
                    pending.remove(i);
                } else {
                    pending.set(i, new Pending(p.operation(), p.code(), p.message(), p.remaining() - 1));
                }
                return Optional.of(new DaxFault(p.code(), p.message()));
            }
        }
        return Optional.empty();
    }

    public List<Pending> pending() {
        return List.copyOf(pending);
    }

    /** Removes every queued fault and says how many entries there were. */
    public int clear() {
        int count = pending.size();
        pending.clear();
        return count;
    }
}
