package org.daxkit.reference.ops;

import java.util.List;
import org.daxkit.reference.api.OperationTable;

/** Every DAX operation the reference answers (all 21 of the service model), as one route table. */
public final class Operations {
    private Operations() {
    }

    public static OperationTable table() {
        return new OperationTable(List.of(
                new CreateClusterHandler(),
                new DescribeClustersHandler(),
                new UpdateClusterHandler(),
                new DeleteClusterHandler(),
                new RebootNodeHandler(),
                new IncreaseReplicationFactorHandler(),
                new DecreaseReplicationFactorHandler(),
                new CreateParameterGroupHandler(),
                new DescribeParameterGroupsHandler(),
                new UpdateParameterGroupHandler(),
                new DeleteParameterGroupHandler(),
                new DescribeParametersHandler(),
                new DescribeDefaultParametersHandler(),
                new CreateSubnetGroupHandler(),
                new DescribeSubnetGroupsHandler(),
                new UpdateSubnetGroupHandler(),
                new DeleteSubnetGroupHandler(),
                new DescribeEventsHandler(),
                new TagResourceHandler(),
                new UntagResourceHandler(),
                new ListTagsHandler()));
    }
}
