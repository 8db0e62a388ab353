package org.daxkit.conformance.checks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.daxkit.conformance.waits.RunBudget;
import org.daxkit.conformance.waits.Waits;
import org.junit.jupiter.api.Test;

/** A long model check is not silent: it says how many sequences are running and done. */
class SequenceProgressTest {

    @Test
    void saysHowManySequencesRunAndAreDone() throws Exception {
        List<String> said = new CopyOnWriteArrayList<>();
        CountDownLatch heardRunning = new CountDownLatch(1);
        CountDownLatch heardDone = new CountDownLatch(1);
        Waits waits = new Waits(new RunBudget(Duration.ofMinutes(5)));
        waits.listener((what, elapsed, limit) -> {
            said.add(what + " " + limit.toSeconds());
            if (what.contains("0 done, 1 running")) {
                heardRunning.countDown();
            }
            if (what.contains("1 done, 0 running")) {
                heardDone.countDown();
            }
        });

        try (SequenceProgress progress = new SequenceProgress(waits, 24, Duration.ofMillis(20))) {
            progress.run(() -> await(heardRunning));
            assertThat(heardDone.await(30, TimeUnit.SECONDS)).as(said.toString()).isTrue();
        }

        // the limit is what was left of the run's budget when the sequences began
        assertThat(said).anySatisfy(s -> assertThat(s).contains("24 generated for the seed")
                .matches(".* (29[0-9]|300)"));
        int heard = said.size();
        Thread.sleep(100);
        assertThat(said).as("silent once closed").hasSize(heard);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
