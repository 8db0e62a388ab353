package org.daxkit.conformance.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.reference.ReferenceServer;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not part of the build's tests (its name matches no Surefire pattern): how long the whole CLI
 * takes to reach its verdict against every broken variant of the reference, and against the clean embedded
 * reference. Run it with
 * {@code mvn -B -q -pl conformance -am test -Dtest=BrokenTargetsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dbench.mutants=A,B} for some only).
 * It prints a line per target and the slowest; it asserts the verdicts, never the times.
 */
class BrokenTargetsBenchmark {

    private record Row(String target, int exitCode, long millis) {
    }

    @Test
    void everyBrokenVariantGetsItsVerdictAndTheTimeItTook() throws Exception {
        List<Row> rows = new ArrayList<>();
        Path reports = Files.createTempDirectory("broken-targets");
        long clean = WholeRuns.cli(reports.resolve("embedded"), List.of()).millis();
        try (ReferenceServer reference = ReferenceServer.builder().start()) {
            for (Mutant mutant : selected()) {
                reference.reset();
                try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), mutant.mutation())) {
                    WholeRuns.Run run = WholeRuns.cli(reports.resolve(mutant.name()),
                            List.of("--endpoint-url", proxy.endpoint().toString()));
                    rows.add(new Row(mutant.name(), run.exitCode(), run.millis()));
                }
            }
        }
        print(rows, clean);
        assertThat(rows).allSatisfy(r -> assertThat(r.exitCode()).as(r.target())
                .isIn(ExitCodes.NON_CONFORMANT, ExitCodes.INCONCLUSIVE));
    }

    /** Every mutant, or those named in -Dbench.mutants (comma-separated). */
    private static List<Mutant> selected() {
        String names = System.getProperty("bench.mutants", "");
        return names.isBlank() ? List.of(Mutant.values())
                : java.util.Arrays.stream(names.split(",")).map(String::trim).map(Mutant::valueOf).toList();
    }

    private static void print(List<Row> rows, long cleanMillis) {
        System.out.println();
        System.out.printf("%-34s %5s %9s%n", "broken variant (Mutant)", "exit", "wall s");
        rows.stream().sorted(Comparator.comparingLong(Row::millis).reversed())
                .forEach(r -> System.out.printf("%-34s %5d %9.1f%n", r.target(), r.exitCode(), r.millis() / 1000.0));
        Row slowest = rows.stream().max(Comparator.comparingLong(Row::millis)).orElseThrow();
        System.out.printf("%n%d broken variants; slowest %s at %.1f s (goal: under 60 s each);"
                        + " mean %.1f s%n", rows.size(), slowest.target(), slowest.millis() / 1000.0,
                rows.stream().mapToLong(Row::millis).average().orElse(0) / 1000.0);
        System.out.printf("clean embedded reference: %.1f s (goal: under 10 s; JVM start not included)%n",
                cleanMillis / 1000.0);
    }
}
