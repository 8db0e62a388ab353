package org.daxkit.conformance.observe;

import java.time.Duration;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.wire.Answer;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;

/**
 * A reboot followed in real time (no instant transitions): {@code after} is the DescribeClusters that
 * showed the node available again, or null with {@code lastSeen} saying what the last DescribeClusters showed.
 */
public record TimedReboot(RebootObservation observation, Answer<DescribeClustersResponse> after,
                          long waitedMillis, String lastSeen) {

    /** The failure of the wait, for a node that did not come back within {@code timeout}. */
    public CheckFailure failure(Duration timeout) {
        return RebootObservations.failure(this, timeout);
    }
}

