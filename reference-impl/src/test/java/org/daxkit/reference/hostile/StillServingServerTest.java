package org.daxkit.reference.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** One server per test class, and after every test the proof that it still serves a plain DescribeClusters. */
abstract class StillServingServerTest {
    protected static TestServer t;
    protected static JdkHttp http;

    @BeforeAll
    static void startServer() {
        t = new TestServer();
        http = new JdkHttp(t.server.endpoint());
    }

    @AfterEach
    void serverStillServes() {
        Answer after = http.describeClusters();
        assertThat(after.status()).as("DescribeClusters after the hostile request: %s", after).isEqualTo(200);
    }

    @AfterAll
    static void stopServer() {
        t.close();
    }
}
