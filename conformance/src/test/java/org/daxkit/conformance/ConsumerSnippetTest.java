package org.daxkit.conformance;

// Exactly the snippet in README.md ("As a test dependency"); ReadmeSnippetTest keeps them equal.
import java.time.Duration;
import java.util.stream.Stream;
import org.daxkit.conformance.DaxConformance;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reference.junit.ReferenceServerExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConsumerSnippetTest {

    // Your DAX server under test; here the kit's reference implementation.
    @RegisterExtension
    static ReferenceServerExtension server = ReferenceServerExtension.using(
            ReferenceServer.builder().rebootDuration(Duration.ofSeconds(1)));

    @TestFactory
    Stream<DynamicTest> daxConformance() {
        return DaxConformance.against(server.endpoint())
                .withTries(10)
                .dynamicTests();
    }
}
