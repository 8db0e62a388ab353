package org.daxkit.conformance.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dax.DaxClient;

/** The listener sees every attempt as it is kept, each with when it was sent and how long its answer took. */
class WireRecorderListenerTest {
    private static final long SLOW_ANSWER_MILLIS = 150;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // First attempt: a slow 503 the SDK retries; second: a success.
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            boolean first = requests.incrementAndGet() == 1;
            if (first) {
                sleep(SLOW_ANSWER_MILLIS);
            }
            byte[] body = (first ? "{\"__type\":\"ServiceUnavailable\",\"message\":\"busy\"}" : "{\"Clusters\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            ex.getResponseHeaders().add("x-amzn-RequestId", "r" + requests.get());
            ex.sendResponseHeaders(first ? 503 : 200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyAttemptOfARetriedCallReachesTheListenerWithItsTiming() {
        WireRecorder recorder = new WireRecorder();
        List<Exchange> heard = new CopyOnWriteArrayList<>();
        recorder.onExchange(heard::add);
        Instant before = Instant.now();
        try (DaxClient client = DaxClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(10)).build())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.standardRetryStrategy())
                        .addExecutionInterceptor(recorder))
                .build()) {
            client.describeClusters(r -> { });
        }

        assertThat(heard).hasSize(2);
        assertThat(heard).containsExactlyElementsOf(recorder.all());
        assertThat(heard.get(0).status()).isEqualTo(503);
        assertThat(heard.get(0).attempts()).isEqualTo(1);
        assertThat(heard.get(1).status()).isEqualTo(200);
        assertThat(heard.get(1).attempts()).isEqualTo(2);
        assertThat(heard.get(0).millis()).isGreaterThanOrEqualTo(SLOW_ANSWER_MILLIS);
        assertThat(heard.get(1).millis()).isNotNull().isNotNegative();
        assertThat(heard.get(0).sentAt()).isAfterOrEqualTo(before.minusMillis(1));
        assertThat(heard.get(1).sentAt()).isAfter(heard.get(0).sentAt());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
