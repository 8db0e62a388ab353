package org.daxkit.reports.matrix;

import java.util.ArrayList;
import java.util.List;
import org.daxkit.reports.Samples;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunResults;

/** Three targets: the full sample, stubs that lack two checks, and a moto-like target without RebootNode. */
final class MatrixSamples {

    private MatrixSamples() {
    }

    static RunResults reference() {
        return Samples.results();
    }

    /** Like the reference but without fault.service-linked-role and wire.request-id, and with one extra check. */
    static RunResults stubs() {
        List<CheckResult> checks = new ArrayList<>(Samples.checks());
        checks.removeIf(c -> c.id().equals("fault.service-linked-role") || c.id().equals("wire.request-id"));
        checks.add(Samples.check("stubs.only", "RN-2", Level.SHOULD, Outcome.PASSED, null));
        return Samples.results("stubs", checks);
    }

    static RunResults moto() {
        List<CheckResult> checks = Samples.checks().stream()
                .map(c -> c.withOutcome(Outcome.NOT_IMPLEMENTED, "RebootNode answered HTTP 500 | not implemented"))
                .toList();
        List<CheckResult> withFailure = new ArrayList<>(checks);
        withFailure.set(2, Samples.faultCheck("fault.cluster-not-found", "RN-3.1", Level.MUST, Outcome.FAILED,
                "expected ClusterNotFoundFault", new FaultObservation("ClusterNotFoundFault", "InternalFailure", 500), null));
        return Samples.results("moto 5.2.1", withFailure);
    }
}
