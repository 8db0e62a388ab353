package org.daxkit.conformance.run;

import org.daxkit.conformance.config.AwsSettings;
import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.targets.AwsAccess;

/** The node type created clusters get: --node-type, else the smallest on AWS, else one any mock accepts. */
final class ClusterSettingsDefaults {
    private ClusterSettingsDefaults() {
    }

    static String nodeType(ConformanceConfig config) {
        AwsSettings aws = config.aws();
        return aws.nodeType() != null ? aws.nodeType()
                : AwsAccess.isAws(config) ? AwsSettings.SMALLEST_NODE_TYPE : AwsSettings.MOCK_NODE_TYPE;
    }
}
