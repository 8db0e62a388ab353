package org.daxkit.stubs.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatencySamplesTest {

    @Test
    void percentilesAreNearestRankOverAllThreads() {
        LatencySamples first = new LatencySamples();
        LatencySamples second = new LatencySamples();
        for (int i = 1; i <= 100; i++) {
            (i % 2 == 0 ? first : second).add(i * 1_000_000L);   // 1 ms .. 100 ms, split over two threads
        }

        long[] sorted = LatencySamples.sortedUnion(List.of(first, second));

        assertThat(sorted).hasSize(100).isSorted();
        assertThat(LatencySamples.percentileMillis(sorted, 50)).isEqualTo(50.0);
        assertThat(LatencySamples.percentileMillis(sorted, 99)).isEqualTo(99.0);
        assertThat(LatencySamples.percentileMillis(sorted, 100)).isEqualTo(100.0);
    }

    @Test
    void growsPastItsFirstCapacity() {
        LatencySamples samples = new LatencySamples();
        for (int i = 0; i < 10_000; i++) {
            samples.add(i);
        }

        assertThat(samples.size()).isEqualTo(10_000);
        assertThat(LatencySamples.sortedUnion(List.of(samples))).hasSize(10_000).endsWith(9_999L);
    }

    @Test
    void noSamplesHaveNoPercentile() {
        assertThat(LatencySamples.percentileMillis(new long[0], 50)).isNaN();
    }
}
