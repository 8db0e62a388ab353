package org.daxkit.conformance.outcome;

import org.daxkit.conformance.wire.Exchange;
import org.daxkit.reports.model.FaultObservation;

/**
 * A check found the target wrong. The message says what was required and what came back
 * ("RebootNode on an unknown NodeId must fail with NodeNotFoundFault; got ..."); the runner adds the
 * clause, the step, the request sent and the seed. An AssertionError so QuickTheories treats it as
 * falsification. A wrong answer is a failure wherever it comes: in the check's setup, its action, or a wait
 * after one of the suite's own calls.
 */
public final class CheckFailure extends AssertionError {
    /** Where in a check the target answered wrongly. */
    public enum Step {
        /** Making the check's preconditions: creating or settling clusters, the configured cluster. */
        SETUP,
        /** The call the clause is about. */
        ACTION,
        /** Waiting for a transition the suite's own call started. */
        WAIT
    }

    private final transient Exchange exchange;
    private final transient FaultObservation fault;
    private final Step step;

    public CheckFailure(String message, Exchange exchange) {
        this(message, exchange, null);
    }

    public CheckFailure(String message, Exchange exchange, FaultObservation fault) {
        this(Step.ACTION, message, exchange, fault);
    }

    public CheckFailure(Step step, String message, Exchange exchange) {
        this(step, message, exchange, null);
    }

    private CheckFailure(Step step, String message, Exchange exchange, FaultObservation fault) {
        super(message);
        this.step = step;
        this.exchange = exchange;
        this.fault = fault;
    }

    public Exchange exchange() {
        return exchange;
    }

    public FaultObservation fault() {
        return fault;
    }

    public Step step() {
        return step;
    }
}
