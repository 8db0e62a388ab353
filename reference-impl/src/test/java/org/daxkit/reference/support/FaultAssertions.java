package org.daxkit.reference.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dax.model.DaxException;

/** Asserts a call fails with the expected SDK exception class AND wire code, HTTP 400. */
public final class FaultAssertions {
    private FaultAssertions() {
    }

    public static <T extends DaxException> T assertFault(String what, ThrowingCallable call, Class<T> type,
                                                         String wireCode) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown)
                .as("%s must fail with %s (%s)", what, wireCode, type.getSimpleName())
                .isInstanceOf(type);
        T fault = type.cast(thrown);
        assertThat(fault.awsErrorDetails().errorCode())
                .as("%s: wire error code of %s", what, thrown)
                .isEqualTo(wireCode);
        assertThat(fault.statusCode()).as("%s: HTTP status of %s", what, thrown).isEqualTo(400);
        assertThat(fault.requestId()).as("%s: x-amzn-RequestId of %s", what, thrown).isNotBlank().isNotEqualTo("UNKNOWN");
        return fault;
    }
}
