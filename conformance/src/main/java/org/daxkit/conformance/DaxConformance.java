package org.daxkit.conformance;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.config.FixedInputs;
import org.daxkit.conformance.junit.ConformanceDynamicTests;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.run.ConformanceSession;
import org.daxkit.conformance.run.ProgressListener;
import org.daxkit.conformance.run.ReportDirectory;
import org.daxkit.conformance.config.Capability;
import org.daxkit.reports.model.RunResults;
import org.junit.jupiter.api.DynamicTest;

/**
 * The suite as a library, for a consumer's own tests:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> daxConformance() {
 *     return DaxConformance.against(URI.create("http://127.0.0.1:8700"))
 *             .withCapabilities(Capability.CREATE_CLUSTERS)
 *             .dynamicTests();
 * }
 * }</pre>
 * Each check becomes a test: passed, failed with the check's message, or aborted (NOT_VERIFIED). This class
 * is the fluent entry point only: the JUnit adapter is {@link ConformanceDynamicTests}, report writing
 * {@link ReportDirectory}.
 */
public final class DaxConformance {
    private final ConformanceConfig.Builder config;
    private Path reportDir;

    private DaxConformance(URI endpoint) {
        this.config = ConformanceConfig.defaults().toBuilder().endpointUrl(endpoint);
    }

    /** Checks the endpoint; capabilities come from GET /_control/info unless given. */
    public static DaxConformance against(URI endpoint) {
        return new DaxConformance(endpoint);
    }

    /** Checks the embedded reference implementation. */
    public static DaxConformance embeddedReference() {
        return new DaxConformance(null);
    }

    public DaxConformance withCapabilities(Capability... capabilities) {
        config.capabilities(capabilities.length == 0 ? EnumSet.noneOf(Capability.class)
                : EnumSet.copyOf(Arrays.asList(capabilities)));
        return this;
    }

    /** An existing cluster and node, for targets where the suite cannot create clusters. */
    public DaxConformance withExistingCluster(String cluster, String node) {
        config.existingCluster(cluster, node);
        return this;
    }

    public DaxConformance withRegion(String region) {
        config.region(region);
        return this;
    }

    public DaxConformance withCredentials(String accessKeyId, String secretAccessKey) {
        config.credentials(accessKeyId, secretAccessKey);
        return this;
    }

    public DaxConformance withSeed(long seed) {
        config.seed(seed);
        return this;
    }

    public DaxConformance withTries(int tries) {
        config.tries(tries);
        return this;
    }

    /** How many shrink attempts a failing property gets (default 100). */
    public DaxConformance withShrinks(int shrinks) {
        config.shrinks(shrinks);
        return this;
    }

    public DaxConformance withRebootTimeout(Duration timeout) {
        config.rebootTimeout(timeout);
        return this;
    }

    /** Bounds of the waits for creating, modifying and deleting (else from /_control/info, or real DAX's). */
    public DaxConformance withTransitionTimeouts(Duration create, Duration modify, Duration delete) {
        config.createTimeout(create).modifyTimeout(modify).deleteTimeout(delete);
        return this;
    }

    /** Only these inputs, never generated ones: for recorded stubs (needs {@link #withExistingCluster}). */
    public DaxConformance withFixedInputs(FixedInputs inputs) {
        config.fixedInputs(inputs);
        return this;
    }

    public DaxConformance withDeviations(Path file) {
        config.deviations(file);
        return this;
    }

    /** Also write results.json and the other reports into this directory when the run ends. */
    public DaxConformance withReportDir(Path dir) {
        this.reportDir = dir;
        return this;
    }

    /**
     * Also write every exchange of the run into {@code dir} (as {@code --record} does: credentials dropped),
     * for the compare command; with {@code maskAccountIds} the account id in every ARN is replaced.
     */
    public DaxConformance withRecording(Path dir, boolean maskAccountIds) {
        config.record(dir, maskAccountIds);
        return this;
    }

    /** At most this many of the suite's clusters and nodes at once ({@code --max-clusters}, {@code --max-nodes}). */
    public DaxConformance withLimits(int maxClusters, int maxNodes) {
        config.maxClusters(maxClusters).maxNodes(maxNodes);
        return this;
    }

    /** The run's time budget ({@code --max-duration}): a check not started by then is NOT_VERIFIED. */
    public DaxConformance withMaxDuration(Duration budget) {
        config.maxDuration(budget);
        return this;
    }

    /** Only these check ids, id prefixes ("fault.") or clause ids ("RN-3.2"). */
    public DaxConformance onlyChecks(String... idsOrPrefixes) {
        config.checks(List.of(idsOrPrefixes));
        return this;
    }

    /** Runs every check now and returns the results (reports written if a report dir was given). */
    public RunResults run() {
        return run(ProgressListener.SILENT);
    }

    public RunResults run(ProgressListener listener) {
        try (ConformanceSession session = ConformanceSession.open(config.build())) {
            RunResults results = session.runAll(listener);
            new ReportDirectory(reportDir).write(results);
            return results;
        }
    }

    /**
     * One dynamic test per check, run lazily in order against one session, then a last test that fails
     * when the run is inconclusive (nothing passed, or a MUST check the target allows was not verified).
     * The session (target, created clusters) is closed when JUnit closes the stream.
     */
    public Stream<DynamicTest> dynamicTests() {
        return ConformanceDynamicTests.of(config.build(), new ReportDirectory(reportDir));
    }

    /** For tests and tools: the checks this configuration would run. */
    public List<Check> checks() {
        return ConformanceSession.selectChecks(config.build());
    }
}
