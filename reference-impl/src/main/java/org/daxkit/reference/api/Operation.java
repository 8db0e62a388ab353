package org.daxkit.reference.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.daxkit.reference.state.DaxStore;

/** One DAX operation: its wire name, its modeled faults, and how it answers a request. */
public interface Operation {
    /** The name after {@code AmazonDAXV3.} in X-Amz-Target. */
    String name();

    /** The JSON types of the request members, checked before {@link #handle}. */
    Shape requestShape();

    /** The error shapes the service model lists for this operation (what fault injection may use). */
    Set<ErrorCode> modeledFaults();

    /**
     * Whether {@link #handle} checks the service-linked role at its own step; otherwise the front door
     * checks it right after the type check, before anything else.
     */
    default boolean checksServiceLinkedRoleItself() {
        return false;
    }

    /** Answers the request, or throws a {@link DaxFault}. */
    ObjectNode handle(Input input, DaxStore store);
}
