package org.daxkit.reference.ops;

import java.util.Set;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Shape;

/**
 * One row of the route table: the name after {@code AmazonDAXV3.} in X-Amz-Target, its handler, the
 * JSON types of its request members (checked before the handler runs), and the error shapes the service
 * model lists for it (what fault injection may use, and all the handler may answer).
 */
public record Operation(String name, OperationHandler handler, Shape requestShape, Set<ErrorCode> modeledFaults) {
}
