package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.ops.Operation;
import org.daxkit.reference.ops.Operations;
import org.daxkit.reference.support.DaxOperations;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.SdkRequests;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault an operation answers is one its model lists (or SerializationException, the protocol's),
 * except the documented cases where none fits. On the wire, each request is a valid one with one member
 * changed to a value of the right JSON type but a doubtful content, or left out; in the source, every
 * fault a handler names itself must be in its row of the route table.
 */
class ModeledFaultsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ARN = SdkRequests.ARN;
    /** Valid requests on the wire, against the state SdkRequests.prepare sets up. */
    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("CreateCluster", "{\"ClusterName\":\"fresh\",\"NodeType\":\"dax.r5.large\",\"ReplicationFactor\":1,"
                    + "\"IamRoleArn\":\"" + TestServer.ROLE + "\",\"AvailabilityZones\":[\"us-east-1a\"],"
                    + "\"SubnetGroupName\":\"sn\",\"ParameterGroupName\":\"pg\",\"SecurityGroupIds\":[\"sg-0123abcd\"],"
                    + "\"PreferredMaintenanceWindow\":\"sun:01:00-sun:02:00\",\"Description\":\"d\","
                    + "\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}],\"SSESpecification\":{\"Enabled\":true},"
                    + "\"ClusterEndpointEncryptionType\":\"TLS\",\"NetworkType\":\"ipv4\","
                    + "\"NotificationTopicArn\":\"arn:aws:sns:us-east-1:123456789012:t\"}"),
            Map.entry("CreateParameterGroup", "{\"ParameterGroupName\":\"fresh\",\"Description\":\"d\"}"),
            Map.entry("CreateSubnetGroup", "{\"SubnetGroupName\":\"fresh\",\"Description\":\"d\",\"SubnetIds\":[\"subnet-0123abcd\"]}"),
            Map.entry("DecreaseReplicationFactor", "{\"ClusterName\":\"c\",\"NewReplicationFactor\":2,"
                    + "\"AvailabilityZones\":[\"us-east-1c\"],\"NodeIdsToRemove\":[\"c-c\"]}"),
            Map.entry("DeleteCluster", "{\"ClusterName\":\"c\"}"),
            Map.entry("DeleteParameterGroup", "{\"ParameterGroupName\":\"pg\"}"),
            Map.entry("DeleteSubnetGroup", "{\"SubnetGroupName\":\"sn\"}"),
            Map.entry("DescribeClusters", "{\"ClusterNames\":[\"c\"],\"MaxResults\":20,\"NextToken\":null}"),
            Map.entry("DescribeDefaultParameters", "{\"MaxResults\":20}"),
            Map.entry("DescribeEvents", "{\"SourceName\":\"c\",\"SourceType\":\"CLUSTER\",\"StartTime\":0,"
                    + "\"EndTime\":4102444800,\"Duration\":60,\"MaxResults\":20}"),
            Map.entry("DescribeParameterGroups", "{\"ParameterGroupNames\":[\"pg\"],\"MaxResults\":20}"),
            Map.entry("DescribeParameters", "{\"ParameterGroupName\":\"pg\",\"Source\":\"user\",\"MaxResults\":20}"),
            Map.entry("DescribeSubnetGroups", "{\"SubnetGroupNames\":[\"sn\"],\"MaxResults\":20}"),
            Map.entry("IncreaseReplicationFactor", "{\"ClusterName\":\"c\",\"NewReplicationFactor\":4,"
                    + "\"AvailabilityZones\":[\"us-east-1a\"]}"),
            Map.entry("ListTags", "{\"ResourceName\":\"" + ARN + "\"}"),
            Map.entry("RebootNode", "{\"ClusterName\":\"c\",\"NodeId\":\"c-a\"}"),
            Map.entry("TagResource", "{\"ResourceName\":\"" + ARN + "\",\"Tags\":[{\"Key\":\"k2\",\"Value\":\"v\"}]}"),
            Map.entry("UntagResource", "{\"ResourceName\":\"" + ARN + "\",\"TagKeys\":[\"k\"]}"),
            Map.entry("UpdateCluster", "{\"ClusterName\":\"c\",\"Description\":\"d\",\"ParameterGroupName\":\"pg\","
                    + "\"PreferredMaintenanceWindow\":\"sun:01:00-sun:02:00\",\"SecurityGroupIds\":[\"sg-0123abcd\"],"
                    + "\"NotificationTopicArn\":\"arn:aws:sns:us-east-1:123456789012:t\",\"NotificationTopicStatus\":\"active\"}"),
            Map.entry("UpdateParameterGroup", "{\"ParameterGroupName\":\"pg\",\"ParameterNameValues\":"
                    + "[{\"ParameterName\":\"query-ttl-millis\",\"ParameterValue\":\"1000\"}]}"),
            Map.entry("UpdateSubnetGroup", "{\"SubnetGroupName\":\"sn\",\"Description\":\"d\",\"SubnetIds\":[\"subnet-0123abcd\"]}"));
    /** Where no listed fault fits (BEHAVIOUR.md, Subnet groups): a bad new name or page. */
    private static final Path OPS_SOURCES = Path.of("src/main/java/org/daxkit/reference/ops");
    /** A fault a handler raises itself: an ErrorCode constant, or a DaxFault factory method. */
    private static final Pattern RAISED = Pattern.compile(
            "new DaxFault\\((?:ErrorCode\\.)?([A-Z_]+)|DaxFault\\.(invalidParameter|invalidCombination)\\(");
    private static final Map<String, Set<String>> DOCUMENTED_EXCEPTIONS = Map.of(
            "CreateSubnetGroup", Set.of("InvalidParameterValueException"),
            "DescribeSubnetGroups", Set.of("InvalidParameterValueException"));
    /** Values of each JSON type that are doubtful as content. */
    private static final List<String> STRINGS = List.of("\"\"", "\" \"", "\"a--b\"", "\"x\"", "\"UPPER\"",
            "\"" + "n".repeat(300) + "\"");
    private static final List<String> NUMBERS = List.of("-1", "0", "1", "12", "99", "2147483647");
    private static final List<String> LISTS = List.of("[]", "[\"\"]", "[\"x\",\"x\"]", "[{}]", "[{\"Key\":\"aws:k\"}]",
            "[{\"ParameterName\":\"x\"}]");
    private static final List<String> OBJECTS = List.of("{}", "{\"Enabled\":false}");

    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    static Stream<String> operations() {
        return DaxOperations.ALL.stream();
    }

    @Test
    void everyOperationHasAValidRequest() {
        assertThat(VALID.keySet()).containsExactlyInAnyOrderElementsOf(DaxOperations.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void answersOnlyFaultsTheModelLists(String operation) throws Exception {
        SdkRequests.prepare(t);
        Set<String> allowed = new HashSet<>(modeledFaults(operation));
        allowed.add("SerializationException");
        allowed.addAll(DOCUMENTED_EXCEPTIONS.getOrDefault(operation, Set.of()));

        List<String> unlisted = new ArrayList<>();
        for (String body : variants(VALID.get(operation))) {
            Reply reply = t.wire.call(operation, body);
            if (reply.status() != 200 && !allowed.contains(reply.json().path("__type").asText())) {
                unlisted.add(reply.toString());
            }
        }
        assertThat(unlisted).as("faults %s does not list (allowed: %s)", operation, allowed).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void handlerRaisesOnlyFaultsItsRowLists(String name) throws Exception {
        Operation operation = Operations.table().find(name).orElseThrow();
        Path source = OPS_SOURCES.resolve(operation.handler().getClass().getSimpleName() + ".java");
        Set<String> allowed = new TreeSet<>(DOCUMENTED_EXCEPTIONS.getOrDefault(name, Set.of()));
        operation.modeledFaults().forEach(code -> allowed.add(code.wireName()));

        assertThat(allowed).as("faults the route table lists for %s, which its handler %s raises", name, source)
                .containsAll(raisedIn(Files.readString(source)));
    }

    /** Keeps the source scan above honest: it sees both ways a handler raises a fault. */
    @Test
    void theSourceScanSeesTheFaultsAHandlerRaises() throws Exception {
        assertThat(raisedIn(Files.readString(OPS_SOURCES.resolve("RebootNodeHandler.java"))))
                .containsExactly("InvalidParameterValueException", "NodeNotFoundFault");
        assertThat(raisedIn(Files.readString(OPS_SOURCES.resolve("DecreaseReplicationFactorHandler.java"))))
                .containsExactly("InvalidParameterCombinationException", "InvalidParameterValueException",
                        "NodeNotFoundFault");
    }

    /** The wire names of the faults a source file raises itself (not through shared helpers). */
    private static Set<String> raisedIn(String source) {
        Set<String> raised = new TreeSet<>();
        Matcher matcher = RAISED.matcher(source);
        while (matcher.find()) {
            ErrorCode code = matcher.group(1) != null ? ErrorCode.valueOf(matcher.group(1))
                    : matcher.group(2).equals("invalidParameter") ? ErrorCode.INVALID_PARAMETER_VALUE
                    : ErrorCode.INVALID_PARAMETER_COMBINATION;
            raised.add(code.wireName());
        }
        return raised;
    }

    /** The valid body, then each member left out or replaced by each doubtful value of its JSON type. */
    private static List<String> variants(String valid) throws Exception {
        ObjectNode base = (ObjectNode) MAPPER.readTree(valid);
        List<String> bodies = new ArrayList<>(List.of(valid, "{}"));
        for (String member : iterable(base)) {
            ObjectNode without = base.deepCopy();
            without.remove(member);
            bodies.add(without.toString());
            for (String value : candidates(base.get(member))) {
                ObjectNode changed = base.deepCopy();
                changed.set(member, MAPPER.readTree(value));
                bodies.add(changed.toString());
            }
        }
        return bodies;
    }

    private static List<String> candidates(JsonNode value) {
        if (value.isTextual()) {
            return STRINGS;
        } else if (value.isNumber()) {
            return NUMBERS;
        } else if (value.isArray()) {
            return LISTS;
        } else if (value.isObject()) {
            return OBJECTS;
        }
        return List.of();
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The control API lists an operation's modeled faults when asked to inject one it does not have. */
    private List<String> modeledFaults(String operation) {
        Reply rejected = t.wire.control("POST", "/faults", "{\"operation\":\"" + operation + "\",\"code\":\"NoSuchFault\"}");
        String message = rejected.json().path("message").asText();
        int start = message.indexOf("valid codes: [");
        assertThat(start).as("modeled faults listed in %s", rejected).isNotNegative();
        return List.of(message.substring(start + "valid codes: [".length(), message.indexOf(']', start)).split(", "));
    }
}
