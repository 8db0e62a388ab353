package org.daxkit.reference.ops;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.ClusterSpec;
import org.daxkit.reference.state.Ids;
import org.daxkit.reference.state.Names;
import org.daxkit.reference.state.ParameterGroup;
import org.daxkit.reference.state.SubnetGroup;

/** Reads and validates a CreateCluster request into a ClusterSpec; state checks come later. */
final class CreateClusterRequest {
    static final String DEFAULT_WINDOW = "sun:05:00-sun:06:00";
    private static final Pattern NODE_TYPE = Pattern.compile("dax\\.[a-z0-9]+\\.[a-z0-9]+");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern TOPIC_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[\\w-]{1,256}");
    private static final Set<String> ENCRYPTION_TYPES = Set.of("NONE", "TLS");
    private static final Set<String> NETWORK_TYPES = Set.of("ipv4", "ipv6", "dual_stack");

    private CreateClusterRequest() {
    }

    static ClusterSpec read(Input in, String region, String accountId) {
        String name = Validators.newClusterName(in, "ClusterName");
        String nodeType = in.requiredString("NodeType");
        Validators.matches("NodeType", nodeType, NODE_TYPE, "a DAX node type such as dax.r5.large");
        int replicationFactor = ReplicationFactors.check("ReplicationFactor", in.integer("ReplicationFactor")
                .orElseThrow(() -> Input.missing("ReplicationFactor")));
        String roleArn = in.requiredString("IamRoleArn");
        Validators.matches("IamRoleArn", roleArn, ROLE_ARN,
                "an IAM role ARN such as arn:aws:iam::123456789012:role/DAXRole");
        List<String> zones = ReplicationFactors.zones(in, region, replicationFactor);
        String topicArn = in.string("NotificationTopicArn").orElse(null);
        if (topicArn != null) {
            Validators.matches("NotificationTopicArn", topicArn, TOPIC_ARN, "an SNS topic ARN");
        }
        List<String> securityGroups = Validators.securityGroupIds(in.stringList("SecurityGroupIds")
                .filter(ids -> !ids.isEmpty())
                .orElse(List.of("sg-" + Ids.hex(accountId + "default-sg", 17))));
        var tags = Tags.read(in, "Tags");
        Tags.checkQuota(tags.size());
        boolean sse = in.struct("SSESpecification")
                .map(spec -> spec.bool("Enabled").orElseThrow(() -> Input.missing("SSESpecification.Enabled")))
                .orElse(false);
        return new ClusterSpec(name,
                in.string("Description").orElse(null),
                nodeType,
                replicationFactor,
                zones,
                Names.lower(in.string("SubnetGroupName").orElse(SubnetGroup.DEFAULT_NAME)),
                securityGroups,
                Validators.maintenanceWindow(in.string("PreferredMaintenanceWindow").orElse(DEFAULT_WINDOW)),
                topicArn,
                roleArn,
                Names.lower(in.string("ParameterGroupName").orElse(ParameterGroup.DEFAULT_NAME)),
                tags,
                sse,
                "TLS".equals(oneOf(in, "ClusterEndpointEncryptionType", ENCRYPTION_TYPES, "NONE")),
                oneOf(in, "NetworkType", NETWORK_TYPES, "ipv4"));
    }

    private static String oneOf(Input in, String member, Set<String> allowed, String fallback) {
        String value = in.string(member).orElse(fallback);
        if (!allowed.contains(value)) {
            throw DaxFault.invalidParameter("The parameter " + member + " has an invalid value '" + value
                    + "': expected one of " + allowed.stream().sorted().toList() + ".");
        }
        return value;
    }
}
