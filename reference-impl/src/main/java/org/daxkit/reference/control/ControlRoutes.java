package org.daxkit.reference.control;

import java.util.List;
import org.daxkit.reference.ops.OperationTable;
import org.daxkit.reference.state.DaxStore;

/** Assembles the control API's route table. */
public final class ControlRoutes {
    private ControlRoutes() {
    }

    public static ControlApiHandler handler(DaxStore store, OperationTable operations) {
        return new ControlApiHandler(List.of(
                new InfoRoute(store.settings()),
                new ResetRoute(store),
                new CompleteTransitionsRoute(store),
                new AdvanceClockRoute(store),
                new InjectFaultRoute(store, operations),
                new ListFaultsRoute(store),
                new ClearFaultsRoute(store),
                new ServiceLinkedRoleRoute(store),
                new PendingRebootRoute(store)));
    }
}
