package org.daxkit.stubs;

import org.daxkit.stubs.junit.DaxStubsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.DaxException;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.daxkit.stubs.StubInputs.CLUSTER;

/** A request outside the recording fails loudly and says which stub came closest and how it differs. */
class UnmatchedRequestTest {
    /** stub-cluster-d is not a recorded input: the closest stub is a recorded RebootNode on stub-cluster. */
    private static final String UNRECORDED_NODE = "stub-cluster-d";

    @Test
    void sdkCallGetsAnAwsShapedErrorCarryingTheNearMissDiff() {
        try (DaxStubs stubs = DaxStubs.start(); DaxClient dax = DaxClients.forEndpoint(stubs.endpoint())) {
            DaxException error = catchThrowableOfType(DaxException.class,
                    () -> dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(UNRECORDED_NODE)));

            assertThat(error).as("RebootNode on an unrecorded node must fail").isNotNull();
            assertThat(error.statusCode()).isEqualTo(404);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("DaxStubsNoMatchingStub");
            assertThat(error.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amzn-ErrorType"))
                    .hasValue("DaxStubsNoMatchingStub");
            assertThat(error.requestId()).as("x-amzn-RequestId of the no-match answer").isNotBlank();
            assertThat(error.awsErrorDetails().errorMessage())
                    .contains("matched no stub")
                    .contains("X-Amz-Target: AmazonDAXV3.RebootNode")
                    .contains(UNRECORDED_NODE)
                    .contains("Closest stub: ")
                    .contains("Body does not match");
        }
    }

    @Test
    void verifyNoUnmatchedRequestsNamesTheRequestAndTheClosestStub() {
        try (DaxStubs stubs = DaxStubs.start(); DaxClient dax = DaxClients.forEndpoint(stubs.endpoint())) {
            dax.describeClusters(r -> r.clusterNames(CLUSTER));
            stubs.verifyNoUnmatchedRequests();
            assertThatThrownBy(() -> dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(UNRECORDED_NODE)))
                    .isInstanceOf(DaxException.class);

            assertThatThrownBy(stubs::verifyNoUnmatchedRequests)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("1 request to the DAX stubs matched no stub.")
                    .hasMessageContaining("POST / X-Amz-Target: AmazonDAXV3.RebootNode body: ")
                    .hasMessageContaining(UNRECORDED_NODE)
                    .hasMessageContaining("Closest stub: ")
                    .hasMessageContaining("Body does not match");
        }
    }

    @Test
    void extensionFailsTheTestAfterAnUnmatchedRequest() {
        DaxStubsExtension extension = DaxStubsExtension.builder().build();
        ExtensionContext context = unusedContext();
        extension.beforeAll(context);
        try {
            extension.beforeEach(context);
            try (DaxClient dax = DaxClients.forEndpoint(extension.endpoint())) {
                assertThatThrownBy(() -> dax.describeClusters(r -> r.clusterNames("not-a-stub-cluster")))
                        .isInstanceOf(DaxException.class);
            }

            assertThatThrownBy(() -> extension.afterEach(context))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("matched no stub")
                    .hasMessageContaining("not-a-stub-cluster")
                    .hasMessageContaining("Closest stub: ");

            extension.beforeEach(context);
            extension.afterEach(context);   // the journal was cleared: nothing unmatched in this "test"
        } finally {
            extension.afterAll(context);
        }
    }

    @Test
    void extensionCanBeToldToTolerateUnmatchedRequests() {
        DaxStubsExtension extension = DaxStubsExtension.builder().failOnUnmatchedRequests(false).build();
        ExtensionContext context = unusedContext();
        extension.beforeEach(context);
        try (DaxClient dax = DaxClients.forEndpoint(extension.endpoint())) {
            assertThatThrownBy(() -> dax.describeClusters(r -> r.clusterNames("not-a-stub-cluster")))
                    .isInstanceOf(DaxException.class);
        }
        extension.afterEach(context);   // started for one test: stops here, and must not throw

        assertThatThrownBy(extension::endpoint).isInstanceOf(IllegalStateException.class);
    }

    /** The extension reads nothing from its context; any call would be a change worth noticing. */
    private static ExtensionContext unusedContext() {
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("DaxStubsExtension called ExtensionContext." + method.getName());
                });
    }
}
