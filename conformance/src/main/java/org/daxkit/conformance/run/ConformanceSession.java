package org.daxkit.conformance.run;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daxkit.conformance.catalog.ClauseCatalog;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.checks.AllChecks;
import org.daxkit.conformance.checks.model.Commands;
import org.daxkit.conformance.config.AwsSettings;
import org.daxkit.conformance.config.ConfigException;
import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.deviations.Deviation;
import org.daxkit.conformance.deviations.DeviationsApplier;
import org.daxkit.conformance.deviations.DeviationsFile;
import org.daxkit.conformance.fixtures.CapacityBudget;
import org.daxkit.conformance.fixtures.ExistingCluster;
import org.daxkit.conformance.record.RunMetadata;
import org.daxkit.conformance.record.RunRecorder;
import org.daxkit.conformance.targets.AwsAccess;
import org.daxkit.conformance.targets.Reachability;
import org.daxkit.conformance.targets.Target;
import org.daxkit.conformance.targets.TargetLauncher;
import org.daxkit.conformance.waits.RunBudget;
import org.daxkit.conformance.waits.WaitListener;
import org.daxkit.conformance.wire.ClusterSettings;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.CreatedCluster;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.util.VersionInfo;

/**
 * One run of the suite against one target, a check at a time (the CLI runs them all; JUnit dynamic tests
 * run them one per test). Opening validates the configuration and deviations, launches the target and
 * probes it; {@link #finish()} deletes what the run created and assembles the results.
 */
public final class ConformanceSession implements AutoCloseable {
    public static final String KIT_VERSION = "0.1.0-SNAPSHOT";

    private final ConformanceConfig config;
    private final ClauseCatalog catalog;
    private final List<Check> checks;
    private final Map<String, Deviation> deviations;
    private final long seed;
    private final Instant started = Instant.now();
    private final List<CheckResult> results = new ArrayList<>();
    private final List<String> cleanupProblems = new ArrayList<>();
    private final RunRecorder recording;
    private Target target;
    private TargetContext context;
    private RunBudget budget;
    private CostPlan costPlan;
    private Check lastObserving;
    private boolean finished;
    private boolean closed;

    private ConformanceSession(ConformanceConfig config) {
        this.config = config;
        this.catalog = ClauseCatalog.load();
        this.checks = selectChecks(config);
        Set<String> ids = AllChecks.list().stream().map(Check::id).collect(Collectors.toSet());
        this.deviations = config.deviations() == null ? Map.of()
                : DeviationsFile.read(config.deviations(), ids).stream()
                .collect(Collectors.toMap(Deviation::check, Function.identity()));
        this.seed = config.seed() != null ? config.seed() : new SecureRandom().nextLong() & 0xFFFF_FFFF_FFFFL;
        this.recording = config.record() == null ? null : RunRecorder.create(config.record(), config.maskAccountIds());
    }

    /**
     * Validates, launches the target and probes it.
     *
     * @throws ConfigException    for a usage error
     * @throws TargetUnreachable  when the endpoint does not accept connections
     */
    public static ConformanceSession open(ConformanceConfig config) {
        ConformanceSession s = new ConformanceSession(config);
        s.costPlan = CostPlan.of(config, s.checks);
        int leastNodes = ClusterPlan.leastNodeLimit(s.checks);
        if (s.costPlan.creates() && config.maxNodes() < leastNodes) {
            throw new ConfigException("--max-nodes " + config.maxNodes() + " is too small for the selected checks: the"
                    + " model's sequences need up to " + (Commands.SLOTS * Commands.MAX_NODES) + " nodes at once beside"
                    + " the cluster the fault checks share; give --max-nodes " + leastNodes + " or more, or leave"
                    + " model.stateful-sequences out (--checks)");
        }
        if (s.costPlan.needsConfirmation() && !config.aws().confirmCosts()) {
            throw new ConfigException(s.costPlan.refusal());
        }
        if (!config.embedded()) {
            URI endpoint = config.aws().realAws()
                    ? URI.create("https://dax." + AwsAccess.region(config).id() + ".amazonaws.com")
                    : config.endpointUrl();
            String problem = Reachability.problem(endpoint);
            if (problem != null) {
                throw new TargetUnreachable("target " + endpoint + " is unreachable: " + problem);
            }
        }
        s.target = TargetLauncher.launch(config);
        ExistingCluster existing = config.cluster() == null ? null : new ExistingCluster(config.cluster(), config.node());
        s.budget = new RunBudget(config.maxDuration() != null ? config.maxDuration()
                : s.target.timing().defaultRunBudget());
        s.context = new TargetContext(s.target, existing, config.fixedInputs(), s.seed, config.tries(),
                config.shrinks(), s.budget, new CapacityBudget(config.maxClusters(), config.maxNodes()),
                clusterSettings(config));
        if (s.recording != null) {
            s.recording.begin(new RunMetadata(s.target.name(), String.valueOf(s.target.endpoint()),
                    s.target.region().id(), s.seed, config.tries(), s.checks.stream().map(Check::id).toList(),
                    KIT_VERSION, VersionInfo.SDK_VERSION, s.started), s.secrets());
            s.context.recorder().onExchange(s.recording);
        }
        s.context.clusters().plan(ClusterPlan.sizes(s.checks, s.context));
        s.lastObserving = s.checks.stream().filter(ClusterPlan::usesSharedClusters).reduce((a, b) -> b).orElse(null);
        return s;
    }

    /** What CreateCluster sends besides name and size: from --node-type, --iam-role-arn, ... or defaults. */
    static ClusterSettings clusterSettings(ConformanceConfig config) {
        AwsSettings aws = config.aws();
        String nodeType = ClusterSettingsDefaults.nodeType(config);
        String role = aws.iamRoleArn() != null ? aws.iamRoleArn() : "arn:aws:iam::123456789012:role/DAXConformanceRole";
        return new ClusterSettings(nodeType, role, aws.subnetGroup(), aws.securityGroupIds(), null);
    }

    /** The checks a configuration selects (all, or those matching --checks); a usage error if none. */
    public static List<Check> selectChecks(ConformanceConfig config) {
        List<Check> all = AllChecks.list();
        List<String> wanted = config.checks();
        if (wanted.isEmpty()) {
            return all;
        }
        List<Check> out = new ArrayList<>();
        for (Check c : all) {
            if (wanted.stream().anyMatch(w -> c.id().equals(w) || c.id().startsWith(w) || c.clause().equals(w))) {
                out.add(c);
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException("--checks " + String.join(",", wanted) + " matches no check id, id prefix or"
                    + " clause id");
        }
        return List.copyOf(out);
    }

    public List<Check> checks() {
        return checks;
    }

    public long seed() {
        return seed;
    }

    public Target target() {
        return target;
    }

    /** What the run may create, and whether the target may bill for it. */
    public CostPlan costPlan() {
        return costPlan;
    }

    /** The run's time budget (--max-duration, or the target's default). */
    public RunBudget budget() {
        return budget;
    }

    /** Where progress lines of long waits go. */
    public void onLongWaits(WaitListener listener) {
        context.waits().listener(listener);
    }

    /**
     * On a configured existing cluster the suite may not create, how often it will reboot the configured
     * node; null when it creates its own clusters.
     */
    public String rebootPlan() {
        if (config.cluster() == null || context.clusters().canCreate()) {
            return null;
        }
        return RebootPlan.of(checks).describe(config.cluster(), config.node());
    }

    /** Runs one check (deviations applied) and remembers its result. */
    public synchronized CheckResult run(Check check) {
        if (recording != null) {
            recording.during(check.id());
        }
        CheckResult r = new CheckRunner(catalog).run(check, context);
        if (check == lastObserving) {
            context.clusters().releaseAllButFixture(); // no check to come looks at the shared reboots' clusters
        }
        r = DeviationsApplier.apply(r, deviations, LocalDate.now());
        results.add(r);
        return r;
    }

    /** Runs every selected check, reporting each to the listener. */
    public RunResults runAll(ProgressListener listener) {
        for (int i = 0; i < checks.size(); i++) {
            listener.finished(run(checks.get(i)), i + 1, checks.size());
        }
        return finish();
    }

    /** Deletes the clusters the run created (once) and returns the results so far. */
    public synchronized RunResults finish() {
        if (!finished) {
            finished = true;
            if (recording != null) {
                recording.during("cleanup");
            }
            cleanupProblems.addAll(context.clusters().cleanup());
            if (recording != null) {
                recording.finish(Instant.now());
            }
        }
        long millis = Instant.now().toEpochMilli() - started.toEpochMilli();
        RunInfo run = new RunInfo(started.toString(), millis, seed, KIT_VERSION, VersionInfo.SDK_VERSION);
        return RunResults.of(target.info(), run, catalog.all(), results, context.clusters().history());
    }

    /** Every cluster the run created so far, and whether its deletion was accepted. */
    public List<CreatedCluster> clustersCreated() {
        return context == null ? List.of() : context.clusters().history();
    }

    /**
     * Deletes what the run created now, for an interrupted run (Ctrl-C, SIGTERM): every DeleteCluster is sent,
     * and those answered "not now" (a cluster still in a transition) are waited for and sent again.
     */
    public List<String> deleteCreatedNow() {
        return context == null ? List.of() : context.clusters().cleanup();
    }

    /** What a record must never contain: the keys the run signs with, however they were given. */
    private List<String> secrets() {
        List<String> secrets = new ArrayList<>(Arrays.asList(config.accessKeyId(), config.secretAccessKey(),
                config.aws().sessionToken()));
        try {
            AwsCredentials resolved = target.credentials().resolveCredentials();
            secrets.add(resolved.accessKeyId());
            secrets.add(resolved.secretAccessKey());
            if (resolved instanceof AwsSessionCredentials session) {
                secrets.add(session.sessionToken());
            }
        } catch (RuntimeException unresolved) {
            // No keys to scrub from a profile that cannot be read: the run's first call reports why.
        }
        return secrets;
    }

    /** The calibration record being written (--record), if any. */
    public Optional<RunRecorder> recording() {
        return Optional.ofNullable(recording);
    }

    /** Clusters the run created but could not delete. */
    public List<String> cleanupProblems() {
        return List.copyOf(cleanupProblems);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!finished && context != null) {
                finish();
            }
        } finally {
            if (context != null) {
                context.close();
            }
            if (target != null) {
                target.close();
            }
        }
    }
}
