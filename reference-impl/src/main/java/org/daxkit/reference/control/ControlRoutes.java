package org.daxkit.reference.control;

import java.util.List;
import org.daxkit.reference.ops.OperationTable;
import org.daxkit.reference.state.DaxStore;

/** The control API's route table: method and path below /_control to the route that answers. */
public final class ControlRoutes {
    private ControlRoutes() {
    }

    public static ControlApiHandler handler(DaxStore store, OperationTable operations) {
        return new ControlApiHandler(List.of(
                new ControlRoute("GET", "/info", new InfoRoute(store.settings())),
                new ControlRoute("POST", "/reset", new ResetRoute(store)),
                new ControlRoute("POST", "/transitions/complete", new CompleteTransitionsRoute(store)),
                new ControlRoute("POST", "/clock/advance", new AdvanceClockRoute(store)),
                new ControlRoute("POST", "/faults", new InjectFaultRoute(store, operations)),
                new ControlRoute("GET", "/faults", new ListFaultsRoute(store)),
                new ControlRoute("DELETE", "/faults", new ClearFaultsRoute(store)),
                new ControlRoute("PUT", "/service-linked-role", new ServiceLinkedRoleRoute(store)),
                new ControlRoute("POST", "/pending-reboot", new PendingRebootRoute(store))));
    }
}
