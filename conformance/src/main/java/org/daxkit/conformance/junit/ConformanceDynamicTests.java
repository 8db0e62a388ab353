package org.daxkit.conformance.junit;

import java.util.stream.Stream;
import org.daxkit.conformance.run.ReportDirectory;
import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.run.ConformanceSession;
import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.RunResults;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The suite as JUnit 5 dynamic tests: one per check, run lazily in order against one session, then a last
 * test that fails when the run is inconclusive. PASSED and EXCUSED pass, FAILED and NOT_IMPLEMENTED fail,
 * NOT_VERIFIED is aborted with its reason. The session closes when JUnit closes the stream.
 */
public final class ConformanceDynamicTests {
    private ConformanceDynamicTests() {
    }

    public static Stream<DynamicTest> of(ConformanceConfig config, ReportDirectory reports) {
        LazySession session = new LazySession(config);
        Stream<DynamicTest> checks = ConformanceSession.selectChecks(config).stream()
                .map(check -> DynamicTest.dynamicTest(check.clause() + " " + check.id() + ": " + check.title(),
                        () -> toJUnit(session.get().run(check))));
        DynamicTest summary = DynamicTest.dynamicTest("suite: the run reached a verdict; created clusters deleted",
                () -> {
                    RunResults results = session.get().finish();
                    reports.write(results);
                    session.close();
                    Verdict verdict = Verdict.of(results);
                    if (verdict.kind() == Verdict.Kind.INCONCLUSIVE) {
                        throw new AssertionFailedError("INCONCLUSIVE against " + results.target().endpointUrl() + ": "
                                + verdict.reason());
                    }
                });
        return Stream.concat(checks, Stream.of(summary)).onClose(session::close);
    }

    private static void toJUnit(CheckResult r) {
        switch (r.outcome()) {
            case PASSED:
            case EXCUSED:
                return;
            case NOT_VERIFIED:
                throw new TestAbortedException("NOT_VERIFIED: " + r.message());
            case NOT_IMPLEMENTED:
                throw new AssertionFailedError("NOT_IMPLEMENTED: " + r.message());
            default:
                throw new AssertionFailedError(r.message());
        }
    }
}
