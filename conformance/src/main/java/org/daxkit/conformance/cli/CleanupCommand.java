package org.daxkit.conformance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.daxkit.conformance.config.ConfigException;
import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.conformance.run.TargetUnreachable;
import org.daxkit.conformance.targets.DaxClients;
import org.daxkit.conformance.targets.Reachability;
import org.daxkit.conformance.targets.Target;
import org.daxkit.conformance.targets.TargetLauncher;
import org.daxkit.conformance.wire.ClusterSettings;
import org.daxkit.conformance.wire.WireRecorder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.Tag;

/**
 * {@code java -jar dax-conformance.jar cleanup [--endpoint-url URL | --aws] [--yes] [credentials, region]}: finds
 * the clusters earlier runs created (tagged daxkit:created-by=dax-conformance-kit) and left behind, lists them,
 * and with {@code --yes} deletes them. Without --yes it changes nothing. Exit codes: 0 done, 1 a deletion was
 * not accepted, 2 usage error, 3 target unreachable.
 */
final class CleanupCommand {
    static final String NAME = "cleanup";
    private static final String YES = "--yes";

    private CleanupCommand() {
    }

    static int run(String[] args, Map<String, String> env, Properties sysprops, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean delete = rest.remove(YES);
        ConformanceConfig config;
        try {
            config = ConformanceConfig.parse(rest.toArray(String[]::new), env, sysprops);
            if (config.embedded()) {
                throw new ConfigException("cleanup needs --endpoint-url URL or --aws: the embedded reference keeps"
                        + " nothing between runs");
            }
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: java -jar dax-conformance.jar cleanup (--endpoint-url URL | --aws --region R)"
                    + " [--yes] [--profile NAME | --access-key-id K --secret-access-key S]");
            return ExitCodes.USAGE;
        }
        if (!config.aws().realAws()) {
            String problem = Reachability.problem(config.endpointUrl());
            if (problem != null) {
                err.println("error: target " + config.endpointUrl() + " is unreachable: " + problem);
                return ExitCodes.UNREACHABLE;
            }
        }
        try (Target target = TargetLauncher.launch(config);
             DaxClient dax = DaxClients.create(target, AwsRetryStrategy.standardRetryStrategy(), new WireRecorder())) {
            List<Cluster> left = leftBehind(dax);
            out.println(left.size() + " cluster(s) of the DAX conformance kit at " + target.endpoint()
                    + (left.isEmpty() ? "" : ":"));
            for (Cluster c : left) {
                out.println("  " + c.clusterName() + "  status " + c.status() + ", " + c.totalNodes() + " node(s), run "
                        + tag(dax, c, ClusterSettings.RUN_KEY));
            }
            if (!delete) {
                out.println(left.isEmpty() ? "nothing to delete" : "dry run: nothing deleted; run again with --yes to"
                        + " delete them");
                return ExitCodes.CONFORMANT;
            }
            int failed = 0;
            for (Cluster c : left) {
                try {
                    dax.deleteCluster(r -> r.clusterName(c.clusterName()));
                    out.println("deleted " + c.clusterName() + " (DeleteCluster accepted)");
                } catch (SdkException e) {
                    failed++;
                    err.println("could not delete " + c.clusterName() + ": " + e.getMessage());
                }
            }
            return failed == 0 ? ExitCodes.CONFORMANT : ExitCodes.NON_CONFORMANT;
        } catch (TargetUnreachable | SdkException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.UNREACHABLE;
        }
    }

    /** Every cluster, all pages, whose tags say the kit created it; clusters being deleted are skipped. */
    private static List<Cluster> leftBehind(DaxClient dax) {
        List<Cluster> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            DescribeClustersResponse page = dax.describeClusters(r -> r.nextToken(next));
            for (Cluster c : page.clusters()) {
                if (!"deleting".equals(c.status())
                        && ClusterSettings.CREATED_BY.equals(tag(dax, c, ClusterSettings.CREATED_BY_KEY))) {
                    out.add(c);
                }
            }
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return out;
    }

    private static String tag(DaxClient dax, Cluster c, String key) {
        try {
            return dax.listTags(r -> r.resourceName(c.clusterArn())).tags().stream()
                    .filter(t -> key.equals(t.key())).map(Tag::value).findFirst().orElse(null);
        } catch (SdkException e) {
            return null; // a cluster whose tags cannot be read is not known to be the kit's: left alone
        }
    }
}
