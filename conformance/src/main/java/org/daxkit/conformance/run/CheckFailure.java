package org.daxkit.conformance.run;

import org.daxkit.conformance.wire.Exchange;
import org.daxkit.reports.model.FaultObservation;

/**
 * A check found the target wrong. The message says what was required and what came back
 * ("RebootNode on an unknown NodeId must fail with NodeNotFoundFault; got ..."); the runner adds the
 * clause, the request sent and the seed. An AssertionError so QuickTheories treats it as falsification.
 */
public final class CheckFailure extends AssertionError {
    private final transient Exchange exchange;
    private final transient FaultObservation fault;

    public CheckFailure(String message, Exchange exchange) {
        this(message, exchange, null);
    }

    public CheckFailure(String message, Exchange exchange, FaultObservation fault) {
        super(message);
        this.exchange = exchange;
        this.fault = fault;
    }

    public Exchange exchange() {
        return exchange;
    }

    public FaultObservation fault() {
        return fault;
    }
}
