package org.daxkit.reference.api;

import java.util.Arrays;
import java.util.Optional;

/** Every error shape the reference puts on the wire, by its exact wire name and HTTP status. */
public enum ErrorCode {
    CLUSTER_ALREADY_EXISTS("ClusterAlreadyExistsFault"),
    CLUSTER_NOT_FOUND("ClusterNotFoundFault"),
    CLUSTER_QUOTA_FOR_CUSTOMER_EXCEEDED("ClusterQuotaForCustomerExceededFault"),
    INSUFFICIENT_CLUSTER_CAPACITY("InsufficientClusterCapacityFault"),
    INVALID_ARN("InvalidARNFault"),
    INVALID_CLUSTER_STATE("InvalidClusterStateFault"),
    INVALID_PARAMETER_COMBINATION("InvalidParameterCombinationException"),
    INVALID_PARAMETER_GROUP_STATE("InvalidParameterGroupStateFault"),
    INVALID_PARAMETER_VALUE("InvalidParameterValueException"),
    INVALID_SUBNET("InvalidSubnet"),
    INVALID_VPC_NETWORK_STATE("InvalidVPCNetworkStateFault"),
    NODE_NOT_FOUND("NodeNotFoundFault"),
    NODE_QUOTA_FOR_CLUSTER_EXCEEDED("NodeQuotaForClusterExceededFault"),
    NODE_QUOTA_FOR_CUSTOMER_EXCEEDED("NodeQuotaForCustomerExceededFault"),
    PARAMETER_GROUP_ALREADY_EXISTS("ParameterGroupAlreadyExistsFault"),
    PARAMETER_GROUP_NOT_FOUND("ParameterGroupNotFoundFault"),
    PARAMETER_GROUP_QUOTA_EXCEEDED("ParameterGroupQuotaExceededFault"),
    SERVICE_LINKED_ROLE_NOT_FOUND("ServiceLinkedRoleNotFoundFault"),
    SERVICE_QUOTA_EXCEEDED("ServiceQuotaExceededException"),
    SUBNET_GROUP_ALREADY_EXISTS("SubnetGroupAlreadyExistsFault"),
    SUBNET_GROUP_IN_USE("SubnetGroupInUseFault"),
    SUBNET_GROUP_NOT_FOUND("SubnetGroupNotFoundFault"),
    SUBNET_GROUP_QUOTA_EXCEEDED("SubnetGroupQuotaExceededFault"),
    SUBNET_IN_USE("SubnetInUse"),
    SUBNET_NOT_ALLOWED("SubnetNotAllowedFault"),
    SUBNET_QUOTA_EXCEEDED("SubnetQuotaExceededFault"),
    TAG_NOT_FOUND("TagNotFoundFault"),
    TAG_QUOTA_PER_RESOURCE_EXCEEDED("TagQuotaPerResourceExceeded"),
    // Protocol-level errors common to every AWS JSON 1.1 service.
    REQUEST_TIMEOUT("RequestTimeoutException", 408),
    UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaTypeException", 415),
    SERIALIZATION("SerializationException"),
    UNKNOWN_OPERATION("UnknownOperationException"),
    // Authentication errors (only with --require-auth); statuses as AWS's common errors list them.
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403),
    UNRECOGNIZED_CLIENT("UnrecognizedClientException", 403),
    INVALID_SIGNATURE("InvalidSignatureException", 403),
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", 400),
    INTERNAL_FAILURE("InternalFailure", 500);

    private final String wireName;
    private final int httpStatus;

    ErrorCode(String wireName) {
        this(wireName, 400);
    }

    ErrorCode(String wireName, int httpStatus) {
        this.wireName = wireName;
        this.httpStatus = httpStatus;
    }

    public String wireName() {
        return wireName;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public static Optional<ErrorCode> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
