package org.daxkit.conformance.shape;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdkShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Shape.Structure cluster() {
        return (Shape.Structure) SdkShapes.rebootNodeResponse().members().get("Cluster");
    }

    private static Shape.Structure node() {
        return (Shape.Structure) ((Shape.ListOf) cluster().members().get("Nodes")).member();
    }

    @Test
    void theShapesComeFromTheSdkModel() {
        assertThat(cluster().name()).isEqualTo("Cluster");
        assertThat(cluster().members()).containsKeys("ClusterName", "ClusterArn", "TotalNodes", "ActiveNodes", "Nodes",
                "ClusterDiscoveryEndpoint", "SSEDescription", "NetworkType");
        assertThat(node().members().get("NodeCreateTime")).isEqualTo(new Shape.Scalar(Shape.Kind.TIMESTAMP,
                java.util.Set.of()));
        Shape.Structure endpoint = (Shape.Structure) node().members().get("Endpoint");
        assertThat(((Shape.Scalar) endpoint.members().get("Port")).kind()).isEqualTo(Shape.Kind.INTEGER);
        assertThat(((Shape.Scalar) cluster().members().get("TotalNodes")).kind()).isEqualTo(Shape.Kind.INTEGER);
    }

    @Test
    void enumMembersCarryTheirModeledValues() {
        assertThat(((Shape.Scalar) cluster().members().get("ClusterEndpointEncryptionType")).enumValues())
                .containsExactlyInAnyOrder("NONE", "TLS");
        assertThat(((Shape.Scalar) cluster().members().get("NetworkType")).enumValues())
                .containsExactlyInAnyOrder("ipv4", "ipv6", "dual_stack");
        Shape.Structure sse = (Shape.Structure) cluster().members().get("SSEDescription");
        assertThat(((Shape.Scalar) sse.members().get("Status")).enumValues()).contains("ENABLED", "DISABLED");
        assertThat(((Shape.Scalar) cluster().members().get("Status")).enumValues()).isEmpty();
    }

    @Test
    void aWellFormedResponseHasNoProblems() throws Exception {
        JsonNode ok = JSON.readTree("{\"Cluster\":{\"ClusterName\":\"c\",\"TotalNodes\":1,\"ActiveNodes\":0,"
                + "\"Status\":\"available\",\"NetworkType\":\"ipv4\",\"Description\":null,"
                + "\"Nodes\":[{\"NodeId\":\"c-a\",\"NodeStatus\":\"rebooting\",\"NodeCreateTime\":1.7E9,"
                + "\"ParameterGroupStatus\":\"in-sync\",\"Endpoint\":{\"Address\":\"h\",\"Port\":8111,\"URL\":\"dax://h\"}}]}}");

        assertThat(WireShapeValidator.validate(ok, SdkShapes.rebootNodeResponse())).isEmpty();
    }

    @Test
    void wrongTypesUnknownValuesAndUnknownMembersAreEachReportedWithTheirPath() throws Exception {
        JsonNode bad = JSON.readTree("{\"Cluster\":{\"TotalNodes\":\"3\",\"NetworkType\":\"ipv5\",\"Shards\":2,"
                + "\"Nodes\":[{\"NodeCreateTime\":\"2024-01-01T00:00:00Z\",\"NodeStatus\":\"REBOOTING\","
                + "\"Endpoint\":{\"Port\":8111.5}}]}}");

        List<ShapeProblem> problems = WireShapeValidator.validate(bad, SdkShapes.rebootNodeResponse());

        assertThat(problems).extracting(ShapeProblem::kind, ShapeProblem::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ShapeProblem.Kind.WRONG_TYPE, "$.Cluster.TotalNodes"),
                org.assertj.core.groups.Tuple.tuple(ShapeProblem.Kind.UNKNOWN_VALUE, "$.Cluster.NetworkType"),
                org.assertj.core.groups.Tuple.tuple(ShapeProblem.Kind.UNKNOWN_MEMBER, "$.Cluster.Shards"),
                org.assertj.core.groups.Tuple.tuple(ShapeProblem.Kind.WRONG_TYPE, "$.Cluster.Nodes[0].NodeCreateTime"),
                org.assertj.core.groups.Tuple.tuple(ShapeProblem.Kind.UNKNOWN_VALUE, "$.Cluster.Nodes[0].NodeStatus"),
                org.assertj.core.groups.Tuple.tuple(ShapeProblem.Kind.WRONG_TYPE, "$.Cluster.Nodes[0].Endpoint.Port"));
        assertThat(problems.get(0).toString()).contains("expected a JSON integer", "got a JSON string \"3\"");
    }

    @Test
    void aListWhereAnObjectBelongsIsAWrongType() throws Exception {
        JsonNode bad = JSON.readTree("{\"Clusters\":{\"ClusterName\":\"c\"}}");

        assertThat(WireShapeValidator.validate(bad, SdkShapes.describeClustersResponse()))
                .extracting(ShapeProblem::toString)
                .containsExactly("$.Clusters: expected a JSON array, got a JSON object {\"ClusterName\":\"c\"}");
    }
}
