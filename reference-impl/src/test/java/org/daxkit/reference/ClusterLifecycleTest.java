package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.ClusterAlreadyExistsException;
import software.amazon.awssdk.services.dax.model.ClusterEndpointEncryptionType;
import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.InvalidClusterStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.NodeQuotaForClusterExceededException;
import software.amazon.awssdk.services.dax.model.ParameterGroupNotFoundException;
import software.amazon.awssdk.services.dax.model.SubnetGroupNotFoundException;

/** CreateCluster, DescribeClusters and DeleteCluster through the SDK, with server time under the test's control. */
class ClusterLifecycleTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void createdClusterIsCreatingWithClusterLevelDataOnlyThenAvailableWithEverything() {
        Cluster creating = t.dax.createCluster(b -> b.clusterName("MyCluster").nodeType("dax.r5.large")
                .replicationFactor(3).iamRoleArn(TestServer.ROLE).description("orders cache")).cluster();

        assertThat(creating.clusterName()).as("names are stored lowercase").isEqualTo("mycluster");
        assertThat(creating.status()).isEqualTo("creating");
        assertThat(creating.nodes()).as("no nodes while creating").isEmpty();
        assertThat(creating.totalNodes()).isEqualTo(3);
        assertThat(creating.activeNodes()).isZero();
        assertThat(creating.clusterDiscoveryEndpoint().address()).as("no address while creating").isNull();
        assertThat(creating.clusterDiscoveryEndpoint().port()).as("only the port while creating").isEqualTo(8111);
        assertThat(creating.clusterDiscoveryEndpoint().url()).isNull();
        Cluster described = t.describe("mycluster");
        assertThat(described.status()).isEqualTo("creating");
        assertThat(described.totalNodes()).isEqualTo(3);
        assertThat(described.activeNodes()).isZero();
        assertThat(described.hasNodes()).as("no Nodes member while creating").isFalse();
        assertThat(described.clusterDiscoveryEndpoint().address()).isNull();
        assertThat(described.clusterDiscoveryEndpoint().port()).isEqualTo(8111);

        t.server.advanceClock(TestServer.CREATE);
        Cluster cluster = t.describe("mycluster");

        assertThat(cluster.status()).isEqualTo("available");
        assertThat(cluster.clusterArn()).isEqualTo("arn:aws:dax:us-east-1:123456789012:cache/mycluster");
        assertThat(cluster.totalNodes()).isEqualTo(3);
        assertThat(cluster.activeNodes()).isEqualTo(3);
        assertThat(cluster.nodeType()).isEqualTo("dax.r5.large");
        assertThat(cluster.description()).isEqualTo("orders cache");
        assertThat(cluster.clusterDiscoveryEndpoint().address())
                .matches("mycluster\\.[a-z0-9]{6}\\.dax-clusters\\.us-east-1\\.amazonaws\\.com");
        assertThat(cluster.clusterDiscoveryEndpoint().port()).isEqualTo(8111);
        assertThat(cluster.clusterDiscoveryEndpoint().url()).isEqualTo("dax://" + cluster.clusterDiscoveryEndpoint().address());
        assertThat(cluster.nodes()).extracting(Node::nodeId).containsExactly("mycluster-a", "mycluster-b", "mycluster-c");
        assertThat(cluster.nodes()).extracting(Node::availabilityZone).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(cluster.nodes()).allSatisfy(node -> {
            assertThat(node.nodeStatus()).isEqualTo("available");
            assertThat(node.parameterGroupStatus()).isEqualTo("in-sync");
            assertThat(node.endpoint().port()).isEqualTo(8111);
            assertThat(node.endpoint().address()).startsWith(node.nodeId() + ".")
                    .endsWith(".nodes.dax-clusters.us-east-1.amazonaws.com");
            assertThat(node.nodeCreateTime()).isBefore(Instant.now().plusSeconds(60));
        });
        assertThat(cluster.preferredMaintenanceWindow()).isEqualTo("sun:05:00-sun:06:00");
        assertThat(cluster.subnetGroup()).isEqualTo("default");
        assertThat(cluster.securityGroups()).singleElement().satisfies(sg -> {
            assertThat(sg.securityGroupIdentifier()).startsWith("sg-");
            assertThat(sg.status()).isEqualTo("active");
        });
        assertThat(cluster.iamRoleArn()).isEqualTo(TestServer.ROLE);
        assertThat(cluster.parameterGroup().parameterGroupName()).isEqualTo("default.dax1.0");
        assertThat(cluster.parameterGroup().parameterApplyStatus()).isEqualTo("in-sync");
        assertThat(cluster.parameterGroup().nodeIdsToReboot()).isEmpty();
        assertThat(cluster.sseDescription().statusAsString()).isEqualTo("DISABLED");
        assertThat(cluster.clusterEndpointEncryptionTypeAsString()).isEqualTo("NONE");
        assertThat(cluster.networkTypeAsString()).isEqualTo("ipv4");
        assertThat(cluster.nodeIdsToRemove()).isEmpty();
        assertThat(cluster.notificationConfiguration()).isNull();
    }

    @Test
    void nodeCreateTimeIsEpochSecondsOnTheWire() {
        t.availableCluster("wire", 1);
        Reply reply = t.wire.call("DescribeClusters", "{\"ClusterNames\":[\"wire\"]}");
        JsonNode created = reply.json().at("/Clusters/0/Nodes/0/NodeCreateTime");
        assertThat(created.isNumber()).as("NodeCreateTime in %s", reply).isTrue();
        assertThat(created.asDouble()).isBetween(Instant.now().getEpochSecond() - 3600.0, Instant.now().getEpochSecond() + 60.0);
    }

    @Test
    void defaultsOfARequestWithOnlyTheRequiredMembers() {
        Cluster cluster = t.availableCluster("plain", 1);

        assertThat(cluster.preferredMaintenanceWindow()).isEqualTo("sun:05:00-sun:06:00");
        assertThat(cluster.subnetGroup()).isEqualTo("default");
        assertThat(cluster.parameterGroup().parameterGroupName()).isEqualTo("default.dax1.0");
        assertThat(cluster.sseDescription().statusAsString()).isEqualTo("DISABLED");
        assertThat(cluster.clusterEndpointEncryptionTypeAsString()).isEqualTo("NONE");
        assertThat(cluster.networkTypeAsString()).isEqualTo("ipv4");
        assertThat(cluster.description()).isNull();
        assertThat(cluster.notificationConfiguration()).isNull();
    }

    @Test
    void optionalSettingsAreHonoured() {
        t.dax.createParameterGroup(b -> b.parameterGroupName("custom"));
        Cluster cluster = t.dax.createCluster(b -> b.clusterName("tls").nodeType("dax.t3.small").replicationFactor(2)
                .iamRoleArn(TestServer.ROLE).availabilityZones("us-east-1c", "us-east-1c")
                .securityGroupIds("sg-0123abcd").preferredMaintenanceWindow("Tue:01:00-tue:03:00")
                .notificationTopicArn("arn:aws:sns:us-east-1:123456789012:dax-events")
                .parameterGroupName("custom").sseSpecification(s -> s.enabled(true))
                .clusterEndpointEncryptionType(ClusterEndpointEncryptionType.TLS).networkType("dual_stack")).cluster();
        assertThat(cluster.securityGroups().get(0).securityGroupIdentifier()).isEqualTo("sg-0123abcd");
        t.server.completeTransitions();

        cluster = t.describe("tls");
        assertThat(cluster.clusterDiscoveryEndpoint().url()).startsWith("daxs://");
        assertThat(cluster.clusterDiscoveryEndpoint().port()).isEqualTo(9111);
        assertThat(cluster.nodes()).allSatisfy(n -> {
            assertThat(n.endpoint().port()).isEqualTo(9111);
            assertThat(n.availabilityZone()).isEqualTo("us-east-1c");
        });
        assertThat(cluster.preferredMaintenanceWindow()).isEqualTo("tue:01:00-tue:03:00");
        assertThat(cluster.notificationConfiguration().topicArn()).isEqualTo("arn:aws:sns:us-east-1:123456789012:dax-events");
        assertThat(cluster.notificationConfiguration().topicStatus()).isEqualTo("active");
        assertThat(cluster.parameterGroup().parameterGroupName()).isEqualTo("custom");
        assertThat(cluster.sseDescription().statusAsString()).isEqualTo("ENABLED");
        assertThat(cluster.clusterEndpointEncryptionTypeAsString()).isEqualTo("TLS");
        assertThat(cluster.networkTypeAsString()).isEqualTo("dual_stack");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1abc", "abc-", "a--b", "abcdefghijklmnopqrstu", "with_underscore", "with space"})
    void clusterNamesOutsideTheDaxRulesAreRejected(String name) {
        assertFault("CreateCluster named '" + name + "'", () -> t.dax.createCluster(b -> b.clusterName(name)
                        .nodeType("dax.r5.large").replicationFactor(1).iamRoleArn(TestServer.ROLE)),
                InvalidParameterValueException.class, "InvalidParameterValueException");
    }

    @Test
    void requiredMembersAndRangesAreValidated() {
        assertFault("CreateCluster without NodeType", () -> t.dax.createCluster(b -> b.clusterName("c")
                .replicationFactor(1).iamRoleArn(TestServer.ROLE)), InvalidParameterValueException.class,
                "InvalidParameterValueException");
        assertFault("CreateCluster without ReplicationFactor", () -> t.dax.createCluster(b -> b.clusterName("c")
                .nodeType("dax.r5.large").iamRoleArn(TestServer.ROLE)), InvalidParameterValueException.class,
                "InvalidParameterValueException");
        assertFault("CreateCluster without IamRoleArn", () -> t.dax.createCluster(b -> b.clusterName("c")
                .nodeType("dax.r5.large").replicationFactor(1)), InvalidParameterValueException.class,
                "InvalidParameterValueException");
        assertFault("CreateCluster with ReplicationFactor 0", () -> t.dax.createCluster(b -> b.clusterName("c")
                .nodeType("dax.r5.large").replicationFactor(0).iamRoleArn(TestServer.ROLE)),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("CreateCluster with ReplicationFactor 12", () -> t.dax.createCluster(b -> b.clusterName("c")
                .nodeType("dax.r5.large").replicationFactor(12).iamRoleArn(TestServer.ROLE)),
                NodeQuotaForClusterExceededException.class, "NodeQuotaForClusterExceededFault");
        assertFault("CreateCluster with 2 zones for 3 nodes", () -> t.dax.createCluster(b -> b.clusterName("c")
                .nodeType("dax.r5.large").replicationFactor(3).iamRoleArn(TestServer.ROLE)
                .availabilityZones("us-east-1a", "us-east-1b")),
                InvalidParameterCombinationException.class, "InvalidParameterCombinationException");
        assertFault("CreateCluster with an unknown subnet group", () -> t.dax.createCluster(b -> b.clusterName("c")
                .nodeType("dax.r5.large").replicationFactor(1).iamRoleArn(TestServer.ROLE).subnetGroupName("nope")),
                SubnetGroupNotFoundException.class, "SubnetGroupNotFoundFault");
        assertFault("CreateCluster with an unknown parameter group", () -> t.dax.createCluster(b -> b.clusterName("c")
                .nodeType("dax.r5.large").replicationFactor(1).iamRoleArn(TestServer.ROLE).parameterGroupName("nope")),
                ParameterGroupNotFoundException.class, "ParameterGroupNotFoundFault");
        assertThat(t.dax.describeClusters().clusters()).as("no failed request created a cluster").isEmpty();
    }

    @Test
    void duplicateNameIsClusterAlreadyExistsWhateverItsCase() {
        t.availableCluster("dup", 1);
        assertFault("CreateCluster 'DUP' after 'dup'", () -> t.dax.createCluster(b -> b.clusterName("DUP")
                .nodeType("dax.r5.large").replicationFactor(1).iamRoleArn(TestServer.ROLE)),
                ClusterAlreadyExistsException.class, "ClusterAlreadyExistsFault");
    }

    @Test
    void describeUnknownNameIsClusterNotFound() {
        t.availableCluster("known", 1);
        assertFault("DescribeClusters of 'known' and 'unknown'",
                () -> t.dax.describeClusters(b -> b.clusterNames("known", "unknown")),
                ClusterNotFoundException.class, "ClusterNotFoundFault");
    }

    @Test
    void describePagesWithStableTokens() {
        for (int i = 0; i < 25; i++) {
            String name = String.format("c%02d", i);
            t.dax.createCluster(b -> b.clusterName(name).nodeType("dax.r5.large").replicationFactor(1)
                    .iamRoleArn(TestServer.ROLE));
        }
        DescribeClustersResponse first = t.dax.describeClusters(b -> b.maxResults(20));
        assertThat(first.clusters()).hasSize(20);
        assertThat(first.nextToken()).isNotBlank();
        t.dax.createCluster(b -> b.clusterName("a-first").nodeType("dax.r5.large").replicationFactor(1)
                .iamRoleArn(TestServer.ROLE));
        DescribeClustersResponse second = t.dax.describeClusters(b -> b.maxResults(20).nextToken(first.nextToken()));

        List<String> names = new ArrayList<>();
        first.clusters().forEach(c -> names.add(c.clusterName()));
        second.clusters().forEach(c -> names.add(c.clusterName()));
        assertThat(second.nextToken()).isNull();
        assertThat(names).as("25 clusters across two pages, none twice, a cluster added earlier in order not shifting the page")
                .hasSize(25).doesNotHaveDuplicates().doesNotContain("a-first");
        assertFault("DescribeClusters with MaxResults 5", () -> t.dax.describeClusters(b -> b.maxResults(5)),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("DescribeClusters with a forged token", () -> t.dax.describeClusters(b -> b.nextToken("forged")),
                InvalidParameterValueException.class, "InvalidParameterValueException");
    }

    @Test
    void deleteGoesThroughDeletingAndThenTheClusterIsGone() {
        t.availableCluster("gone", 2);
        Cluster deleting = t.dax.deleteCluster(b -> b.clusterName("gone")).cluster();
        assertThat(deleting.status()).isEqualTo("deleting");
        assertThat(t.describe("gone").nodes()).as("only cluster-level data while deleting").isEmpty();
        assertFault("DeleteCluster while deleting", () -> t.dax.deleteCluster(b -> b.clusterName("gone")),
                InvalidClusterStateException.class, "InvalidClusterStateFault");

        t.server.advanceClock(TestServer.DELETE);
        assertFault("DescribeClusters after deletion", () -> t.describe("gone"),
                ClusterNotFoundException.class, "ClusterNotFoundFault");
        assertFault("DeleteCluster of an unknown cluster", () -> t.dax.deleteCluster(b -> b.clusterName("gone")),
                ClusterNotFoundException.class, "ClusterNotFoundFault");
    }

    @Test
    void deletingACreatingClusterIsInvalidClusterState() {
        t.dax.createCluster(b -> b.clusterName("young").nodeType("dax.r5.large").replicationFactor(1)
                .iamRoleArn(TestServer.ROLE));
        assertFault("DeleteCluster while creating", () -> t.dax.deleteCluster(b -> b.clusterName("young")),
                InvalidClusterStateException.class, "InvalidClusterStateFault");
    }
}
