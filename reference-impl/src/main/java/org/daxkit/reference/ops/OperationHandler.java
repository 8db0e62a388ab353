package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.DaxStore;

/** How one DAX operation answers a request; its name, shape and faults are in {@link Operations}. */
public interface OperationHandler {
    /**
     * Whether {@link #handle} checks the service-linked role at its own step; otherwise the front door
     * checks it right after the type check, before anything else.
     */
    default boolean checksServiceLinkedRoleItself() {
        return false;
    }

    /** Answers the request, or throws a {@link org.daxkit.reference.api.DaxFault}. */
    ObjectNode handle(Input input, DaxStore store);
}
