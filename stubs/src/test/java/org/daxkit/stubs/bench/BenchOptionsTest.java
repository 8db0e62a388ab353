package org.daxkit.stubs.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void defaultsMeasureEveryPeerWithFourThreads() throws UsageException {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.measure()).isEqualTo(Duration.ofSeconds(6));
        assertThat(options.rounds()).isEqualTo(3);
        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.concurrency()).isEqualTo(4);
        assertThat(options.peers()).containsExactly(PeerKind.values());
        assertThat(options.help()).isFalse();
    }

    @Test
    void takesValuesAfterTheFlagOrAfterAnEqualsSign() throws UsageException {
        BenchOptions options = BenchOptions.parse("--seconds", "10", "--concurrency=8", "--rounds", "2",
                "--warmup-seconds=0", "--max-requests", "5000");

        assertThat(options.measure()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.concurrency()).isEqualTo(8);
        assertThat(options.rounds()).isEqualTo(2);
        assertThat(options.warmUp()).isZero();
        assertThat(options.maxRequests()).isEqualTo(5000);
    }

    @Test
    void onlyKeepsThePeersInTheGivenOrder() throws UsageException {
        assertThat(BenchOptions.parse("--only", "noop, Reference").peers())
                .containsExactly(PeerKind.NOOP, PeerKind.REFERENCE);
    }

    @Test
    void helpDoesNotSwallowTheNextFlag() throws UsageException {
        BenchOptions options = BenchOptions.parse("--help", "--seconds", "7");

        assertThat(options.help()).isTrue();
        assertThat(options.measure()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void usageErrorsNameTheFlag() {
        assertThatThrownBy(() -> BenchOptions.parse("--concurrency", "0"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--concurrency");
        assertThatThrownBy(() -> BenchOptions.parse("--seconds", "five"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--seconds");
        assertThatThrownBy(() -> BenchOptions.parse("--rounds"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--rounds");
        assertThatThrownBy(() -> BenchOptions.parse("--only", "localstack"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--only").hasMessageContaining("localstack");
        assertThatThrownBy(() -> BenchOptions.parse("--fast"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--fast");
    }
}
