package org.daxkit.reference.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request timeout's one setting: a positive number of milliseconds, or the default. */
class DeadlineExecutorTest {
    @AfterEach
    void clear() {
        System.clearProperty(DeadlineExecutor.TIMEOUT_PROPERTY);
    }

    @Test
    void withoutThePropertyTheTimeoutIsTenSeconds() {
        assertThat(DeadlineExecutor.configuredTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void thePropertySetsTheTimeoutInMilliseconds() {
        System.setProperty(DeadlineExecutor.TIMEOUT_PROPERTY, " 2500 ");
        assertThat(DeadlineExecutor.configuredTimeout()).isEqualTo(Duration.ofMillis(2500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "10s", "ten", "1.5"})
    void anythingButAPositiveNumberIsRefusedNamingTheProperty(String value) {
        System.setProperty(DeadlineExecutor.TIMEOUT_PROPERTY, value);
        assertThatThrownBy(DeadlineExecutor::configuredTimeout).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DeadlineExecutor.TIMEOUT_PROPERTY).hasMessageContaining(value);
    }
}
