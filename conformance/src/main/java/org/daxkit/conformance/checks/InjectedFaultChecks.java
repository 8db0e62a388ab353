package org.daxkit.conformance.checks;

import java.util.List;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.faults.FaultExpectations;
import org.daxkit.conformance.faults.ListedFault;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.targets.ControlApi;

/**
 * RN-3.10 to RN-3.12: faults RebootNode's own inputs cannot trigger, shown through the target's fault
 * injection or its service-linked-role switch; NOT_VERIFIED, naming the capability, where it has none.
 */
public final class InjectedFaultChecks {
    private InjectedFaultChecks() {
    }

    public static List<Check> all() {
        return List.of(
                injected("fault.service-linked-role", "RN-3.10", ListedFault.SERVICE_LINKED_ROLE_NOT_FOUND),
                injected("fault.invalid-parameter-combination", "RN-3.11", ListedFault.INVALID_PARAMETER_COMBINATION),
                Check.forFault("fault.service-linked-role.role-missing", "RN-3.12",
                        "without the service-linked role RebootNode fails with ServiceLinkedRoleNotFoundFault",
                        ListedFault.SERVICE_LINKED_ROLE_NOT_FOUND.code(), InjectedFaultChecks::roleMissing));
    }

    private static Check injected(String id, String clause, ListedFault fault) {
        return Check.forFault(id, clause, "an injected " + fault.code() + " reaches the SDK as "
                        + fault.sdkClass().getSimpleName(), fault.code(),
                ctx -> {
                    ctx.requireRebootNode();
                    ControlApi control = ctx.require(Capability.FAULT_INJECTION, "to make RebootNode fail with "
                            + fault.code());
                    ClusterRef c = ctx.clusters().fixture();
                    control.injectFault("RebootNode", fault.code(), 1, "injected by the DAX conformance suite");
                    try {
                        return CheckVerdict.passed(FaultExpectations.verify(
                                ctx.retryingCalls().rebootNode(c.name(), c.nodeToReboot(0)), fault,
                                "RebootNode with an injected " + fault.code()));
                    } finally {
                        control.clearFaults();
                    }
                });
    }

    private static CheckVerdict roleMissing(TargetContext ctx) {
        ctx.requireRebootNode();
        ControlApi control = ctx.require(Capability.SERVICE_LINKED_ROLE, "to remove the service-linked role");
        ClusterRef c = ctx.clusters().fixture();
        control.serviceLinkedRole(false);
        try {
            return CheckVerdict.passed(FaultExpectations.verify(ctx.retryingCalls().rebootNode(c.name(), c.nodeToReboot(0)),
                    ListedFault.SERVICE_LINKED_ROLE_NOT_FOUND, "RebootNode while the service-linked role is missing"));
        } finally {
            control.serviceLinkedRole(true);
        }
    }
}
