package org.daxkit.conformance.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.reference.ReferenceServer;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not part of the build's tests (its name matches no Surefire pattern): the whole CLI against
 * the reference at slow timing profiles, as a vendor's service would be checked: clusters created through the
 * DAX API only ({@code --capabilities createClusters}, no control API to complete transitions). Prints wall
 * time and wall time divided by the longest transition, per run. Asserts the verdicts, never the times.
 * <pre>
 * mvn -B -q -pl conformance -am test -Dtest=SlowTargetBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.runs=3] [-Dbench.profiles=10s/5s/5s/5s,4s/2s/2s/2s]
 * </pre>
 * A profile is create/reboot/modify/delete durations.
 */
class SlowTargetBenchmark {

    private record Profile(Duration create, Duration reboot, Duration modify, Duration delete) {
        static Profile parse(String text) {
            String[] d = text.split("/");
            return new Profile(seconds(d[0]), seconds(d[1]), seconds(d[2]), seconds(d[3]));
        }

        private static Duration seconds(String s) {
            return Duration.ofMillis(Math.round(Double.parseDouble(s.replace("s", "")) * 1000));
        }

        Duration longest() {
            return List.of(create, reboot, modify, delete).stream().max(Duration::compareTo).orElseThrow();
        }

        @Override
        public String toString() {
            return create.toSeconds() + "s/" + reboot.toSeconds() + "s/" + modify.toSeconds() + "s/"
                    + delete.toSeconds() + "s";
        }
    }

    @Test
    void theWholeSuiteAgainstSlowTargets() throws Exception {
        int runs = Integer.getInteger("bench.runs", 1);
        List<Profile> profiles = new ArrayList<>();
        for (String p : System.getProperty("bench.profiles", "10s/5s/5s/5s,4s/2s/2s/2s").split(",")) {
            profiles.add(Profile.parse(p.trim()));
        }
        List<String> lines = new ArrayList<>();
        List<String> notConformant = new ArrayList<>();
        for (Profile profile : profiles) {
            for (int i = 1; i <= runs; i++) {
                try (ReferenceServer slow = ReferenceServer.builder().createDuration(profile.create())
                        .rebootDuration(profile.reboot()).modifyDuration(profile.modify())
                        .deleteDuration(profile.delete()).start()) {
                    WholeRuns.Run run = WholeRuns.cli(Files.createTempDirectory("slow-target"), List.of(
                            "--endpoint-url", slow.endpoint().toString(), "--capabilities", "createClusters"));
                    lines.add(String.format("%-18s run %d: exit %d, %6.1f s wall, %5.1f x the longest transition; %s",
                            profile, i, run.exitCode(), run.millis() / 1000.0,
                            run.millis() / (double) profile.longest().toMillis(), slowest(run.stdout())));
                    if (run.exitCode() != ExitCodes.CONFORMANT) {
                        notConformant.add(profile + " run " + i + ": " + run);
                    }
                }
            }
        }
        System.out.println();
        System.out.println("profile (create/reboot/modify/delete), --capabilities createClusters");
        lines.forEach(System.out::println);
        // every run printed first, so a flaky run does not hide the figures of the others
        assertThat(notConformant).as("runs against a correct target that were not CONFORMANT").isEmpty();
    }

    private static String slowest(String stdout) {
        return stdout.lines().filter(l -> l.startsWith("Slowest: ")).findFirst().orElse("");
    }
}
