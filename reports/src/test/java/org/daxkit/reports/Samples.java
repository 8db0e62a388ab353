package org.daxkit.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.ClauseInfo;
import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.Reproducer;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.TargetInfo;

/** Results fixtures: a run with every outcome, every fault ledger category and hostile text. */
public final class Samples {

    public static final long SEED = 424242L;
    public static final String ENDPOINT = "http://127.0.0.1:8700";
    /** Contains everything a renderer must escape: markup, a CDATA end, a quote, a control char, an emoji. */
    public static final String HOSTILE = "got <script>alert(1)</script> & \"quotes\" 'single' ]]> bell\u0007 rocket \uD83D\uDE80";
    public static final String SECRET_SIGNATURE = "Signature=deadbeefcafe";

    private Samples() {
    }

    public static List<ClauseInfo> clauses() {
        return List.of(
                new ClauseInfo("RN-1", Level.MUST, "RebootNode with a valid ClusterName and NodeId answers HTTP 200 with the cluster.",
                        List.of("reboot.success")),
                new ClauseInfo("RN-2", Level.MUST, "The rebooted node's NodeStatus is rebooting.", List.of("reboot.node-rebooting")),
                new ClauseInfo("RN-3.1", Level.MUST, "An unknown cluster fails with ClusterNotFoundFault.",
                        List.of("fault.cluster-not-found")),
                new ClauseInfo("RN-3.2", Level.MUST, "An unknown NodeId fails with NodeNotFoundFault.",
                        List.of("fault.node-not-found")),
                new ClauseInfo("RN-3.3", Level.MUST, "A cluster that is not available fails with InvalidClusterStateFault.",
                        List.of("fault.invalid-cluster-state")),
                new ClauseInfo("RN-3.4", Level.MUST, "A missing service-linked role fails with ServiceLinkedRoleNotFoundFault.",
                        List.of("fault.service-linked-role")),
                new ClauseInfo("RN-3.5", Level.MUST, "A missing NodeId fails with InvalidParameterValueException.",
                        List.of("fault.invalid-parameter-value")),
                new ClauseInfo("RN-3.6", Level.MAY, "InvalidParameterCombinationException has the standard error shape.",
                        List.of("fault.invalid-parameter-combination")),
                new ClauseInfo("RN-4", Level.SHOULD, "Rebooting a node that is already rebooting succeeds.",
                        List.of("reboot.twice", "reboot.twice-events")),
                new ClauseInfo("RN-5", Level.SHOULD, "ActiveNodes drops by one during a reboot <b>.", List.of()));
    }

    public static Reproducer reproducer(String target, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Target", target);
        headers.put("Content-Type", "application/x-amz-json-1.1");
        headers.put("Host", "127.0.0.1:8700");
        headers.put("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/dax/aws4_request, "
                + "SignedHeaders=host;x-amz-date;x-amz-target, " + SECRET_SIGNATURE);
        headers.put("X-Amz-Date", "20250101T000000Z");
        return new Reproducer("POST", ENDPOINT + "/", headers, body, SEED);
    }

    public static CheckResult check(String id, String clause, Level level, Outcome outcome, String message) {
        return new CheckResult(id, clause, level, "title of " + id, outcome, message, 12, null, null);
    }

    public static CheckResult notVerified(String id, String clause, Level level, NotVerifiedCause cause) {
        return new CheckResult(id, clause, level, "title of " + id, Outcome.NOT_VERIFIED, "why: " + cause, 12, null,
                null, cause, null);
    }

    public static CheckResult faultCheck(String id, String clause, Level level, Outcome outcome, String message,
                                         FaultObservation fault, Reproducer reproducer) {
        return new CheckResult(id, clause, level, "title of " + id, outcome, message, 340, fault, reproducer);
    }

    public static List<CheckResult> checks() {
        List<CheckResult> checks = new ArrayList<>();
        checks.add(check("reboot.success", "RN-1", Level.MUST, Outcome.PASSED, null));
        checks.add(check("reboot.node-rebooting", "RN-2", Level.MUST, Outcome.PASSED, null));
        checks.add(faultCheck("fault.cluster-not-found", "RN-3.1", Level.MUST, Outcome.PASSED, null,
                new FaultObservation("ClusterNotFoundFault", "ClusterNotFoundFault", 400), null));
        checks.add(faultCheck("fault.node-not-found", "RN-3.2", Level.MUST, Outcome.FAILED,
                "[RN-3.2] RebootNode on an unknown NodeId must fail with NodeNotFoundFault; "
                        + "got InvalidParameterValueException (HTTP 400) " + HOSTILE,
                new FaultObservation("NodeNotFoundFault", "InvalidParameterValueException", 400),
                reproducer("AmazonDAXV3.RebootNode", "{\"ClusterName\":\"kit-o'brien\",\"NodeId\":\"kit-zz\"}")));
        checks.add(faultCheck("fault.invalid-cluster-state", "RN-3.3", Level.MUST, Outcome.FAILED,
                "[RN-3.3] RebootNode on a creating cluster must fail with HTTP 400; got HTTP 500",
                new FaultObservation("InvalidClusterStateFault", "InvalidClusterStateFault", 500),
                reproducer("AmazonDAXV3.RebootNode", "{\"ClusterName\":\"kit-creating\",\"NodeId\":\"kit-creating-a\"}")));
        checks.add(faultCheck("fault.service-linked-role", "RN-3.4", Level.MUST, Outcome.NOT_VERIFIED,
                "target lacks capability faultInjection: cannot remove the service-linked role",
                new FaultObservation("ServiceLinkedRoleNotFoundFault", null, null), null));
        checks.add(faultCheck("fault.invalid-parameter-value", "RN-3.5", Level.MUST, Outcome.EXCUSED,
                "excused by deviations.json (ticket DAX-12): answers ValidationException",
                new FaultObservation("InvalidParameterValueException", "ValidationException", 400), null));
        checks.add(faultCheck("fault.invalid-parameter-combination", "RN-3.6", Level.MAY, Outcome.NOT_IMPLEMENTED,
                "RebootNode answered UnknownOperationException",
                new FaultObservation("InvalidParameterCombinationException", "UnknownOperationException", 400), null));
        checks.add(check("reboot.twice", "RN-4", Level.SHOULD, Outcome.PASSED, null));
        checks.add(new CheckResult("wire.request-id", "RN-9", Level.SHOULD, "x-amzn-RequestId | present",
                Outcome.FAILED, "missing x-amzn-RequestId | expected a header\nsecond line", 3, null,
                reproducer("AmazonDAXV3.DescribeClusters", "{}")));
        return checks;
    }

    public static TargetInfo target(String name) {
        return new TargetInfo(name, ENDPOINT, "embedded reference server");
    }

    public static RunInfo run() {
        return new RunInfo("2025-06-01T10:15:30.123Z", 4321, SEED, "0.1.0-SNAPSHOT", "2.40.2");
    }

    /** The full sample: 10 checks, 4 passed, 3 failed, 1 of each other outcome. */
    public static RunResults results() {
        return RunResults.of(target("reference"), run(), clauses(), checks());
    }

    public static RunResults results(String target, List<CheckResult> checks) {
        return RunResults.of(target(target), run(), clauses(), checks);
    }
}
