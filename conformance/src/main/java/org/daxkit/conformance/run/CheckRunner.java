package org.daxkit.conformance.run;

import org.daxkit.conformance.catalog.ClauseCatalog;
import org.daxkit.conformance.support.AwaitTimeout;
import org.daxkit.conformance.support.PropertyFalsified;
import org.daxkit.conformance.wire.Exchange;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.ClauseInfo;
import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.Reproducer;

/**
 * Runs one check and turns whatever it did into a CheckResult. The one place failure messages get their
 * frame: "[clause] requirement; got ...", the request sent, the shrunk case, "replay with --seed N".
 */
public final class CheckRunner {
    private final ClauseCatalog catalog;

    public CheckRunner(ClauseCatalog catalog) {
        this.catalog = catalog;
    }

    public CheckResult run(Check check, TargetContext ctx) {
        ClauseInfo clause = catalog.clause(check.clause());
        Level level = clause == null ? Level.MUST : clause.level();
        long start = System.nanoTime();
        Outcome outcome;
        String message;
        FaultObservation fault = null;
        Reproducer reproducer = null;
        try {
            Verdict v = check.run(ctx);
            outcome = v.outcome();
            message = v.message();
            fault = v.fault();
        } catch (PropertyFalsified p) {
            Throwable cause = p.getCause();
            if (cause instanceof CheckAborted a) {
                outcome = a.outcome();
                message = a.getMessage();
            } else {
                outcome = Outcome.FAILED;
                Exchange exchange = cause instanceof CheckFailure f ? f.exchange() : null;
                fault = cause instanceof CheckFailure f ? f.fault() : null;
                message = frame(check, describe(cause), exchange, ctx.seed())
                        + "\n  smallest failing case (after " + p.examples() + " example(s) and shrinking): "
                        + p.smallest();
                reproducer = exchange == null ? null : exchange.toReproducer(ctx.seed());
            }
        } catch (CheckFailure f) {
            outcome = Outcome.FAILED;
            fault = f.fault();
            message = frame(check, f.getMessage(), f.exchange(), ctx.seed());
            reproducer = f.exchange() == null ? null : f.exchange().toReproducer(ctx.seed());
        } catch (CheckAborted a) {
            outcome = a.outcome();
            message = a.getMessage();
        } catch (Exception | AssertionError e) {
            outcome = Outcome.FAILED;
            message = frame(check, "the check could not complete: " + describe(e), null, ctx.seed());
        }
        if (fault == null && check.expectedFault() != null) {
            fault = new FaultObservation(check.expectedFault(), null, null);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new CheckResult(check.id(), check.clause(), level, check.title(), outcome, message, millis, fault,
                reproducer);
    }

    private static String frame(Check check, String message, Exchange exchange, long seed) {
        StringBuilder b = new StringBuilder("[").append(check.clause()).append("] ").append(message);
        if (exchange != null) {
            b.append("\n  request sent: ").append(exchange.describeRequest());
            b.append("\n  response: ").append(exchange.describeResponse());
        }
        b.append("\n  replay with --seed ").append(seed);
        return b.toString();
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "the property returned false";
        }
        if (t instanceof CheckFailure || t instanceof AwaitTimeout) {
            return t.getMessage();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
