package org.daxkit.conformance;

import java.net.URI;
import org.daxkit.reference.ReferenceServer;
import org.junit.jupiter.api.AfterAll;

/** The base-class way in: a consumer extends it, names the endpoint and narrows the checks if it likes. */
class DaxConformanceTestBaseTest extends DaxConformanceTestBase {
    private static final ReferenceServer SERVER = ReferenceServer.builder().start();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Override
    protected URI endpoint() {
        return SERVER.endpoint();
    }

    @Override
    protected DaxConformance configure(DaxConformance conformance) {
        return conformance.withTries(5).onlyChecks("inv.", "fault.node-not-found");
    }
}
