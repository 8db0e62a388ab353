package org.daxkit.reference.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.hostile.AwsShape.assertAwsError;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Framing only a raw socket can produce: half-sent, trickled, pipelined, chunked wrongly, abandoned.
 * None of these waits for the request timeout; the stalls that do are in {@link StalledConnectionsTest}.
 */
class RawConnectionTest {
    private static final String DESCRIBE = "AmazonDAXV3.DescribeClusters";
    private static TestServer t;
    private static int port;

    @BeforeAll
    static void start() {
        t = new TestServer();
        port = t.server.port();
    }

    @AfterEach
    void serverStillServes() {
        Answer after = RawHttp.exchange(port, RawHttp.post(DESCRIBE, "{}"));
        assertThat(after.status()).as("DescribeClusters after the hostile request: %s", after).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void bodyShorterThanContentLengthThenHalfCloseIsSerializationException() throws IOException {
        try (Socket socket = RawHttp.connect(port)) {
            RawHttp.send(socket, RawHttp.postHead(DESCRIBE, 100) + "{\"ClusterNames\":");
            socket.shutdownOutput();
            Answer answer = RawHttp.readAnswer(socket, "100 bytes promised, 16 sent, then FIN");
            assertAwsError(answer, 400, "SerializationException");
        }
    }

    @Test
    void bodyShorterThanContentLengthThenCloseLeavesTheServerServing() throws IOException {
        for (int i = 0; i < 2 * org.daxkit.reference.ReferenceServer.WORKER_THREADS; i++) {
            try (Socket socket = RawHttp.connect(port)) {
                RawHttp.send(socket, RawHttp.postHead(DESCRIBE, 100) + "{");
            }
        }
    }

    @Test
    void abandonedConnectionsLeaveTheServerServing() throws IOException {
        for (String partial : new String[] {"", "P", "POST / HTTP/1.1\r\n", "POST / HTTP/1.1\r\nHost: x\r\n"}) {
            try (Socket socket = RawHttp.connect(port)) {
                RawHttp.send(socket, partial);
            }
        }
    }

    @Test
    void requestTrickledByteByByteIsServed() throws Exception {
        byte[] request = RawHttp.post(DESCRIBE, "{\"ClusterNames\":[]}").getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = RawHttp.connect(port)) {
            socket.setTcpNoDelay(true);
            for (byte b : request) {
                RawHttp.send(socket, new byte[] {b});
                Thread.sleep(1);
            }
            Answer answer = RawHttp.readAnswer(socket, "trickled DescribeClusters");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        try (Socket socket = RawHttp.connect(port)) {
            RawHttp.send(socket, RawHttp.post(DESCRIBE, "{}") + RawHttp.post("AmazonDAXV3.Nope", "{}")
                    + RawHttp.post(DESCRIBE, "[]"));
            assertThat(RawHttp.readAnswer(socket, "first").status()).isEqualTo(200);
            assertAwsError(RawHttp.readAnswer(socket, "second"), 400, "UnknownOperationException");
            assertAwsError(RawHttp.readAnswer(socket, "third"), 400, "SerializationException");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz\r\n{}\r\n0\r\n\r\n", "2\r\n{}XX0\r\n\r\n", "0x2\r\n{}\r\n0\r\n\r\n"})
    void brokenChunkedEncodingIsSerializationException(String chunks) throws IOException {
        try (Socket socket = RawHttp.connect(port)) {
            RawHttp.send(socket, "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: " + DESCRIBE
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);
            assertAwsError(RawHttp.readAnswer(socket, "chunked " + chunks), 400, "SerializationException");
        }
    }

    @Test
    void wellFormedChunkedBodyIsServed() {
        Answer answer = RawHttp.exchange(port, "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: " + DESCRIBE
                + "\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n1\r\n}\r\n0\r\n\r\n");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    @Test
    void declaredLengthFarOverTheLimitIsRefusedAtOnceNamingTheLimit() throws IOException {
        try (Socket socket = RawHttp.connect(port)) {
            RawHttp.send(socket, RawHttp.postHead(DESCRIBE, 5L << 30) + "{\"ClusterNames\":[");
            Answer answer = RawHttp.readAnswer(socket, "5 GiB declared");
            // Not a 408 after the request timeout: refused on the declared length alone.
            assertAwsError(answer, 400, "SerializationException");
            assertThat(answer.json().path("message").asText()).contains("1 MiB", "1048576");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AmazonDAXV3.Describe\u0001Clusters", "AmazonDAXV3.\u007f", "AmazonDAXV3.\u00e9t\u00e9",
            "AmazonDAXV3.<b>\"x\"</b>"})
    void oddBytesInTheTargetComeBackEscaped(String target) {
        Answer answer = RawHttp.exchange(port, RawHttp.post(target, "{}"));
        assertAwsError(answer, 400, "UnknownOperationException");
        assertThat(answer.body().chars().filter(ch -> ch < 0x20 || ch == '<' || ch == '>')).as(answer.toString())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//", "/x?y=<z>", "/%", "/%zz", "/\u00ff"})
    void oddRequestTargetsGetA4xx(String path) {
        Answer answer = RawHttp.exchange(port, "POST " + path + " HTTP/1.1\r\nHost: x\r\nX-Amz-Target: " + DESCRIBE
                + "\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
    }

    /**
     * Not HTTP at all: the JDK server answers 400 itself, before any handler runs, so this answer
     * is not AWS-shaped. The server must still serve afterwards.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\u0000\u0001\u0002\r\n\r\n", "GET\r\n\r\n", "POST /\r\n\r\n", "HELLO\r\n\r\n"})
    void requestLineThatIsNotHttpGetsA400(String garbage) {
        Answer answer = RawHttp.exchange(port, garbage);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    }
}
