package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.daxkit.reference.support.DaxOperations;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.SdkRequests;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.ServiceLinkedRoleNotFoundException;

/** The service-linked-role switch of the control API: all 21 operations model ServiceLinkedRoleNotFoundFault. */
class ServiceLinkedRoleTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    static Stream<Arguments> operations() {
        return SdkRequests.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void theRequestsCoverEveryOperation() {
        assertThat(SdkRequests.all().keySet()).containsExactlyInAnyOrderElementsOf(DaxOperations.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void withoutTheRoleTheOperationFailsAndWithItSucceeds(String operation, Consumer<DaxClient> call) {
        SdkRequests.prepare(t);
        setRole(false);

        assertFault(operation + " without the service-linked role", () -> call.accept(t.dax),
                ServiceLinkedRoleNotFoundException.class, "ServiceLinkedRoleNotFoundFault");

        setRole(true);
        call.accept(t.dax);
    }

    /** Every operation but RebootNode checks the role right after the JSON types (a choice). */
    @Test
    void theRoleIsCheckedBeforeTheRequestIsValidated() {
        setRole(false);
        Reply reply = t.wire.call("DeleteCluster", "{}");
        assertThat(reply.json().path("__type").asText()).as(reply.toString()).isEqualTo("ServiceLinkedRoleNotFoundFault");
        Reply wrongType = t.wire.call("DeleteCluster", "{\"ClusterName\":true}");
        assertThat(wrongType.json().path("__type").asText()).as("types come first: %s", wrongType)
                .isEqualTo("SerializationException");
    }

    private void setRole(boolean present) {
        Reply reply = t.wire.control("PUT", "/service-linked-role", "{\"present\":" + present + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
