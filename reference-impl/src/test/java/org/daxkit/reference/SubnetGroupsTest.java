package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;
import static org.daxkit.reference.support.FaultCase.fault;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.daxkit.reference.support.FaultCase;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.model.InvalidSubnetException;
import software.amazon.awssdk.services.dax.model.Subnet;
import software.amazon.awssdk.services.dax.model.SubnetGroup;
import software.amazon.awssdk.services.dax.model.SubnetGroupAlreadyExistsException;
import software.amazon.awssdk.services.dax.model.SubnetGroupInUseException;
import software.amazon.awssdk.services.dax.model.SubnetGroupNotFoundException;
import software.amazon.awssdk.services.dax.model.SubnetGroupQuotaExceededException;
import software.amazon.awssdk.services.dax.model.SubnetInUseException;
import software.amazon.awssdk.services.dax.model.SubnetQuotaExceededException;

/** Subnet groups: the default one, create/describe/update/delete and their faults. */
class SubnetGroupsTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void theDefaultSubnetGroupExists() {
        SubnetGroup group = t.dax.describeSubnetGroups().subnetGroups().get(0);
        assertThat(group.subnetGroupName()).isEqualTo("default");
        assertThat(group.vpcId()).startsWith("vpc-");
        assertThat(group.subnets()).extracting(Subnet::subnetAvailabilityZone)
                .containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
    }

    @Test
    void createDescribeUpdateDelete() {
        SubnetGroup created = t.dax.createSubnetGroup(b -> b.subnetGroupName("Private").description("private subnets")
                .subnetIds("subnet-0123abcd", "subnet-4567ef01")).subnetGroup();
        assertThat(created.subnetGroupName()).as("subnet group names keep their case").isEqualTo("Private");
        assertThat(created.subnets()).extracting(Subnet::subnetIdentifier).containsExactly("subnet-0123abcd", "subnet-4567ef01");
        assertThat(created.supportedNetworkTypesAsStrings()).containsExactly("ipv4");
        assertFault("CreateSubnetGroup twice", () -> t.dax.createSubnetGroup(b -> b.subnetGroupName("private")
                .subnetIds("subnet-0123abcd")), SubnetGroupAlreadyExistsException.class, "SubnetGroupAlreadyExistsFault");

        SubnetGroup updated = t.dax.updateSubnetGroup(b -> b.subnetGroupName("private").description("one subnet")
                .subnetIds("subnet-89abcdef")).subnetGroup();
        assertThat(updated.description()).isEqualTo("one subnet");
        assertThat(updated.subnets()).extracting(Subnet::subnetIdentifier).containsExactly("subnet-89abcdef");
        assertThat(t.dax.describeSubnetGroups(b -> b.subnetGroupNames("private")).subnetGroups()).hasSize(1);

        assertThat(t.dax.deleteSubnetGroup(b -> b.subnetGroupName("private")).deletionMessage())
                .isEqualTo("Subnet group Private has been deleted.");
        assertFault("DescribeSubnetGroups of a deleted group", () -> t.dax.describeSubnetGroups(b -> b
                .subnetGroupNames("private")), SubnetGroupNotFoundException.class, "SubnetGroupNotFoundFault");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultCases")
    void faults(FaultCase fault) {
        fault.assertAnsweredBy(t);
    }

    static Stream<FaultCase> faultCases() {
        String[] tooMany = IntStream.range(0, 21).mapToObj(i -> String.format("subnet-%08x", i)).toArray(String[]::new);
        return Stream.of(
                fault("CreateSubnetGroup with subnet 'net-1'", t -> t.dax.createSubnetGroup(b -> b.subnetGroupName("g")
                        .subnetIds("net-1")), InvalidSubnetException.class, "InvalidSubnet"),
                fault("CreateSubnetGroup with 21 subnets", t -> t.dax.createSubnetGroup(b -> b.subnetGroupName("g")
                        .subnetIds(tooMany)), SubnetQuotaExceededException.class, "SubnetQuotaExceededFault"),
                fault("UpdateSubnetGroup of an unknown group", t -> t.dax.updateSubnetGroup(b -> b.subnetGroupName("nope")
                        .description("x")), SubnetGroupNotFoundException.class, "SubnetGroupNotFoundFault"),
                fault("DeleteSubnetGroup in use", t -> t.dax.deleteSubnetGroup(b -> b.subnetGroupName("used")),
                        SubnetGroupInUseException.class, "SubnetGroupInUseFault")
                        .given(SubnetGroupsTest::aClusterUsesGroupUsed),
                fault("UpdateSubnetGroup dropping a subnet in use", t -> t.dax.updateSubnetGroup(b -> b
                        .subnetGroupName("used").subnetIds("subnet-0123abcd")), SubnetInUseException.class, "SubnetInUse")
                        .given(SubnetGroupsTest::aClusterUsesGroupUsed));
    }

    private static void aClusterUsesGroupUsed(TestServer t) {
        t.dax.createSubnetGroup(b -> b.subnetGroupName("used").subnetIds("subnet-0123abcd", "subnet-4567ef01"));
        t.dax.createCluster(b -> b.clusterName("c").nodeType("dax.r5.large").replicationFactor(1)
                .iamRoleArn(TestServer.ROLE).subnetGroupName("used"));
    }

    /** Choice: 50 subnet groups per account, the default one included. */
    @Test
    void theFiftyFirstGroupIsOverTheQuota() {
        for (int i = 1; i < 50; i++) {
            String name = "g" + i;
            t.dax.createSubnetGroup(b -> b.subnetGroupName(name).subnetIds("subnet-0123abcd"));
        }
        assertFault("the fifty-first subnet group", () -> t.dax.createSubnetGroup(b -> b.subnetGroupName("g50")
                .subnetIds("subnet-0123abcd")), SubnetGroupQuotaExceededException.class, "SubnetGroupQuotaExceededFault");
        assertThat(t.dax.describeSubnetGroups().subnetGroups()).hasSize(50);
    }

    /**
     * The subnet group operations list no InvalidParameterValueException: each mistake gets a fault the
     * operation's model lists, except where none fits (a missing or malformed new name, MaxResults out of range).
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "CreateSubnetGroup|{\"SubnetGroupName\":\"g\"}|InvalidSubnet",
            "CreateSubnetGroup|{\"SubnetGroupName\":\"g\",\"SubnetIds\":[]}|InvalidSubnet",
            "CreateSubnetGroup|{\"SubnetGroupName\":\"g\",\"SubnetIds\":[\"subnet-xyz\"]}|InvalidSubnet",
            "UpdateSubnetGroup|{\"Description\":\"d\"}|SubnetGroupNotFoundFault",
            "UpdateSubnetGroup|{\"SubnetGroupName\":\"default\",\"SubnetIds\":[]}|InvalidSubnet",
            "DeleteSubnetGroup|{}|SubnetGroupNotFoundFault",
            "DeleteSubnetGroup|{\"SubnetGroupName\":\" \"}|SubnetGroupNotFoundFault",
            "DescribeSubnetGroups|{\"SubnetGroupNames\":[\"nope\"]}|SubnetGroupNotFoundFault",
            "CreateSubnetGroup|{\"SubnetIds\":[\"subnet-0123abcd\"]}|InvalidParameterValueException",
            "CreateSubnetGroup|{\"SubnetGroupName\":\"a--b\",\"SubnetIds\":[\"subnet-0123abcd\"]}|InvalidParameterValueException",
            "DescribeSubnetGroups|{\"MaxResults\":5}|InvalidParameterValueException"})
    void eachMistakeGetsAModeledFaultWhereOneFits(String operation, String body, String type) {
        Reply reply = t.wire.call(operation, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("__type").asText()).as(reply.toString()).isEqualTo(type);
    }
}
