package org.daxkit.reference.hostile;

import static org.daxkit.reference.hostile.AwsShape.assertAwsError;

import java.io.IOException;
import java.net.Socket;
import org.daxkit.reference.ReferenceServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With --require-auth the body is read before the signature is checked: a broken one is still a 400, not a reset. */
class AuthenticatedBodiesTest {
    private static ReferenceServer server;

    @BeforeAll
    static void start() {
        server = ReferenceServer.builder().port(0).requireAuth("AKIDHOSTILE", "secret").start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz\r\n{}\r\n0\r\n\r\n", "2\r\n{}XX0\r\n\r\n"})
    void brokenChunkedEncodingIsSerializationException(String chunks) throws IOException {
        try (Socket socket = RawHttp.connect(server.port())) {
            RawHttp.send(socket, "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AmazonDAXV3.DescribeClusters"
                    + "\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDHOSTILE/20261129/us-east-1/dax/aws4_request,"
                    + " SignedHeaders=host, Signature=00\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);
            assertAwsError(RawHttp.readAnswer(socket, "chunked " + chunks), 400, "SerializationException");
        }
    }
}
