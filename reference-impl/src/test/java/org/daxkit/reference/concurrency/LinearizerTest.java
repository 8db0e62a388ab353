package org.daxkit.reference.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daxkit.reference.concurrency.Linearizer.Call;
import org.junit.jupiter.api.Test;

/** The checker itself: it must refuse histories no sequential order explains, and find one when it exists. */
class LinearizerTest {
    private static final Op CREATE = new Op(Op.Kind.CREATE, "ka", 2, null);
    private static final Op DESCRIBE = new Op(Op.Kind.DESCRIBE, "ka", 0, null);
    private static final Op REBOOT_B = new Op(Op.Kind.REBOOT, "ka", 0, "b");
    private static final Op DECREASE = new Op(Op.Kind.DECREASE, "ka", 1, null);
    private static final Outcome NOT_FOUND = Outcome.fault("ClusterNotFoundFault");

    @Test
    void refusesAMissAfterTheCreateReturned() {
        List<Call> history = List.of(new Call(0, CREATE, Outcome.SUCCESS, 0, 1), new Call(1, DESCRIBE, NOT_FOUND, 2, 3));
        assertThat(Linearizer.linearize(history, ClusterModel.empty())).isEmpty();
    }

    @Test
    void ordersOverlappingCallsAsTheOutcomesRequire() {
        List<Call> history = List.of(new Call(0, CREATE, Outcome.SUCCESS, 0, 3), new Call(1, DESCRIBE, NOT_FOUND, 1, 2));
        assertThat(Linearizer.linearize(history, ClusterModel.empty())).hasValueSatisfying(order ->
                assertThat(order).extracting(Call::op).containsExactly(DESCRIBE, CREATE));
    }

    @Test
    void followsNodeIdsThroughADecrease() {
        List<Call> removed = List.of(new Call(0, CREATE, Outcome.SUCCESS, 0, 1),
                new Call(0, DECREASE, Outcome.SUCCESS, 2, 3),
                new Call(1, REBOOT_B, Outcome.SUCCESS, 4, 5));
        assertThat(Linearizer.linearize(removed, ClusterModel.empty())).isEmpty();

        List<Call> overlapping = List.of(new Call(0, CREATE, Outcome.SUCCESS, 0, 1),
                new Call(0, DECREASE, Outcome.SUCCESS, 2, 5),
                new Call(1, REBOOT_B, Outcome.SUCCESS, 3, 4));
        assertThat(Linearizer.linearize(overlapping, ClusterModel.empty())).isPresent();
    }
}
