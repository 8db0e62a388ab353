package org.daxkit.conformance.run;

import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.catalog.ClauseCatalog;
import org.daxkit.conformance.properties.PropertyFalsified;
import org.daxkit.conformance.waits.WaitFailed;
import org.daxkit.conformance.wire.Exchange;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.ClauseInfo;
import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.NotVerifiedCause;
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
        ctx.examples().reset();
        Outcome outcome;
        String message;
        FaultObservation fault = null;
        Reproducer reproducer = null;
        NotVerifiedCause cause = null;
        try {
            if (ctx.waits().budget().exhausted()) {
                throw CheckAborted.notVerified(NotVerifiedCause.BUDGET, "budget exhausted: the run's time budget"
                        + " (--max-duration " + ctx.waits().budget().limit().toSeconds() + "s) ran out before this"
                        + " check started");
            }
            CheckVerdict v = check.run(ctx);
            outcome = v.outcome();
            message = v.message();
            fault = v.fault();
            cause = v.cause();
        } catch (PropertyFalsified p) {
            Throwable failure = p.getCause();
            if (failure instanceof CheckAborted a) {
                outcome = a.outcome();
                message = a.getMessage();
                cause = a.notVerifiedCause();
            } else {
                outcome = Outcome.FAILED;
                Exchange exchange = exchangeOf(failure);
                fault = failure instanceof CheckFailure f ? f.fault() : null;
                message = frame(check, describe(failure), exchange, ctx.seed(), catalog.hint(check.clause()))
                        + "\n  smallest failing case (after " + p.examples() + " example(s) and shrinking): "
                        + p.smallest();
                reproducer = exchange == null ? null : exchange.toReproducer(ctx.seed());
            }
        } catch (CheckFailure | WaitFailed f) {
            outcome = Outcome.FAILED;
            Exchange exchange = exchangeOf(f);
            fault = f instanceof CheckFailure c ? c.fault() : null;
            message = frame(check, describe(f), exchange, ctx.seed(), catalog.hint(check.clause()));
            reproducer = exchange == null ? null : exchange.toReproducer(ctx.seed());
        } catch (CheckAborted a) {
            outcome = a.outcome();
            message = a.getMessage();
            cause = a.notVerifiedCause();
        } catch (Exception | AssertionError e) {
            outcome = Outcome.FAILED;
            message = frame(check, "the check could not complete: " + describe(e), null, ctx.seed(), null);
        }
        if (fault == null && check.expectedFault() != null) {
            fault = new FaultObservation(check.expectedFault(), null, null);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new CheckResult(check.id(), check.clause(), level, check.title(), outcome, message, millis, fault,
                reproducer, outcome == Outcome.NOT_VERIFIED ? cause : null, ctx.examples().current());
    }

    private static Exchange exchangeOf(Throwable t) {
        if (t instanceof CheckFailure f) {
            return f.exchange();
        }
        if (t instanceof WaitFailed w && w.last() != null) {
            return w.last().exchange();
        }
        return null;
    }

    private static String frame(Check check, String message, Exchange exchange, long seed, String hint) {
        StringBuilder b = new StringBuilder("[").append(check.clause()).append("] ").append(message);
        if (hint != null) {
            b.append("\n  ").append(hint);
        }
        if (exchange != null) {
            b.append("\n  request sent: ").append(exchange.describeRequest());
            b.append("\n  response: ").append(exchange.describeResponse());
        }
        b.append("\n  replay with --seed ").append(seed);
        return b.toString();
    }

    /** The failure's text, prefixed with the step it happened in when that is not the check's own call. */
    private static String describe(Throwable t) {
        if (t == null) {
            return "the property returned false";
        }
        if (t instanceof CheckFailure f) {
            return switch (f.step()) {
                case SETUP -> "setup: " + f.getMessage();
                case WAIT -> "wait: " + f.getMessage();
                case ACTION -> f.getMessage();
            };
        }
        if (t instanceof WaitFailed w) {
            return "wait: a wait after the suite's own call must end as expected; " + w.getMessage();
        }
        StackTraceElement[] at = t.getStackTrace();
        return t.getClass().getSimpleName() + ": " + t.getMessage() + (at.length == 0 ? "" : " (at " + at[0] + ")");
    }
}
