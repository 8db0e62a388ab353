package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.daxkit.reference.support.PublishedShape;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.SSESpecification;
import software.amazon.awssdk.services.dax.model.Tag;

/**
 * The reference against the AWS CLI's published DAX examples ({@code awscli/examples/dax/*.rst} in the
 * aws-cli repository), the only public samples of real DAX answers: each test drives the reference into
 * the state an example shows and requires the same members and value formats. The expected data below
 * restates the facts each example shows, with this test's own names and values.
 */
class PublishedExamplesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NAME = "orders";

    private final TestServer t = new TestServer(ReferenceServer.builder().region("us-west-2")
            .clock(Clock.fixed(Instant.parse("2025-03-01T12:00:00.250Z"), ZoneOffset.UTC)));

    @AfterEach
    void stop() {
        t.close();
    }

    /** The parts every cluster example shares, around the members that vary. */
    private static String cluster(int total, int active, String status, String discovery, String nodes) {
        return """
                {"ClusterName": "%s", "ClusterArn": "~cluster-arn", "TotalNodes": %d, "ActiveNodes": %d,
                 "NodeType": "dax.r4.large", "Status": "%s", "ClusterDiscoveryEndpoint": %s, %s
                 "PreferredMaintenanceWindow": "~window", "SubnetGroup": "default",
                 "SecurityGroups": [{"SecurityGroupIdentifier": "~security-group", "Status": "active"}],
                 "IamRoleArn": "~role-arn",
                 "ParameterGroup": {"ParameterGroupName": "default.dax1.0", "ParameterApplyStatus": "in-sync",
                                    "NodeIdsToReboot": []},
                 "SSEDescription": {"Status": "ENABLED"}}
                """.formatted(NAME, total, active, status, discovery, nodes);
    }

    private static final String DISCOVERY = "{\"Address\": \"~host\", \"Port\": 8111}";

    private static String availableNode(String suffix) {
        return """
                {"NodeId": "%s-%s", "Endpoint": {"Address": "~host", "Port": 8111}, "NodeCreateTime": "~epoch-seconds",
                 "AvailabilityZone": "~zone", "NodeStatus": "available", "ParameterGroupStatus": "in-sync"}
                """.formatted(NAME, suffix);
    }

    private static String creatingNode(String suffix) {
        return "{\"NodeId\": \"" + NAME + "-" + suffix + "\", \"NodeStatus\": \"creating\"}";
    }

    private void createCluster(int nodes) {
        t.dax.createCluster(b -> b.clusterName(NAME).nodeType("dax.r4.large").replicationFactor(nodes)
                .iamRoleArn(TestServer.ROLE).sseSpecification(SSESpecification.builder().enabled(true).build()));
    }

    @Test
    void createCluster() {
        Reply reply = t.wire.call("CreateCluster", """
                {"ClusterName": "%s", "NodeType": "dax.r4.large", "ReplicationFactor": 3,
                 "IamRoleArn": "%s", "SSESpecification": {"Enabled": true}}""".formatted(NAME, TestServer.ROLE));
        assertLooksLike(reply, "{\"Cluster\": " + cluster(3, 0, "creating", "{\"Port\": 8111}", "") + "}");
    }

    @Test
    void describeClusters() {
        createCluster(1);
        t.server.completeTransitions();
        assertLooksLike(t.wire.call("DescribeClusters", "{}"), "{\"Clusters\": [" + cluster(1, 1, "available",
                DISCOVERY, "\"Nodes\": [" + availableNode("a") + "],") + "]}");
    }

    @Test
    void increaseReplicationFactor() {
        createCluster(1);
        t.server.completeTransitions();
        Reply reply = t.wire.call("IncreaseReplicationFactor",
                "{\"ClusterName\": \"" + NAME + "\", \"NewReplicationFactor\": 3}");
        assertLooksLike(reply, "{\"Cluster\": " + cluster(3, 1, "modifying", DISCOVERY, "\"Nodes\": ["
                + availableNode("a") + "," + creatingNode("b") + "," + creatingNode("c") + "],") + "}");
    }

    /** The kit also lists the nodes that will go in NodeIdsToRemove (the model's member for them). */
    @Test
    void decreaseReplicationFactor() {
        createCluster(3);
        t.server.completeTransitions();
        Reply reply = t.wire.call("DecreaseReplicationFactor",
                "{\"ClusterName\": \"" + NAME + "\", \"NewReplicationFactor\": 1}");
        assertLooksLike(reply, "{\"Cluster\": " + cluster(3, 3, "modifying", DISCOVERY, "\"Nodes\": ["
                + availableNode("a") + "," + availableNode("b") + "," + availableNode("c") + "],") + "}",
                Set.of("NodeIdsToRemove"));
        assertThat(reply.json().at("/Cluster/NodeIdsToRemove").toString())
                .isEqualTo("[\"" + NAME + "-c\",\"" + NAME + "-b\"]");
    }

    @Test
    void deleteCluster() {
        createCluster(3);
        t.server.completeTransitions();
        Reply reply = t.wire.call("DeleteCluster", "{\"ClusterName\": \"" + NAME + "\"}");
        assertLooksLike(reply, "{\"Cluster\": " + cluster(3, 0, "deleting", DISCOVERY, "") + "}");
    }

    @Test
    void describeEvents() {
        createCluster(3);
        t.server.completeTransitions();
        t.dax.decreaseReplicationFactor(b -> b.clusterName(NAME).newReplicationFactor(2));
        t.server.completeTransitions();
        t.dax.deleteCluster(b -> b.clusterName(NAME));
        t.server.completeTransitions();
        assertLooksLike(t.wire.call("DescribeEvents", "{}"), "{\"Events\": ["
                + event("Cluster deleted.") + "," + event("Removed node " + NAME + "-b.") + ","
                + event("Removed node " + NAME + "-a.") + "," + event("Removed node " + NAME + "-c.") + ","
                + event("Cluster created.") + "]}");
    }

    private static String event(String message) {
        return """
                {"SourceName": "%s", "SourceType": "CLUSTER", "Message": "%s", "Date": "~epoch-seconds"}
                """.formatted(NAME, message);
    }

    private static String parameter(String name) {
        return """
                {"ParameterName": "%s", "ParameterType": "DEFAULT", "ParameterValue": "300000",
                 "NodeTypeSpecificValues": [], "Description": "~text", "Source": "user", "DataType": "integer",
                 "AllowedValues": "0-", "IsModifiable": "TRUE", "ChangeType": "IMMEDIATE"}
                """.formatted(name);
    }

    private static final String PARAMETERS = "{\"Parameters\": [" + parameter("query-ttl-millis") + ","
            + parameter("record-ttl-millis") + "]}";

    @Test
    void describeDefaultParameters() {
        assertLooksLike(t.wire.call("DescribeDefaultParameters", "{}"), PARAMETERS);
    }

    @Test
    void describeParameters() {
        assertLooksLike(t.wire.call("DescribeParameters", "{\"ParameterGroupName\": \"default.dax1.0\"}"), PARAMETERS);
    }

    @Test
    void describeParameterGroups() {
        assertLooksLike(t.wire.call("DescribeParameterGroups", "{}"), """
                {"ParameterGroups": [{"ParameterGroupName": "default.dax1.0",
                                      "Description": "Default parameter group for dax1.0"}]}""");
    }

    @Test
    void createParameterGroup() {
        assertLooksLike(t.wire.call("CreateParameterGroup",
                "{\"ParameterGroupName\": \"ttls\", \"Description\": \"shorter ttls\"}"), """
                {"ParameterGroup": {"ParameterGroupName": "ttls", "Description": "shorter ttls"}}""");
    }

    @Test
    void deleteParameterGroup() {
        t.dax.createParameterGroup(b -> b.parameterGroupName("ttls"));
        assertLooksLike(t.wire.call("DeleteParameterGroup", "{\"ParameterGroupName\": \"ttls\"}"), """
                {"DeletionMessage": "Parameter group ttls has been deleted."}""");
    }

    /** The example's name keeps its capitals, and a group created without a description shows none. */
    @Test
    void createSubnetGroup() {
        assertLooksLike(t.wire.call("CreateSubnetGroup",
                "{\"SubnetGroupName\": \"ordersSubnets\", \"SubnetIds\": [\"subnet-0a1b2c3d\", \"subnet-4e5f6a7b\"]}"), """
                {"SubnetGroup": {"SubnetGroupName": "ordersSubnets", "VpcId": "~vpc", "Subnets": [
                    {"SubnetIdentifier": "subnet-0a1b2c3d", "SubnetAvailabilityZone": "~zone"},
                    {"SubnetIdentifier": "subnet-4e5f6a7b", "SubnetAvailabilityZone": "~zone"}]}}""");
    }

    /** The default group; the example's account has four subnets, the reference's three. */
    @Test
    void describeSubnetGroups() {
        assertLooksLike(t.wire.call("DescribeSubnetGroups", "{}"), """
                {"SubnetGroups": [{"SubnetGroupName": "default", "Description": "Default CacheSubnetGroup",
                    "VpcId": "~vpc", "Subnets": [
                    {"SubnetIdentifier": "~subnet", "SubnetAvailabilityZone": "~zone"},
                    {"SubnetIdentifier": "~subnet", "SubnetAvailabilityZone": "~zone"},
                    {"SubnetIdentifier": "~subnet", "SubnetAvailabilityZone": "~zone"}]}]}""");
    }

    @Test
    void deleteSubnetGroup() {
        t.dax.createSubnetGroup(b -> b.subnetGroupName("ordersSubnets").subnetIds("subnet-0a1b2c3d"));
        assertLooksLike(t.wire.call("DeleteSubnetGroup", "{\"SubnetGroupName\": \"ordersSubnets\"}"), """
                {"DeletionMessage": "Subnet group ordersSubnets has been deleted."}""");
    }

    private String arn() {
        return "arn:aws:dax:us-west-2:123456789012:cache/" + NAME;
    }

    @Test
    void tagResource() {
        createCluster(1);
        t.server.completeTransitions();
        assertLooksLike(t.wire.call("TagResource", "{\"ResourceName\": \"" + arn()
                + "\", \"Tags\": [{\"Key\": \"Team\", \"Value\": \"orders\"}]}"), """
                {"Tags": [{"Key": "Team", "Value": "orders"}]}""");
    }

    @Test
    void listTags() {
        createCluster(1);
        t.server.completeTransitions();
        t.dax.tagResource(b -> b.resourceName(arn()).tags(Tag.builder().key("Team").value("orders").build()));
        assertLooksLike(t.wire.call("ListTags", "{\"ResourceName\": \"" + arn() + "\"}"), """
                {"Tags": [{"Key": "Team", "Value": "orders"}]}""");
    }

    @Test
    void untagResource() {
        createCluster(1);
        t.server.completeTransitions();
        t.dax.tagResource(b -> b.resourceName(arn()).tags(Tag.builder().key("Team").value("orders").build()));
        assertLooksLike(t.wire.call("UntagResource", "{\"ResourceName\": \"" + arn() + "\", \"TagKeys\": [\"Team\"]}"),
                "{\"Tags\": []}");
    }

    private static void assertLooksLike(Reply reply, String expected) {
        assertLooksLike(reply, expected, Set.of());
    }

    private static void assertLooksLike(Reply reply, String expected, Set<String> alsoAllowed) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(PublishedShape.differences(parse(expected), reply.json(), alsoAllowed))
                .as("differences from the published example in %s", reply).isEmpty();
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
