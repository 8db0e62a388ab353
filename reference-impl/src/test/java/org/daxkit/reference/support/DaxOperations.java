package org.daxkit.reference.support;

import java.util.List;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/** The 21 DAX operations, and their request members as the SDK's generated model knows them. */
public final class DaxOperations {
    public static final List<String> ALL = List.of("CreateCluster", "CreateParameterGroup", "CreateSubnetGroup",
            "DecreaseReplicationFactor", "DeleteCluster", "DeleteParameterGroup", "DeleteSubnetGroup",
            "DescribeClusters", "DescribeDefaultParameters", "DescribeEvents", "DescribeParameterGroups",
            "DescribeParameters", "DescribeSubnetGroups", "IncreaseReplicationFactor", "ListTags", "RebootNode",
            "TagResource", "UntagResource", "UpdateCluster", "UpdateParameterGroup", "UpdateSubnetGroup");

    private DaxOperations() {
    }

    /** The JSON member names of the operation's request, from the SDK's request builder. */
    public static List<String> requestMembers(String operation) {
        try {
            Class<?> request = Class.forName("software.amazon.awssdk.services.dax.model." + operation + "Request");
            SdkPojo builder = (SdkPojo) request.getMethod("builder").invoke(null);
            return builder.sdkFields().stream().map(SdkField::locationName).toList();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The SDK has no request class for " + operation, e);
        }
    }
}
