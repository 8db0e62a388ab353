package org.daxkit.conformance.check;

/**
 * One conformance check: a stable id, the clause it verifies and a body. The body returns a
 * {@link CheckVerdict} or throws {@link org.daxkit.conformance.outcome.CheckFailure} (FAILED) or
 * {@link org.daxkit.conformance.outcome.CheckAborted} (NOT_VERIFIED, NOT_IMPLEMENTED); the runner
 * ({@code run.CheckRunner}) turns either into a CheckResult.
 */
public interface Check {

    String id();

    String clause();

    String title();

    CheckVerdict run(TargetContext ctx) throws Exception;

    /** The wire code of the listed fault this check is about, or null; reports file it in the fault ledger. */
    default String expectedFault() {
        return null;
    }

    static Check of(String id, String clause, String title, Body body) {
        return new SimpleCheck(id, clause, title, null, body);
    }

    /** A check about one listed fault, filed under it even when it cannot run (NOT_VERIFIED, NOT_IMPLEMENTED). */
    static Check forFault(String id, String clause, String title, String faultCode, Body body) {
        return new SimpleCheck(id, clause, title, faultCode, body);
    }

    /** The body of a check. */
    @FunctionalInterface
    interface Body {
        CheckVerdict run(TargetContext ctx) throws Exception;
    }

    /** The usual implementation: a body with its names. */
    record SimpleCheck(String id, String clause, String title, String expectedFault, Body body) implements Check {
        @Override
        public CheckVerdict run(TargetContext ctx) throws Exception {
            return body.run(ctx);
        }
    }
}
