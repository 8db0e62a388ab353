package org.daxkit.conformance.faults;

import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.DaxException;
import software.amazon.awssdk.services.dax.model.InvalidClusterStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.NodeNotFoundException;
import software.amazon.awssdk.services.dax.model.ServiceLinkedRoleNotFoundException;

/** RebootNode's modeled faults: the wire code and the AWS SDK for Java class it must map to. */
public enum ListedFault {
    CLUSTER_NOT_FOUND("ClusterNotFoundFault", ClusterNotFoundException.class),
    NODE_NOT_FOUND("NodeNotFoundFault", NodeNotFoundException.class),
    INVALID_CLUSTER_STATE("InvalidClusterStateFault", InvalidClusterStateException.class),
    SERVICE_LINKED_ROLE_NOT_FOUND("ServiceLinkedRoleNotFoundFault", ServiceLinkedRoleNotFoundException.class),
    INVALID_PARAMETER_VALUE("InvalidParameterValueException", InvalidParameterValueException.class),
    INVALID_PARAMETER_COMBINATION("InvalidParameterCombinationException", InvalidParameterCombinationException.class);

    private final String code;
    private final Class<? extends DaxException> sdkClass;

    ListedFault(String code, Class<? extends DaxException> sdkClass) {
        this.code = code;
        this.sdkClass = sdkClass;
    }

    public String code() {
        return code;
    }

    public Class<? extends DaxException> sdkClass() {
        return sdkClass;
    }
}
