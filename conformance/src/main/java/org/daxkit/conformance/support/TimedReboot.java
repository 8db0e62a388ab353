package org.daxkit.conformance.support;

import org.daxkit.conformance.wire.Answer;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;

/**
 * A reboot followed in real time (no instant transitions): {@code after} is the DescribeClusters that
 * showed the node available again, or null with {@code lastSeen} saying what the last DescribeClusters showed.
 */
public record TimedReboot(RebootObservation observation, Answer<DescribeClustersResponse> after,
                          long waitedMillis, String lastSeen) {
}
