package org.daxkit.conformance.targets;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import org.daxkit.conformance.config.ConfigException;
import org.daxkit.conformance.config.ConformanceConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;

/**
 * Credentials and region as the AWS CLI takes them. Explicit keys (with a session token for temporary
 * ones) win; then a named profile (--profile, SSO profiles included); against AWS, or when the environment
 * names credentials or a profile, the SDK's default chain (environment, system properties, AWS_PROFILE,
 * SSO, web identity, container and instance roles); otherwise placeholder keys, which any mock accepts.
 */
public final class AwsAccess {
    private static final String[] CREDENTIAL_SETTINGS = {"AWS_ACCESS_KEY_ID", "AWS_PROFILE",
        "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI"};

    private AwsAccess() {
    }

    public static AwsCredentialsProvider credentials(ConformanceConfig config) {
        if (config.accessKeyId() != null) {
            return StaticCredentialsProvider.create(config.aws().sessionToken() == null
                    ? AwsBasicCredentials.create(config.accessKeyId(), config.secretAccessKey())
                    : AwsSessionCredentials.create(config.accessKeyId(), config.secretAccessKey(),
                    config.aws().sessionToken()));
        }
        if (config.aws().profile() != null) {
            return ProfileCredentialsProvider.create(config.aws().profile());
        }
        if (isAws(config) || namesCredentials(System.getenv())) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ConformanceConfig.DUMMY_ACCESS_KEY_ID,
                ConformanceConfig.DUMMY_SECRET_ACCESS_KEY));
    }

    /** --region, else AWS_REGION (or aws.region), else the profile's region; us-east-1 only for non-AWS targets. */
    public static Region region(ConformanceConfig config) {
        if (config.region() != null) {
            return Region.of(config.region());
        }
        try {
            return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), config.aws().profile() == null
                    ? new AwsProfileRegionProvider() : new AwsProfileRegionProvider(null, config.aws().profile()))
                    .getRegion();
        } catch (RuntimeException none) {
            if (isAws(config)) {
                throw new ConfigException("no region: give --region, set AWS_REGION, or name a profile with one");
            }
            return Region.of(ConformanceConfig.DEFAULT_REGION);
        }
    }

    /** The real service: --aws, or an endpoint of AWS's own domains. */
    public static boolean isAws(ConformanceConfig config) {
        if (config.aws().realAws()) {
            return true;
        }
        URI endpoint = config.endpointUrl();
        String host = endpoint == null || endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(Locale.ROOT);
        return host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn") || host.endsWith(".api.aws");
    }

    /**
     * Whether clusters created there may cost money: AWS itself, or any host that resolves to a public
     * address. Loopback, private and link-local addresses (a mock on this machine or in a CI network) do not.
     */
    public static boolean mayBill(ConformanceConfig config) {
        if (config.embedded()) {
            return false;
        }
        if (isAws(config)) {
            return true;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(config.endpointUrl().getHost())) {
                if (!(a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
                        || a.isAnyLocalAddress())) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false; // nothing can be created where nothing answers; the reachability probe says so
        }
    }

    private static boolean namesCredentials(Map<String, String> env) {
        for (String name : CREDENTIAL_SETTINGS) {
            if (env.get(name) != null && !env.get(name).isBlank()) {
                return true;
            }
        }
        return System.getProperty("aws.accessKeyId") != null || System.getProperty("aws.profile") != null;
    }
}
