package org.daxkit.reference.hostile;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.daxkit.reference.support.DaxOperations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated requests: whatever the bytes, the body or the target, the answer is a 2xx or an
 * AWS-shaped 4xx with a JSON body and a request id, and the server keeps serving.
 */
class GeneratedRequestsPropertyTest extends StillServingServerTest {
    private static final int EXAMPLES = 300;
    /** JSON fragments, valid and not, that random concatenation turns into almost-JSON. */
    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", ":", ",", "\"", "\\", "\"ClusterName\"",
            "\"ClusterNames\"", "\"NodeId\"", "\"MaxResults\"", "\"ReplicationFactor\"", "\"Tags\"", "\"c\"", "\"c-a\"",
            "null", "true", "false", "0", "-1", "20", "1e999", "-0.0", "2147483648", "\"\\u0000\"", "\"\\ud800\"",
            "\"<script>\"", " ", "\n", "\"\u00e9\"", "\"\ud83d\ude00\"", "NaN", "'x'", "/*", "\u0001");

    @BeforeAll
    static void cluster() {
        t.availableCluster("c", 3);
    }

    @Test
    void randomBytesToAnyOperation() {
        Gen<byte[]> bytes = Generate.byteArrays(integers().between(0, 300), Generate.bytes(Byte.MIN_VALUE,
                Byte.MAX_VALUE, (byte) 0));
        qt().withExamples(EXAMPLES).forAll(targets(), bytes)
                .checkAssert((target, body) -> AwsShape.assertWellFormed(http.post(target, body)));
    }

    @Test
    void almostJsonToAnyOperation() {
        Gen<String> almostJson = lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(0, 40)
                .map(parts -> String.join("", parts));
        qt().withExamples(EXAMPLES).forAll(targets(), almostJson)
                .checkAssert((target, body) -> AwsShape.assertWellFormed(http.post(target, body)));
    }

    @Test
    void randomTargetsWithPlausibleBodies() {
        Gen<String> body = arbitrary().pick(List.of("{}", "{\"ClusterName\":\"c\"}", "{\"ClusterNames\":[\"c\"]}",
                "{\"ClusterName\":\"c\",\"NodeId\":\"c-a\"}", "[]", ""));
        Gen<String> anyTarget = targets().mix(strings().basicLatinAlphabet().ofLengthBetween(0, 60)
                .map(String::strip), 50);
        qt().withExamples(EXAMPLES).forAll(anyTarget, body)
                .checkAssert((target, text) -> AwsShape.assertWellFormed(
                        http.post(target, text.getBytes(StandardCharsets.UTF_8))));
    }

    /** Real targets, near misses, and printable junk after the right prefix. */
    private static Gen<String> targets() {
        Gen<String> real = arbitrary().pick(DaxOperations.ALL).map(op -> "AmazonDAXV3." + op);
        Gen<String> nearMiss = arbitrary().pick(DaxOperations.ALL).map(op -> "AmazonDAXV3." + op.toLowerCase());
        Gen<String> junk = strings().basicLatinAlphabet().ofLengthBetween(1, 40)
                .map(text -> "AmazonDAXV3." + text.strip());
        return real.mix(nearMiss, 20).mix(junk, 30);
    }
}
