package org.daxkit.conformance.check;

import org.daxkit.conformance.outcome.CheckAborted;
import java.util.Locale;
import org.daxkit.conformance.config.FixedInputs;
import org.daxkit.conformance.fixtures.CapacityBudget;
import org.daxkit.conformance.fixtures.ClusterNames;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.fixtures.Clusters;
import org.daxkit.conformance.properties.ExampleCounts;
import org.daxkit.conformance.properties.PropertySettings;
import org.daxkit.conformance.fixtures.ExistingCluster;
import org.daxkit.conformance.observe.RebootObservations;
import org.daxkit.conformance.waits.RunBudget;
import org.daxkit.conformance.waits.Waits;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.targets.ControlApi;
import org.daxkit.conformance.targets.DaxClients;
import org.daxkit.conformance.targets.Target;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.ClusterSettings;
import org.daxkit.conformance.wire.DaxCalls;
import org.daxkit.conformance.wire.WireRecorder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/** What a check runs with: the target, SDK calls with their wire recording, clusters, seed and budgets. */
public final class TargetContext implements AutoCloseable {
    private final Target target;
    private final WireRecorder recorder = new WireRecorder();
    private final DaxClient client;
    private final DaxClient retryingClient;
    private final DaxCalls calls;
    private final DaxCalls retryingCalls;
    private final ClusterNames names;
    private final Clusters clusters;
    private final RebootObservations observations;
    private final long seed;
    private final int tries;
    private final int shrinks;
    private final Inputs inputs;
    private final Waits waits;
    private final ExampleCounts examples = new ExampleCounts();
    private String rebootNodeUnimplemented;
    private boolean probed;

    public TargetContext(Target target, ExistingCluster existing, FixedInputs fixedInputs, long seed, int tries,
                         int shrinks, RunBudget budget, CapacityBudget capacity, ClusterSettings settings) {
        this.target = target;
        this.seed = seed;
        this.tries = tries;
        this.shrinks = shrinks;
        this.client = DaxClients.create(target, AwsRetryStrategy.doNotRetry(), recorder);
        this.retryingClient = DaxClients.create(target, AwsRetryStrategy.standardRetryStrategy(), recorder);
        this.names = new ClusterNames();
        ClusterSettings tagged = settings.taggedFor(names.prefix());
        this.calls = new DaxCalls(client, recorder, tagged);
        this.retryingCalls = new DaxCalls(retryingClient, recorder, tagged);
        this.inputs = new Inputs(fixedInputs, names);
        this.waits = new Waits(budget);
        this.clusters = new Clusters(target, calls, names, existing, waits, capacity);
        this.observations = new RebootObservations(calls, clusters);
    }

    public Target target() {
        return target;
    }

    /** Calls without retries: one request per call. */
    public DaxCalls calls() {
        return calls;
    }

    /** Calls with the SDK's standard retries, to see whether a fault would be retried (attempts &gt; 1). */
    public DaxCalls retryingCalls() {
        return retryingCalls;
    }

    public WireRecorder recorder() {
        return recorder;
    }

    public ClusterNames names() {
        return names;
    }

    public Clusters clusters() {
        return clusters;
    }

    public RebootObservations observations() {
        return observations;
    }

    public long seed() {
        return seed;
    }

    public int tries() {
        return tries;
    }

    public int shrinks() {
        return shrinks;
    }

    /** The waits of this run, bounded by its budget. */
    public Waits waits() {
        return waits;
    }

    /** How this run's properties run: seed, examples, shrinks, and the count of the current check's examples. */
    public PropertySettings properties() {
        return new PropertySettings(seed, tries, shrinks, examples);
    }

    /** How many distinct examples the current check's properties ran. */
    public ExampleCounts examples() {
        return examples;
    }

    /** Which values checks send: generated ones, or in fixed-inputs mode only the configured ones. */
    public Inputs inputs() {
        return inputs;
    }

    /** The control API, or NOT_VERIFIED naming the capability a check needs it for. */
    public ControlApi require(Capability capability, String purpose) {
        if (!target.has(capability) || target.control().isEmpty()) {
            throw CheckAborted.missing(capability, purpose);
        }
        return target.control().get();
    }

    /**
     * NOT_IMPLEMENTED when the target does not implement RebootNode, on positive evidence only. Decided
     * once, by a RebootNode for a cluster that cannot exist: an unknown-operation code, HTTP 501 or an error
     * page saying so is evidence; a 404 or 5xx that is no AWS error is a sign, confirmed only when a
     * RebootNode of a node that exists is answered the same way. Any other wrong answer is left to the
     * checks, which fail on it.
     */
    public synchronized void requireRebootNode() {
        if (!probed) {
            probed = true;
            String cluster = inputs.unknownClusterName();
            Answer<RebootNodeResponse> probe = calls.rebootNode(cluster, cluster.toLowerCase(Locale.ROOT) + "-a");
            if (probe.saysUnimplemented()) {
                rebootNodeUnimplemented = "the target answers RebootNode as not implemented: " + answered(probe);
            } else if (probe.nonAwsError()) {
                ClusterRef existing = clusters.fixture();
                clusters.rebooted(existing.name());
                Answer<RebootNodeResponse> confirm = calls.rebootNode(existing.name(), existing.nodeToReboot(0));
                if (confirm.saysUnimplemented() || confirm.nonAwsError()) {
                    rebootNodeUnimplemented = "the target answers RebootNode as not implemented: for an unknown"
                            + " cluster " + answered(probe) + "; for node " + existing.nodeToReboot(0)
                            + " of existing cluster " + existing.name() + " " + answered(confirm);
                }
            }
        }
        if (rebootNodeUnimplemented != null) {
            throw CheckAborted.notImplemented(rebootNodeUnimplemented);
        }
    }

    private static String answered(Answer<?> a) {
        return a.exchange() != null && a.exchange().answered() ? a.exchange().describeResponse() : a.summary();
    }

    /** Whether the target implements RebootNode (probing it once if not yet done). */
    public boolean implementsRebootNode() {
        try {
            requireRebootNode();
            return true;
        } catch (CheckAborted e) {
            return false;
        }
    }

    @Override
    public void close() {
        client.close();
        retryingClient.close();
    }
}
