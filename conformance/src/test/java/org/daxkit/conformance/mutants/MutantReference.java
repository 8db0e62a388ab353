package org.daxkit.conformance.mutants;

import java.time.Duration;
import org.daxkit.reference.ReferenceServer;

/**
 * The reference the mutants alter. Long transitions cost nothing (the suite completes them through the control
 * API) and keep "RebootNode while modifying" clear of races; reboots are waited for in real time, so they are
 * short.
 */
final class MutantReference {
    private MutantReference() {
    }

    static ReferenceServer start(Duration reboot) {
        return ReferenceServer.builder().createDuration(Duration.ofSeconds(2)).rebootDuration(reboot)
                .modifyDuration(Duration.ofSeconds(2)).deleteDuration(Duration.ofSeconds(2)).start();
    }
}
