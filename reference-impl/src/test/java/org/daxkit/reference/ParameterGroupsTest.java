package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import java.util.List;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.InvalidParameterGroupStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.Parameter;
import software.amazon.awssdk.services.dax.model.ParameterGroup;
import software.amazon.awssdk.services.dax.model.ParameterGroupAlreadyExistsException;
import software.amazon.awssdk.services.dax.model.ParameterGroupNotFoundException;
import software.amazon.awssdk.services.dax.model.ParameterNameValue;

/** Parameter groups and parameters, including the pending-reboot flow. */
class ParameterGroupsTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void theDefaultGroupExistsAndCannotBeModifiedOrDeleted() {
        assertThat(t.dax.describeParameterGroups().parameterGroups()).extracting(ParameterGroup::parameterGroupName)
                .containsExactly("default.dax1.0");
        assertFault("UpdateParameterGroup of the default group", () -> t.dax.updateParameterGroup(b -> b
                .parameterGroupName("default.dax1.0").parameterNameValues(value("query-ttl-millis", "1"))), InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("DeleteParameterGroup of the default group", () -> t.dax.deleteParameterGroup(b -> b
                .parameterGroupName("default.dax1.0")), InvalidParameterValueException.class, "InvalidParameterValueException");
    }

    @Test
    void createDescribeUpdateDelete() {
        ParameterGroup created = t.dax.createParameterGroup(b -> b.parameterGroupName("Fast").description("short ttl"))
                .parameterGroup();
        assertThat(created.parameterGroupName()).isEqualTo("fast");
        assertThat(created.description()).isEqualTo("short ttl");
        assertFault("CreateParameterGroup twice", () -> t.dax.createParameterGroup(b -> b.parameterGroupName("fast")),
                ParameterGroupAlreadyExistsException.class, "ParameterGroupAlreadyExistsFault");
        assertThat(t.dax.describeParameterGroups(b -> b.parameterGroupNames("fast")).parameterGroups()).hasSize(1);

        t.dax.updateParameterGroup(b -> b.parameterGroupName("fast").parameterNameValues(value("record-ttl-millis", "60000")));
        List<Parameter> parameters = t.dax.describeParameters(b -> b.parameterGroupName("fast")).parameters();
        assertThat(parameters).extracting(Parameter::parameterName, Parameter::parameterValue, Parameter::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("query-ttl-millis", "300000", "system"),
                        org.assertj.core.groups.Tuple.tuple("record-ttl-millis", "60000", "user"));
        assertThat(t.dax.describeParameters(b -> b.parameterGroupName("fast").source("user")).parameters())
                .extracting(Parameter::parameterName).containsExactly("record-ttl-millis");

        assertThat(t.dax.deleteParameterGroup(b -> b.parameterGroupName("fast")).deletionMessage()).contains("fast");
        assertFault("DescribeParameters of a deleted group", () -> t.dax.describeParameters(b -> b
                .parameterGroupName("fast")), ParameterGroupNotFoundException.class, "ParameterGroupNotFoundFault");
    }

    @Test
    void defaultParametersCarryRealisticMetadata() {
        List<Parameter> defaults = t.dax.describeDefaultParameters().parameters();
        assertThat(defaults).extracting(Parameter::parameterName).containsExactly("query-ttl-millis", "record-ttl-millis");
        assertThat(defaults).allSatisfy(p -> {
            assertThat(p.parameterValue()).isEqualTo("300000");
            assertThat(p.changeTypeAsString()).isEqualTo("REQUIRES_REBOOT");
            assertThat(p.isModifiableAsString()).isEqualTo("TRUE");
            assertThat(p.parameterTypeAsString()).isEqualTo("DEFAULT");
            assertThat(p.dataType()).isEqualTo("integer");
            assertThat(p.description()).isNotBlank();
        });
    }

    @Test
    void badUpdatesAreRejected() {
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));
        assertFault("UpdateParameterGroup of an unknown parameter", () -> t.dax.updateParameterGroup(b -> b
                .parameterGroupName("pg").parameterNameValues(value("cache-size", "1"))),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("UpdateParameterGroup with a negative ttl", () -> t.dax.updateParameterGroup(b -> b
                .parameterGroupName("pg").parameterNameValues(value("query-ttl-millis", "-1"))),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("UpdateParameterGroup without values", () -> t.dax.updateParameterGroup(b -> b
                .parameterGroupName("pg")), InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("UpdateParameterGroup of an unknown group", () -> t.dax.updateParameterGroup(b -> b
                .parameterGroupName("nope").parameterNameValues(value("query-ttl-millis", "1"))),
                ParameterGroupNotFoundException.class, "ParameterGroupNotFoundFault");
    }

    @Test
    void aRebootRequiringChangePutsEveryNodeOfEveryUsingClusterOnTheRebootList() {
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));
        t.dax.createCluster(b -> b.clusterName("uses").nodeType("dax.r5.large").replicationFactor(2)
                .iamRoleArn(TestServer.ROLE).parameterGroupName("pg"));
        t.availableCluster("other", 1);
        t.server.completeTransitions();

        t.dax.updateParameterGroup(b -> b.parameterGroupName("pg").parameterNameValues(value("query-ttl-millis", "5000")));

        Cluster uses = t.describe("uses");
        assertThat(uses.parameterGroup().parameterApplyStatus()).isEqualTo("pending-reboot");
        assertThat(uses.parameterGroup().nodeIdsToReboot()).containsExactly("uses-a", "uses-b");
        assertThat(uses.nodes()).allSatisfy(n -> assertThat(n.parameterGroupStatus()).isEqualTo("pending-reboot"));
        assertThat(t.describe("other").parameterGroup().parameterApplyStatus()).isEqualTo("in-sync");
        assertFault("DeleteParameterGroup in use", () -> t.dax.deleteParameterGroup(b -> b.parameterGroupName("pg")),
                InvalidParameterGroupStateException.class, "InvalidParameterGroupStateFault");
    }

    private static ParameterNameValue value(String name, String value) {
        return ParameterNameValue.builder().parameterName(name).parameterValue(value).build();
    }
}
