package org.daxkit.conformance.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * Every setting of a run, in one typed place. Sources, strongest first: CLI flags, system properties
 * ({@code dax.conformance.*}), environment variables ({@code DAX_CONFORMANCE_*}), and for the endpoint
 * also the SDK-standard {@code AWS_ENDPOINT_URL_DAX}. Parsed eagerly: a bad value fails at once with
 * a message naming the key and the value.
 */
public record ConformanceConfig(
        URI endpointUrl,
        Path reportDir,
        Path deviations,
        Long seed,
        int tries,
        int shrinks,
        String region,
        String targetName,
        String cluster,
        String node,
        Set<Capability> capabilities,
        String accessKeyId,
        String secretAccessKey,
        Duration createTimeout,
        Duration rebootTimeout,
        Duration modifyTimeout,
        Duration deleteTimeout,
        Duration maxDuration,
        int maxClusters,
        int maxNodes,
        AwsSettings aws,
        FixedInputs fixedInputs,
        List<String> checks,
        Path record,
        boolean maskAccountIds,
        boolean help) {

    public static final int DEFAULT_TRIES = 25;
    public static final int DEFAULT_SHRINKS = 100;
    /** Well inside a real account's 50 DAX nodes per region, so a run never starves its neighbours. */
    public static final int DEFAULT_MAX_NODES = 40;
    public static final int DEFAULT_MAX_CLUSTERS = 20;
    public static final String SDK_ENDPOINT_VARIABLE = ConfigSources.SDK_ENDPOINT_VARIABLE;

    public ConformanceConfig {
        capabilities = capabilities == null ? null : Set.copyOf(capabilities);
        checks = checks == null ? List.of() : List.copyOf(checks);
        aws = aws == null ? AwsSettings.none() : aws;
    }

    /** Placeholder keys for targets that check no signature: any keys sign a request a mock accepts. */
    public static final String DUMMY_ACCESS_KEY_ID = "AKIDCONFORMANCE";
    public static final String DUMMY_SECRET_ACCESS_KEY = "conformance-secret";
    /** The region when none is configured and the target is not AWS itself. */
    public static final String DEFAULT_REGION = "us-east-1";

    /** Defaults: the embedded reference, report dir conformance-report, no seed (a random one is chosen). */
    public static ConformanceConfig defaults() {
        return new ConformanceConfig(null, Path.of("conformance-report"), null, null, DEFAULT_TRIES, DEFAULT_SHRINKS,
                null, null, null, null, null, null, null,
                null, null, null, null, null, DEFAULT_MAX_CLUSTERS, DEFAULT_MAX_NODES, AwsSettings.none(), null,
                List.of(), null, false, false);
    }

    public static ConformanceConfig parse(String[] args, Map<String, String> env, Properties sysprops) {
        return fromRaw(ConfigSources.collect(args, env, sysprops));
    }

    private static ConformanceConfig fromRaw(Map<ConfigKey, RawValue> raw) {
        ConformanceConfig d = defaults();
        return new ConformanceConfig(
                value(raw, ConfigKey.ENDPOINT_URL, ConfigValues::uri, null),
                value(raw, ConfigKey.REPORT_DIR, ConfigValues::path, d.reportDir()),
                value(raw, ConfigKey.DEVIATIONS, ConfigValues::path, null),
                value(raw, ConfigKey.SEED, ConfigValues::seed, null),
                value(raw, ConfigKey.TRIES, ConfigValues::positive, d.tries()),
                value(raw, ConfigKey.SHRINKS, ConfigValues::nonNegative, d.shrinks()),
                value(raw, ConfigKey.REGION, ConfigValues::region, d.region()),
                value(raw, ConfigKey.TARGET_NAME, ConfigValues::text, null),
                value(raw, ConfigKey.CLUSTER, ConfigValues::text, null),
                value(raw, ConfigKey.NODE, ConfigValues::text, null),
                value(raw, ConfigKey.CAPABILITIES, ConfigValues::capabilities, null),
                value(raw, ConfigKey.ACCESS_KEY_ID, ConfigValues::text, d.accessKeyId()),
                value(raw, ConfigKey.SECRET_ACCESS_KEY, ConfigValues::text, d.secretAccessKey()),
                value(raw, ConfigKey.CREATE_TIMEOUT, ConfigValues::duration, null),
                value(raw, ConfigKey.REBOOT_TIMEOUT, ConfigValues::duration, null),
                value(raw, ConfigKey.MODIFY_TIMEOUT, ConfigValues::duration, null),
                value(raw, ConfigKey.DELETE_TIMEOUT, ConfigValues::duration, null),
                value(raw, ConfigKey.MAX_DURATION, ConfigValues::duration, null),
                value(raw, ConfigKey.MAX_CLUSTERS, ConfigValues::positive, d.maxClusters()),
                value(raw, ConfigKey.MAX_NODES, ConfigValues::positive, d.maxNodes()),
                awsSettings(raw),
                fixedInputs(raw),
                value(raw, ConfigKey.CHECKS, ConfigValues::list, List.of()),
                value(raw, ConfigKey.RECORD, ConfigValues::path, null),
                value(raw, ConfigKey.MASK_ACCOUNT_IDS, v -> Boolean.parseBoolean(v.value()), false),
                value(raw, ConfigKey.HELP, v -> Boolean.parseBoolean(v.value()), false)).validate();
    }

    private static AwsSettings awsSettings(Map<ConfigKey, RawValue> raw) {
        return new AwsSettings(value(raw, ConfigKey.PROFILE, ConfigValues::text, null),
                value(raw, ConfigKey.SESSION_TOKEN, ConfigValues::text, null),
                value(raw, ConfigKey.AWS, v -> Boolean.parseBoolean(v.value()), false),
                value(raw, ConfigKey.CONFIRM_COSTS, v -> Boolean.parseBoolean(v.value()), false),
                value(raw, ConfigKey.NODE_TYPE, ConfigValues::text, null),
                value(raw, ConfigKey.IAM_ROLE_ARN, ConfigValues::text, null),
                value(raw, ConfigKey.SUBNET_GROUP, ConfigValues::text, null),
                value(raw, ConfigKey.SECURITY_GROUP_IDS, ConfigValues::list, List.of()));
    }

    /** Null unless --fixed-inputs; the values are a usage error without it, since they would be ignored. */
    private static FixedInputs fixedInputs(Map<ConfigKey, RawValue> raw) {
        String unknownCluster = value(raw, ConfigKey.UNKNOWN_CLUSTER, ConfigValues::text, null);
        String unknownNode = value(raw, ConfigKey.UNKNOWN_NODE, ConfigValues::text, null);
        String malformedCluster = value(raw, ConfigKey.MALFORMED_CLUSTER_NAME, ConfigValues::text, null);
        String malformedNode = value(raw, ConfigKey.MALFORMED_NODE_ID, ConfigValues::text, null);
        boolean fixed = value(raw, ConfigKey.FIXED_INPUTS, v -> Boolean.parseBoolean(v.value()), false);
        boolean anyValue = unknownCluster != null || unknownNode != null || malformedCluster != null
                || malformedNode != null;
        if (!fixed && anyValue) {
            throw new ConfigException("--unknown-cluster, --unknown-node, --malformed-cluster-name and"
                    + " --malformed-node-id only apply with --fixed-inputs");
        }
        return fixed ? new FixedInputs(unknownCluster, unknownNode, malformedCluster, malformedNode) : null;
    }

    private static <T> T value(Map<ConfigKey, RawValue> raw, ConfigKey key, Function<RawValue, T> parse, T otherwise) {
        RawValue v = raw.get(key);
        return v == null ? otherwise : parse.apply(v);
    }

    /** Cross-field rules, shared by parsing and by the library builder. */
    public ConformanceConfig validate() {
        if ((cluster == null) != (node == null)) {
            throw new ConfigException("--cluster and --node go together: got cluster=" + cluster + ", node=" + node);
        }
        if (fixedInputs != null && cluster == null) {
            throw new ConfigException("--fixed-inputs needs --cluster NAME --node ID: fixed inputs are about an"
                    + " existing cluster");
        }
        if (maxDuration != null && (maxDuration.isZero() || maxDuration.isNegative())) {
            throw new ConfigException("--max-duration must be positive, got " + maxDuration);
        }
        if (aws.realAws() && endpointUrl != null) {
            throw new ConfigException("--aws and --endpoint-url exclude each other: --aws means the real regional"
                    + " endpoint, got --endpoint-url " + endpointUrl);
        }
        if (aws.realAws() && cluster == null && aws.iamRoleArn() == null
                && (capabilities == null || capabilities.contains(Capability.CREATE_CLUSTERS))) {
            throw new ConfigException("--aws creates clusters, which need --iam-role-arn (a role DAX may assume),"
                    + " and usually --subnet-group and --security-group-ids; or name an existing cluster with"
                    + " --cluster NAME --node ID --capabilities none");
        }
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new ConfigException("--access-key-id and --secret-access-key go together");
        }
        if (maxNodes < 4) {
            throw new ConfigException("--max-nodes must be at least 4 (the largest cluster the suite creates), got "
                    + maxNodes);
        }
        if (maskAccountIds && record == null) {
            throw new ConfigException("--mask-account-ids only applies with --record DIR");
        }
        if (tries < 1) {
            throw new ConfigException("tries must be at least 1, got " + tries);
        }
        return this;
    }

    /** No endpoint and not real AWS: the suite starts the embedded reference. */
    public boolean embedded() {
        return endpointUrl == null && !aws.realAws();
    }

    /** A copy for the library builder. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy used by {@link org.daxkit.conformance.DaxConformance}. */
    public static final class Builder {
        private URI endpointUrl;
        private Path reportDir;
        private Path deviations;
        private Long seed;
        private int tries;
        private int shrinks;
        private String region;
        private String targetName;
        private String cluster;
        private String node;
        private Set<Capability> capabilities;
        private String accessKeyId;
        private String secretAccessKey;
        private Duration createTimeout;
        private Duration rebootTimeout;
        private Duration modifyTimeout;
        private Duration deleteTimeout;
        private Duration maxDuration;
        private int maxClusters;
        private int maxNodes;
        private AwsSettings aws;
        private FixedInputs fixedInputs;
        private List<String> checks;
        private Path record;
        private boolean maskAccountIds;

        private Builder(ConformanceConfig c) {
            endpointUrl = c.endpointUrl; reportDir = c.reportDir; deviations = c.deviations; seed = c.seed;
            tries = c.tries; shrinks = c.shrinks; region = c.region; targetName = c.targetName;
            cluster = c.cluster; node = c.node; capabilities = c.capabilities; accessKeyId = c.accessKeyId;
            secretAccessKey = c.secretAccessKey; createTimeout = c.createTimeout; rebootTimeout = c.rebootTimeout;
            modifyTimeout = c.modifyTimeout; deleteTimeout = c.deleteTimeout; maxDuration = c.maxDuration;
            maxClusters = c.maxClusters; maxNodes = c.maxNodes; aws = c.aws;
            fixedInputs = c.fixedInputs; checks = c.checks; record = c.record; maskAccountIds = c.maskAccountIds;
        }

        public Builder endpointUrl(URI v) { endpointUrl = v; return this; }
        public Builder reportDir(Path v) { reportDir = v; return this; }
        public Builder deviations(Path v) { deviations = v; return this; }
        public Builder seed(Long v) { seed = v; return this; }
        public Builder tries(int v) { tries = v; return this; }
        public Builder shrinks(int v) { shrinks = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder targetName(String v) { targetName = v; return this; }
        public Builder existingCluster(String c, String n) { cluster = c; node = n; return this; }
        public Builder capabilities(Set<Capability> v) { capabilities = v; return this; }
        public Builder credentials(String id, String secret) { accessKeyId = id; secretAccessKey = secret; return this; }
        public Builder rebootTimeout(Duration v) { rebootTimeout = v; return this; }
        public Builder createTimeout(Duration v) { createTimeout = v; return this; }
        public Builder modifyTimeout(Duration v) { modifyTimeout = v; return this; }
        public Builder deleteTimeout(Duration v) { deleteTimeout = v; return this; }
        public Builder maxDuration(Duration v) { maxDuration = v; return this; }
        public Builder maxClusters(int v) { maxClusters = v; return this; }
        public Builder maxNodes(int v) { maxNodes = v; return this; }
        public Builder aws(AwsSettings v) { aws = v; return this; }
        public Builder profile(String v) { aws = aws.withProfile(v); return this; }
        public Builder fixedInputs(FixedInputs v) { fixedInputs = v; return this; }
        public Builder checks(List<String> v) { checks = v; return this; }
        public Builder record(Path dir, boolean maskIds) { record = dir; maskAccountIds = maskIds; return this; }

        public ConformanceConfig build() {
            return new ConformanceConfig(endpointUrl, reportDir, deviations, seed, tries, shrinks, region, targetName,
                    cluster, node, capabilities, accessKeyId, secretAccessKey, createTimeout, rebootTimeout,
                    modifyTimeout, deleteTimeout, maxDuration, maxClusters, maxNodes, aws, fixedInputs, checks, record,
                    maskAccountIds, false)
                    .validate();
        }
    }
}
