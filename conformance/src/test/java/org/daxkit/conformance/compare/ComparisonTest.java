package org.daxkit.conformance.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {
    private static final String REFERENCE_CLUSTER = "{\"ClusterName\":\"caaa-1\",\"Status\":\"%s\","
            + "\"ClusterArn\":\"arn:aws:dax:us-east-1:123456789012:cache/caaa-1\"}";
    private static final String REFERENCE_NODES = "{\"Clusters\":[{\"ClusterName\":\"caaa-1\",\"Status\":\"available\","
            + "\"Nodes\":[{\"NodeId\":\"caaa-1-a\",\"NodeStatus\":\"%s\",\"NodeCreateTime\":1796031641.171,"
            + "\"Endpoint\":{\"Address\":\"caaa-1-a.x\",\"Port\":8111,\"URL\":\"dax://caaa-1-a.x\"}}]}]}";
    private static final String MOCK_NODES = "{\"Clusters\":[{\"ClusterName\":\"cbbb-1\",\"Status\":\"available\","
            + "\"Nodes\":[{\"NodeId\":\"cbbb-1-a\",\"NodeStatus\":\"available\",\"NodeCreateTime\":1796031641171}]}],"
            + "\"NextToken\":null}";
    private static final String NODE_NOT_FOUND = "{\"__type\":\"NodeNotFoundFault\",\"message\":\"no node\"}";

    @TempDir
    Path dir;

    private Record a;
    private Record b;

    @BeforeEach
    void handMadeRecords() {
        HandMadeRecord ref = new HandMadeRecord(dir.resolve("a"), "reference");
        ref.add("setup", "CreateCluster", "{\"ClusterName\":\"cAAA-1\"}", 200, HandMadeRecord.awsJson(),
                        "{\"Cluster\":" + REFERENCE_CLUSTER.formatted("creating") + "}", 0, 10)
                .add("setup", "DescribeClusters", "{\"ClusterNames\":[\"caaa-1\"]}", 200, HandMadeRecord.awsJson(),
                        REFERENCE_NODES.formatted("available"), 1000, 20)
                .add("state.available-again", "RebootNode", "{\"ClusterName\":\"caaa-1\",\"NodeId\":\"caaa-1-a\"}", 200,
                        HandMadeRecord.awsJson(), REFERENCE_NODES.formatted("rebooting").replace("{\"Clusters\":[",
                                "{\"Cluster\":").replace("]}]}", "]}}"), 2000, 10)
                .add("state.available-again", "DescribeClusters", "{\"ClusterNames\":[\"caaa-1\"]}", 200,
                        HandMadeRecord.awsJson(), REFERENCE_NODES.formatted("available"), 3000, 20)
                .add("fault.node-not-found", "RebootNode", "{\"ClusterName\":\"caaa-1\",\"NodeId\":\"caaa-1-z\"}", 400,
                        Map.of("Content-Type", "application/x-amz-json-1.1", "x-amzn-RequestId", "r",
                                "x-amzn-ErrorType", "NodeNotFoundFault:http://internal.amazon.com/"), NODE_NOT_FOUND,
                        4000, 5)
                .finish();
        HandMadeRecord mock = new HandMadeRecord(dir.resolve("b"), "mock");
        mock.add("setup", "CreateCluster", "{\"ClusterName\":\"cbbb-1\"}", 200, HandMadeRecord.awsJson(),
                        "{\"Cluster\":{\"ClusterName\":\"cbbb-1\",\"Status\":\"CREATING\","
                                + "\"ClusterArn\":\"arn:aws:dax:us-east-1:cache/cbbb-1\"}}", 0, 10)
                .add("setup", "DescribeClusters", "{\"ClusterNames\":[\"cbbb-1\"]}", 200,
                        Map.of("Content-Type", "text/html; charset=utf-8", "x-amzn-RequestId", "r"), MOCK_NODES,
                        500, 20)
                .add("state.available-again", "RebootNode", "{\"ClusterName\":\"cbbb-1\",\"NodeId\":\"cbbb-1-a\"}", 500,
                        Map.of("Content-Type", "text/html; charset=utf-8"),
                        "<!doctype html>\n<title>500 Internal Server Error</title>", 2000, 400)
                .add("fault.node-not-found", "RebootNode", "{\"ClusterName\":\"cbbb-1\",\"NodeId\":\"cbbb-1-z\"}", 400,
                        HandMadeRecord.awsJson(), NODE_NOT_FOUND.replace("NodeNotFoundFault",
                                "com.amazonaws.dax#NodeNotFoundFault"), 4000, 5)
                .finish();
        a = RecordReader.read("RECORD_A", dir.resolve("a"));
        b = RecordReader.read("RECORD_B", dir.resolve("b"));
    }

    private static Section section(Comparison c, String title) {
        return c.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static Row row(Section s, String key) {
        return s.rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + key + "' in " + s.title() + ": " + s.rows()));
    }

    @Test
    void outcomesPerOperationAndPerSituationShowWhatEachTargetAnswered() {
        Comparison c = Comparison.of(a, b);

        Row reboot = row(section(c, "Operations and outcomes"), "RebootNode");
        assertThat(reboot.kind()).isEqualTo(Row.Kind.DIFFERS);
        assertThat(reboot.a()).isEqualTo("200 ×1, 400 NodeNotFoundFault ×1");
        assertThat(reboot.b()).isEqualTo("500 ×1, 400 NodeNotFoundFault ×1");
        Section situations = section(c, "Outcomes per situation");
        assertThat(row(situations, "state.available-again: RebootNode").kind()).isEqualTo(Row.Kind.DIFFERS);
        // The same fault read from x-amzn-ErrorType in one and from a namespaced __type in the other agrees.
        assertThat(situations.rows()).noneMatch(r -> r.key().equals("fault.node-not-found: RebootNode"));
        assertThat(row(situations, "state.available-again: DescribeClusters").kind()).isEqualTo(Row.Kind.ONLY_A);
    }

    @Test
    void membersPresentAreComparedPerSituationWithListIndexesCollapsed() {
        Section members = section(Comparison.of(a, b), "Members present in responses");

        assertThat(row(members, "DescribeClusters 200  Clusters[].Nodes[].Endpoint.URL").kind())
                .isEqualTo(Row.Kind.ONLY_A);
        assertThat(row(members, "DescribeClusters 200  NextToken").kind()).isEqualTo(Row.Kind.ONLY_B);
        assertThat(row(members, "RebootNode 200").kind()).isEqualTo(Row.Kind.ONLY_A);
        assertThat(row(members, "RebootNode 500").kind()).isEqualTo(Row.Kind.ONLY_B);
        assertThat(members.rows()).noneMatch(r -> r.key().matches(".*\\[\\d+].*"));
        assertThat(members.same()).isPositive();
    }

    @Test
    void valueFormatsTellTimeUnitsLetterCaseAndArnShapes() {
        Section formats = section(Comparison.of(a, b), "Value formats");

        Row time = row(formats, "DescribeClusters 200  Clusters[].Nodes[].NodeCreateTime");
        assertThat(time.a()).isEqualTo("number (epoch seconds, fractional)");
        assertThat(time.b()).isEqualTo("integer (epoch milliseconds)");
        Row status = row(formats, "CreateCluster 200  Cluster.Status");
        assertThat(status.a()).isEqualTo("string (lowercase)");
        assertThat(status.b()).isEqualTo("string (UPPERCASE)");
        Row arn = row(formats, "CreateCluster 200  Cluster.ClusterArn");
        assertThat(arn.a()).isEqualTo("ARN arn:aws:dax:<region>:<account>:cache/<name>");
        assertThat(arn.b()).startsWith("ARN (not arn:");
        assertThat(formats.rows()).allMatch(r -> r.kind() == Row.Kind.DIFFERS);
    }

    @Test
    void headersPresentAndContentTypesArePerSituation() {
        Section headers = section(Comparison.of(a, b), "Response headers");

        Row contentType = row(headers, "DescribeClusters 200  Content-Type");
        assertThat(contentType.kind()).isEqualTo(Row.Kind.DIFFERS);
        assertThat(contentType.a()).isEqualTo("application/x-amz-json-1.1");
        assertThat(contentType.b()).isEqualTo("text/html; charset=utf-8");
        assertThat(row(headers, "RebootNode 400 NodeNotFoundFault  x-amzn-errortype").kind())
                .isEqualTo(Row.Kind.ONLY_A);
    }

    @Test
    void statusSequencesMatchClustersByOrderOfCreationNotByTheirRandomNames() {
        Section status = section(Comparison.of(a, b), "Status sequences");

        Row cluster = row(status, "cluster#1");
        assertThat(cluster.kind()).isEqualTo(Row.Kind.DIFFERS);
        assertThat(cluster.a()).isEqualTo("creating → available");
        assertThat(cluster.b()).isEqualTo("CREATING → available");
        Row node = row(status, "cluster#1-a");
        assertThat(node.a()).isEqualTo("available → rebooting → available");
        assertThat(node.b()).isEqualTo("available");
        assertThat(row(status, "node NodeStatus  available → rebooting").kind()).isEqualTo(Row.Kind.ONLY_A);
        assertThat(status.rows()).noneMatch(r -> r.key().contains("caaa") || r.key().contains("cbbb"));
    }

    @Test
    void transitionTimesRunFromTheStartingCallToTheFirstResponseShowingTheEndState() {
        Section times = section(Comparison.of(a, b), "Times");

        // Create sent at 0 ms, "available" answered at 1000 + 20 ms; reboot sent at 2000, available at 3020.
        assertThat(row(times, TransitionTimes.CREATE).a()).startsWith("n=1, median 1.020 s");
        assertThat(row(times, TransitionTimes.REBOOT).a()).startsWith("n=1, median 1.020 s");
        assertThat(row(times, TransitionTimes.CREATE).b()).startsWith("n=1, median 0.520 s");
        assertThat(row(times, TransitionTimes.REBOOT).b()).isEqualTo("none");
        assertThat(row(times, "RebootNode response time").b()).isEqualTo("median 400 ms, max 400 ms (n=2)");
    }

    @Test
    void aRecordComparedWithItselfHasNoDifferences() {
        Comparison same = Comparison.of(a, RecordReader.read("RECORD_B", dir.resolve("a")));

        assertThat(same.count(Row.Kind.ONLY_A) + same.count(Row.Kind.ONLY_B) + same.count(Row.Kind.DIFFERS)).isZero();
        assertThat(same.summary()).isEqualTo("0 only in A, 0 only in B, 0 differ");
        assertThat(same.sections()).extracting(Section::title).containsExactly("Operations and outcomes",
                "Outcomes per situation", "Members present in responses", "Value formats", "Response headers",
                "Status sequences", "Times");
        assertThat(List.of(a.exchanges().size(), b.exchanges().size())).containsExactly(5, 4);
    }
}
