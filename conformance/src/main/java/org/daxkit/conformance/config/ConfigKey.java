package org.daxkit.conformance.config;

import java.util.Locale;

/**
 * One configuration key and its three spellings: system property {@code dax.conformance.<name>},
 * environment variable {@code DAX_CONFORMANCE_<NAME>} and CLI flag {@code --<name-in-kebab-case>}.
 */
public enum ConfigKey {
    ENDPOINT_URL("endpointUrl", true, "URL", "the DAX endpoint to check; absent = start the embedded reference"),
    REPORT_DIR("reportDir", true, "DIR", "where reports are written (default conformance-report)"),
    DEVIATIONS("deviations", true, "FILE", "JSON file of known deviations to excuse"),
    SEED("seed", true, "N", "seed for generated inputs; replays a run"),
    TRIES("tries", true, "N", "examples per property (default 25)"),
    SHRINKS("shrinks", true, "N", "shrink attempts per failing property (default 100)"),
    REGION("region", true, "R", "signing region (default us-east-1)"),
    TARGET_NAME("targetName", true, "NAME", "label of the target in reports"),
    CLUSTER("cluster", true, "NAME", "existing cluster to use when the target cannot create clusters"),
    NODE("node", true, "ID", "a node of --cluster"),
    CAPABILITIES("capabilities", true, "LIST", "comma-separated capabilities, or none; absent = probe GET /_control/info"),
    ACCESS_KEY_ID("accessKeyId", true, "KEY", "access key id the SDK signs with"),
    SECRET_ACCESS_KEY("secretAccessKey", true, "SECRET", "secret key the SDK signs with"),
    SESSION_TOKEN("sessionToken", true, "TOKEN", "session token for temporary --access-key-id/--secret-access-key"),
    PROFILE("profile", true, "NAME", "profile of the shared AWS config files (SSO too); without keys or a profile the"
            + " SDK's default credential chain is used for AWS, dummy keys for other endpoints"),
    AWS("aws", false, null, "check the real regional DAX endpoint of --region (the SDK's default); creates billable"
            + " clusters only with --confirm-costs"),
    CONFIRM_COSTS("confirmCosts", false, null, "accept the printed cluster plan on a real AWS endpoint"),
    NODE_TYPE("nodeType", true, "TYPE", "node type of created clusters (default dax.t3.small on AWS, dax.r5.large"
            + " elsewhere)"),
    IAM_ROLE_ARN("iamRoleArn", true, "ARN", "IAM role of created clusters (required with --aws)"),
    SUBNET_GROUP("subnetGroup", true, "NAME", "subnet group of created clusters"),
    SECURITY_GROUP_IDS("securityGroupIds", true, "IDS", "comma-separated security group ids of created clusters"),
    CREATE_TIMEOUT("createTimeout", true, "DURATION", "how long creating -> available may take (e.g. 20m)"),
    REBOOT_TIMEOUT("rebootTimeout", true, "DURATION", "how long rebooting -> available may take"),
    MODIFY_TIMEOUT("modifyTimeout", true, "DURATION", "how long modifying -> available may take"),
    DELETE_TIMEOUT("deleteTimeout", true, "DURATION", "how long deleting -> gone may take"),
    MAX_DURATION("maxDuration", true, "DURATION", "time budget of the whole run; past it the checks left end NOT_VERIFIED"
            + " and the run is INCONCLUSIVE (default: 10 x the longest transition timeout, at least 5m)"),
    MAX_CLUSTERS("maxClusters", true, "N", "at most this many of the suite's clusters exist at once (default 20)"),
    MAX_NODES("maxNodes", true, "N", "at most this many nodes of the suite's clusters exist at once (default 40;"
            + " real accounts allow 50 DAX nodes per region)"),
    FIXED_INPUTS("fixedInputs", false, null, "send only the fixed inputs below, never generated ones (recorded stubs)"),
    UNKNOWN_CLUSTER("unknownCluster", true, "NAME", "with --fixed-inputs: a cluster name the target does not know"),
    UNKNOWN_NODE("unknownNode", true, "ID", "with --fixed-inputs: a node id --cluster does not have"),
    MALFORMED_CLUSTER_NAME("malformedClusterName", true, "NAME", "with --fixed-inputs: a ClusterName breaking DAX naming rules"),
    MALFORMED_NODE_ID("malformedNodeId", true, "ID", "with --fixed-inputs: a malformed NodeId"),
    CHECKS("checks", true, "IDS", "comma-separated check ids or id prefixes to run (default all)"),
    RECORD("record", true, "DIR", "write every exchange of the run (credentials dropped) as JSON files into DIR, a"
            + " calibration record for the compare command"),
    MASK_ACCOUNT_IDS("maskAccountIds", false, null, "with --record: replace the 12-digit account id in every ARN with"
            + " ************"),
    HELP("help", false, null, "print this help");

    private final String name;
    private final boolean takesValue;
    private final String valueName;
    private final String help;

    ConfigKey(String name, boolean takesValue, String valueName, String help) {
        this.name = name;
        this.takesValue = takesValue;
        this.valueName = valueName;
        this.help = help;
    }

    public String property() {
        return "dax.conformance." + name;
    }

    public String environmentVariable() {
        return "DAX_CONFORMANCE_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    public String flag() {
        return "--" + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    public boolean takesValue() {
        return takesValue;
    }

    public String valueName() {
        return valueName;
    }

    public String help() {
        return help;
    }

    static ConfigKey forFlag(String flag) {
        for (ConfigKey key : values()) {
            if (key.flag().equals(flag)) {
                return key;
            }
        }
        return null;
    }
}
