package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;
import static org.daxkit.reference.support.FaultCase.fault;

import java.util.List;
import java.util.stream.Stream;
import org.daxkit.reference.support.FaultCase;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.InvalidParameterGroupStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.Parameter;
import software.amazon.awssdk.services.dax.model.ParameterGroup;
import software.amazon.awssdk.services.dax.model.ParameterGroupAlreadyExistsException;
import software.amazon.awssdk.services.dax.model.ParameterGroupNotFoundException;
import software.amazon.awssdk.services.dax.model.ParameterGroupQuotaExceededException;
import software.amazon.awssdk.services.dax.model.ParameterNameValue;

/** Parameter groups and parameters; a group in use cannot change. */
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
                .containsExactly(org.assertj.core.groups.Tuple.tuple("query-ttl-millis", "300000", "user"),
                        org.assertj.core.groups.Tuple.tuple("record-ttl-millis", "60000", "user"));
        assertThat(t.dax.describeParameters(b -> b.parameterGroupName("fast").source("user")).parameters())
                .extracting(Parameter::parameterName).containsExactly("query-ttl-millis", "record-ttl-millis");
        assertThat(t.dax.describeParameters(b -> b.parameterGroupName("fast").source("system")).parameters())
                .as("DAX reports every parameter with Source user").isEmpty();

        assertThat(t.dax.deleteParameterGroup(b -> b.parameterGroupName("fast")).deletionMessage()).contains("fast");
        assertFault("DescribeParameters of a deleted group", () -> t.dax.describeParameters(b -> b
                .parameterGroupName("fast")), ParameterGroupNotFoundException.class, "ParameterGroupNotFoundFault");
    }

    /** As the describe-default-parameters example of the AWS CLI shows them. */
    @Test
    void defaultParametersAsAwsPublishesThem() {
        List<Parameter> defaults = t.dax.describeDefaultParameters().parameters();
        assertThat(defaults).extracting(Parameter::parameterName).containsExactly("query-ttl-millis", "record-ttl-millis");
        assertThat(defaults).allSatisfy(p -> {
            assertThat(p.parameterValue()).isEqualTo("300000");
            assertThat(p.changeTypeAsString()).isEqualTo("IMMEDIATE");
            assertThat(p.source()).isEqualTo("user");
            assertThat(p.allowedValues()).isEqualTo("0-");
            assertThat(p.nodeTypeSpecificValues()).isEmpty();
            assertThat(p.isModifiableAsString()).isEqualTo("TRUE");
            assertThat(p.parameterTypeAsString()).isEqualTo("DEFAULT");
            assertThat(p.dataType()).isEqualTo("integer");
            assertThat(p.description()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUpdates")
    void badUpdatesAreRejected(FaultCase fault) {
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));
        fault.assertAnsweredBy(t);
    }

    static Stream<FaultCase> badUpdates() {
        return Stream.of(
                fault("UpdateParameterGroup of an unknown parameter", t -> t.dax.updateParameterGroup(b -> b
                        .parameterGroupName("pg").parameterNameValues(value("cache-size", "1"))),
                        InvalidParameterValueException.class, "InvalidParameterValueException"),
                fault("UpdateParameterGroup with a negative ttl", t -> t.dax.updateParameterGroup(b -> b
                        .parameterGroupName("pg").parameterNameValues(value("query-ttl-millis", "-1"))),
                        InvalidParameterValueException.class, "InvalidParameterValueException"),
                fault("UpdateParameterGroup without values", t -> t.dax.updateParameterGroup(b -> b
                        .parameterGroupName("pg")), InvalidParameterValueException.class, "InvalidParameterValueException"),
                fault("UpdateParameterGroup of an unknown group", t -> t.dax.updateParameterGroup(b -> b
                        .parameterGroupName("nope").parameterNameValues(value("query-ttl-millis", "1"))),
                        ParameterGroupNotFoundException.class, "ParameterGroupNotFoundFault"));
    }

    /** Developer guide, Managing DAX clusters: a group a running DAX instance uses cannot be modified. */
    @Test
    void aGroupInUseCanNeitherBeModifiedNorDeleted() {
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));
        t.dax.createCluster(b -> b.clusterName("uses").nodeType("dax.r5.large").replicationFactor(2)
                .iamRoleArn(TestServer.ROLE).parameterGroupName("pg"));
        t.server.completeTransitions();

        assertFault("UpdateParameterGroup in use", () -> t.dax.updateParameterGroup(b -> b.parameterGroupName("pg")
                        .parameterNameValues(value("query-ttl-millis", "5000"))),
                InvalidParameterGroupStateException.class, "InvalidParameterGroupStateFault");
        assertFault("DeleteParameterGroup in use", () -> t.dax.deleteParameterGroup(b -> b.parameterGroupName("pg")),
                InvalidParameterGroupStateException.class, "InvalidParameterGroupStateFault");

        assertThat(t.dax.describeParameters(b -> b.parameterGroupName("pg")).parameters())
                .extracting(Parameter::parameterValue).as("the refused update changed nothing")
                .containsExactly("300000", "300000");
        Cluster uses = t.describe("uses");
        assertThat(uses.parameterGroup().parameterApplyStatus()).isEqualTo("in-sync");
        assertThat(uses.parameterGroup().nodeIdsToReboot()).isEmpty();
    }

    @Test
    void aGroupNoClusterUsesAnyMoreCanBeModifiedAgain() {
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));
        t.dax.createCluster(b -> b.clusterName("uses").nodeType("dax.r5.large").replicationFactor(1)
                .iamRoleArn(TestServer.ROLE).parameterGroupName("pg"));
        t.server.completeTransitions();
        t.dax.updateCluster(b -> b.clusterName("uses").parameterGroupName("default.dax1.0"));

        t.dax.updateParameterGroup(b -> b.parameterGroupName("pg").parameterNameValues(value("query-ttl-millis", "5000")));

        assertThat(t.dax.describeParameters(b -> b.parameterGroupName("pg")).parameters())
                .extracting(Parameter::parameterValue).containsExactly("5000", "300000");
    }

    /** The create-parameter-group example shows Description only because one was given. */
    @Test
    void aGroupCreatedWithoutDescriptionHasNoneOnTheWire() {
        Reply created = t.wire.call("CreateParameterGroup", "{\"ParameterGroupName\":\"bare\"}");
        assertThat(created.json().path("ParameterGroup").has("Description")).as(created.toString()).isFalse();
        Reply described = t.wire.call("DescribeParameterGroups", "{\"ParameterGroupNames\":[\"bare\"]}");
        assertThat(described.json().at("/ParameterGroups/0").has("Description")).as(described.toString()).isFalse();
        assertThat(described.json().at("/ParameterGroups/0/ParameterGroupName").asText()).isEqualTo("bare");
    }

    /** Choice: 20 parameter groups per account, the default one included. */
    @Test
    void theTwentyFirstGroupIsOverTheQuota() {
        for (int i = 1; i < 20; i++) {
            String name = "g" + i;
            t.dax.createParameterGroup(b -> b.parameterGroupName(name));
        }
        assertFault("the twenty-first parameter group", () -> t.dax.createParameterGroup(b -> b.parameterGroupName("g20")),
                ParameterGroupQuotaExceededException.class, "ParameterGroupQuotaExceededFault");
        assertThat(t.dax.describeParameterGroups().parameterGroups()).hasSize(20);
    }

    private static ParameterNameValue value(String name, String value) {
        return ParameterNameValue.builder().parameterName(name).parameterValue(value).build();
    }
}
