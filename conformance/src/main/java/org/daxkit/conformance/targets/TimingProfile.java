package org.daxkit.conformance.targets;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * How long the target's transitions may take (the bounds of every wait), and the shortest reboot it
 * promises (so a DescribeClusters made sooner must still show the node rebooting).
 */
public record TimingProfile(Duration create, Duration reboot, Duration modify, Duration delete, Duration minReboot) {
    private static final Duration SLACK = Duration.ofSeconds(2);

    /** Real DAX: minutes. Used for endpoints that do not declare their durations. */
    public static TimingProfile realDax() {
        return new TimingProfile(Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofMinutes(30),
                Duration.ofMinutes(30), Duration.ofSeconds(1));
    }

    /** From declared durations: 3 x each + 2 s; the declared reboot is the shortest reboot. */
    public static TimingProfile declared(Duration create, Duration reboot, Duration modify, Duration delete) {
        return new TimingProfile(bound(create), bound(reboot), bound(modify), bound(delete), reboot);
    }

    /** This profile with the non-null overrides applied. */
    public TimingProfile override(Duration create, Duration reboot, Duration modify, Duration delete) {
        return new TimingProfile(create != null ? create : this.create, reboot != null ? reboot : this.reboot,
                modify != null ? modify : this.modify, delete != null ? delete : this.delete, minReboot);
    }

    /**
     * The run's default time budget: ten times the longest transition bound, and at least five minutes, so
     * a slow but correct target finishes and a hanging one cannot hold a CI gate for hours.
     */
    public Duration defaultRunBudget() {
        Duration longest = Stream.of(create, reboot, modify, delete).max(Duration::compareTo).orElse(reboot);
        Duration tenfold = longest.multipliedBy(10);
        return tenfold.compareTo(Duration.ofMinutes(5)) < 0 ? Duration.ofMinutes(5) : tenfold;
    }

    /** Poll often enough to see short states, rarely enough not to flood a remote target. */
    public static Duration pollInterval(Duration timeout) {
        long millis = Math.max(20, Math.min(5_000, timeout.toMillis() / 100));
        return Duration.ofMillis(millis);
    }

    private static Duration bound(Duration declared) {
        return declared.multipliedBy(3).plus(SLACK);
    }
}
