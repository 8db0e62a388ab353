package org.daxkit.reference.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.hostile.AwsShape.assertAwsError;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reference.http.DeadlineExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients that stop sending must not take the server down with them. The server here has a short
 * request timeout (one second) so the test can outlast it; socket timeouts bound every wait.
 */
class StalledConnectionsTest {
    private static final String DESCRIBE = "AmazonDAXV3.DescribeClusters";
    private static ReferenceServer server;
    private static int port;

    @BeforeAll
    static void start() {
        warmUp();
        // Read once, when the server starts; cleared again so no other server in this JVM sees it.
        System.setProperty(DeadlineExecutor.TIMEOUT_PROPERTY, "1000");
        try {
            server = ReferenceServer.builder().start();
        } finally {
            System.clearProperty(DeadlineExecutor.TIMEOUT_PROPERTY);
        }
        port = server.port();
    }

    /**
     * The first requests in a fresh JVM load classes for a while; on a busy machine that could eat the
     * one-second timeout of a normal request. A server with the default timeout takes that cost first.
     */
    private static void warmUp() {
        try (ReferenceServer warm = ReferenceServer.builder().start()) {
            assertThat(RawHttp.exchange(warm.port(), RawHttp.post(DESCRIBE, "{}")).status()).isEqualTo(200);
            assertAwsError(RawHttp.exchange(warm.port(), RawHttp.post("AmazonDAXV3.Nope", "{")));
            assertThat(RawHttp.exchange(warm.port(), "POST /_control/reset HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Length: 0\r\n\r\n").status()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void twiceAsManyStalledClientsAsWorkersDoNotStopANormalRequest() throws IOException {
        int each = ReferenceServer.WORKER_THREADS;
        List<Socket> stalledBodies = new ArrayList<>();
        List<Socket> stalledHeads = new ArrayList<>();
        try {
            for (int i = 0; i < each; i++) {
                Socket body = RawHttp.connect(port);
                RawHttp.send(body, RawHttp.postHead(DESCRIBE, 100) + "{\"ClusterNames\":");
                stalledBodies.add(body);
                Socket head = RawHttp.connect(port);
                RawHttp.send(head, "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Tar");
                stalledHeads.add(head);
            }

            Answer normal = RawHttp.exchange(port, RawHttp.post(DESCRIBE, "{}"));
            assertThat(normal.status()).as(normal.toString()).isEqualTo(200);

            for (Socket body : stalledBodies) {
                Answer timedOut = RawHttp.readAnswer(body, "headers and 16 of 100 body bytes, then silence");
                assertAwsError(timedOut, 408, "RequestTimeoutException");
                assertThat(RawHttp.closedWithoutAnswer(body)).as("connection closed after the 408").isTrue();
            }
            for (Socket head : stalledHeads) {
                assertThat(RawHttp.closedWithoutAnswer(head)).as("half a header line, then silence").isTrue();
            }
        } finally {
            for (Socket socket : stalledBodies) {
                socket.close();
            }
            for (Socket socket : stalledHeads) {
                socket.close();
            }
        }
    }

    @Test
    void stalledBodyOnTheControlApiGetsA408Too() throws IOException {
        try (Socket socket = RawHttp.connect(port)) {
            RawHttp.send(socket, "POST /_control/clock/advance HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 50\r\n\r\n{\"millis\":");
            assertAwsError(RawHttp.readAnswer(socket, "stalled control body"), 408, "RequestTimeoutException");
        }
        assertThat(RawHttp.exchange(port, RawHttp.post(DESCRIBE, "{}")).status()).isEqualTo(200);
    }

    @Test
    void stalledBodyAfterAWrongTargetStillGetsAnAwsAnswer() throws IOException {
        try (Socket socket = RawHttp.connect(port)) {
            RawHttp.send(socket, RawHttp.postHead("AmazonDAXV3.Nope", 100) + "{");
            assertAwsError(RawHttp.readAnswer(socket, "wrong target, stalled body"));
        }
        assertThat(RawHttp.exchange(port, RawHttp.post(DESCRIBE, "{}")).status()).isEqualTo(200);
    }

    /** Chunk sizes the JDK's parser neither accepts nor rejects: it waits for more, so the timeout answers. */
    @ParameterizedTest
    @ValueSource(strings = {"2\r\n{}\r\n-1\r\n\r\n", "ffffffffffffffffff\r\n{}\r\n"})
    void oddChunkSizesGetAnAwsAnswerAtTheLatestWhenTheRequestTimesOut(String chunks) throws IOException {
        try (Socket socket = RawHttp.connect(port)) {
            RawHttp.send(socket, "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: " + DESCRIBE
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);
            assertThat(assertAwsError(RawHttp.readAnswer(socket, "chunked " + chunks)).path("__type").asText())
                    .isIn("SerializationException", "RequestTimeoutException");
        }
        assertThat(RawHttp.exchange(port, RawHttp.post(DESCRIBE, "{}")).status()).isEqualTo(200);
    }
}
