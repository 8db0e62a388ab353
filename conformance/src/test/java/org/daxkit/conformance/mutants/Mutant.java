package org.daxkit.conformance.mutants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Deliberately broken DAX servers (a correct reference behind a {@link MutatingProxy}), each with the check
 * meant to catch it.
 */
enum Mutant {
    WRONG_FAULT_FOR_UNKNOWN_NODE("answers NodeNotFoundFault as InvalidParameterValueException",
            "fault.node-not-found", () -> errors("RebootNode", "NodeNotFoundFault",
            r -> Mutations.renameError(r, "InvalidParameterValueException"))),
    SERVER_ERROR_FOR_CLIENT_FAULT("answers ClusterNotFoundFault with HTTP 500", "fault.cluster-not-found",
            () -> errors("RebootNode", "ClusterNotFoundFault", r -> r.withStatus(500))),
    CLUSTER_NOT_FOUND_AS_200("answers an unknown cluster with HTTP 200 {}", "fault.cluster-not-found",
            () -> errors("RebootNode", "ClusterNotFoundFault",
                    r -> new Mutation.Resp(200, r.withoutHeader("x-amzn-ErrorType").headers(), "{}"))),
    UNMAPPABLE_ERROR_TYPE("sends __type NodeNotFoundFault:http://... and no x-amzn-ErrorType",
            "fault.node-not-found", () -> errors("RebootNode", "NodeNotFoundFault",
            r -> r.withoutHeader("x-amzn-ErrorType").withBody(r.json().put("__type",
                    "NodeNotFoundFault:http://internal.example.com/doc/2017-04-19/")))),
    JAVA_CLASS_ERROR_TYPE("sends a Java class name as __type", "fault.node-not-found",
            () -> errors("RebootNode", "NodeNotFoundFault", r -> r.withoutHeader("x-amzn-ErrorType")
                    .withBody(r.json().put("__type", "com.example.dax.NodeNotFoundException")))),
    MISSING_NODE_ID_ACCEPTED("reboots node -a when NodeId is missing", "fault.invalid-parameter.missing-node-id",
            () -> new Mutation() {
                @Override
                public Req request(Req r) {
                    ObjectNode json = r.json();
                    if (r.operation().equals("RebootNode") && !json.has("NodeId") && json.has("ClusterName")) {
                        return r.withBody(json.put("NodeId", json.get("ClusterName").asText().toLowerCase() + "-a"));
                    }
                    return r;
                }
            }),
    REBOOT_ACCEPTED_WHILE_MODIFYING("answers InvalidClusterStateFault with HTTP 200 {}",
            "fault.invalid-state.modifying", () -> errors("RebootNode", "InvalidClusterStateFault",
            r -> new Mutation.Resp(200, r.withoutHeader("x-amzn-ErrorType").headers(), "{}"))),
    DUPLICATE_CREATE_WRONG_FAULT("answers CreateCluster of a name in use with InvalidParameterValueException",
            "model.stateful-sequences", () -> errors("CreateCluster", "ClusterAlreadyExistsFault",
            r -> Mutations.renameError(r, "InvalidParameterValueException"))),
    REBOOT_WHILE_CREATING_SUCCEEDS("answers RebootNode of a cluster that is still creating with success",
            "model.stateful-sequences", Mutations::rebootWhileCreatingSucceeds),
    REBOOT_SPILLS_TO_OTHER_CLUSTERS("shows the node of the same letter in other clusters rebooting right after a reboot",
            "model.stateful-sequences", Mutations::rebootSpillsToOtherClusters),
    ACTIVE_NODES_LAG_AFTER_REBOOT("reports ActiveNodes one below TotalNodes once a rebooted node is available again",
            "model.stateful-sequences", Mutations::activeNodesLagAfterReboot),
    INJECTION_IGNORED("accepts fault injection but never injects", "fault.service-linked-role",
            () -> Mutations.controlIgnored("POST", "/_control/faults")),
    ROLE_SWITCH_IGNORED("accepts the service-linked-role switch but ignores it", "fault.service-linked-role.role-missing",
            () -> Mutations.controlIgnored("PUT", "/_control/service-linked-role")),
    COMBINATION_AS_VALUE_ERROR("answers an injected InvalidParameterCombinationException as InvalidParameterValueException",
            "fault.invalid-parameter-combination", () -> errors("RebootNode", "InvalidParameterCombinationException",
            r -> Mutations.renameError(r, "InvalidParameterValueException"))),
    MISSING_CLUSTER_NAME_NOT_FOUND("answers a missing ClusterName with ClusterNotFoundFault",
            "fault.invalid-parameter.missing-cluster-name",
            () -> Mutations.invalidValueAs("ClusterNotFoundFault", body -> !body.has("ClusterName"))),
    EMPTY_CLUSTER_NAME_NOT_FOUND("answers an empty ClusterName with ClusterNotFoundFault",
            "fault.invalid-parameter.empty-cluster-name", () -> Mutations.invalidValueAs("ClusterNotFoundFault",
            body -> body.has("ClusterName") && body.get("ClusterName").asText().isEmpty())),
    EMPTY_NODE_ID_NOT_FOUND("answers an empty NodeId with NodeNotFoundFault", "fault.invalid-parameter.empty-node-id",
            () -> Mutations.invalidValueAs("NodeNotFoundFault",
                    body -> body.has("NodeId") && body.get("NodeId").asText().isEmpty())),
    MALFORMED_CLUSTER_NAME_NOT_FOUND("answers a malformed ClusterName with ClusterNotFoundFault",
            "fault.invalid-parameter.malformed-cluster-name", () -> Mutations.invalidValueAs("ClusterNotFoundFault",
            body -> !body.path("ClusterName").asText().isEmpty())),
    MALFORMED_NODE_ID_NOT_FOUND("answers a malformed NodeId with NodeNotFoundFault",
            "fault.invalid-parameter.malformed-node-id", () -> Mutations.invalidValueAs("NodeNotFoundFault",
            body -> !body.path("NodeId").asText().isEmpty())),
    CREATING_AS_NODE_NOT_FOUND("answers RebootNode while creating with NodeNotFoundFault",
            "fault.invalid-state.creating", () -> errors("RebootNode", "InvalidClusterStateFault",
            r -> Mutations.renameError(r, "NodeNotFoundFault"))),
    DELETING_AS_CLUSTER_NOT_FOUND("answers RebootNode while deleting with ClusterNotFoundFault",
            "fault.invalid-state.deleting", () -> errors("RebootNode", "InvalidClusterStateFault",
            r -> Mutations.renameError(r, "ClusterNotFoundFault"))),
    SECOND_REBOOT_NODE_NOT_FOUND("answers a reboot of a rebooting node with NodeNotFoundFault",
            "state.reboot-while-rebooting", Mutations::secondRebootNotFound),
    CLUSTER_STATUS_REBOOTING("sets the cluster Status to \"rebooting\" while a node reboots",
            "state.cluster-status-during-reboot", () -> Mutations.duringReboot(c -> c.put("Status", "rebooting"))),
    ACTIVE_NODES_WRONG_DURING_REBOOT("reports two nodes fewer active while one reboots",
            "state.active-nodes-during-reboot", () -> Mutations.duringReboot(
            c -> c.put("ActiveNodes", Math.max(0, c.path("TotalNodes").asInt() - 2)))),
    NODE_NEVER_SHOWN_REBOOTING("shows the rebooted node available in the RebootNode response",
            "state.response-shows-rebooting", () -> clusters("RebootNode",
            c -> eachNode(c, n -> replace(n, "NodeStatus", "rebooting", "available")))),
    DESCRIBE_HIDES_REBOOT("shows rebooting nodes as available in DescribeClusters",
            "state.describe-shows-rebooting", () -> clusters("DescribeClusters",
            c -> eachNode(c, n -> replace(n, "NodeStatus", "rebooting", "available")))),
    NODE_NEVER_LEAVES_REBOOTING("keeps showing a rebooted node as rebooting", "state.available-again",
            RebootedNodes::neverLeaveRebooting),
    REBOOT_RECREATES_NODE("gives a rebooted node a new NodeCreateTime", "state.cluster-unchanged",
            RebootedNodes::recreated),
    DROPS_CLUSTER_ARN("leaves ClusterArn out", "inv.cluster-arn",
            () -> clusters("RebootNode", c -> c.remove("ClusterArn"))),
    DROPS_NODES("leaves Nodes out of the RebootNode response", "shape.reboot-node.members-present",
            () -> clusters("RebootNode", c -> c.remove("Nodes"))),
    NODE_CREATE_TIME_AS_STRING("sends NodeCreateTime as an ISO string", "shape.reboot-node.types",
            () -> clusters("RebootNode", c -> eachNode(c, n -> n.put("NodeCreateTime", "2024-01-01T00:00:00Z")))),
    PORT_AS_STRING("sends Port as a string in DescribeClusters", "shape.describe-clusters.types",
            () -> clusters("DescribeClusters", c -> eachNode(c, n -> {
                JsonNode e = n.get("Endpoint");
                if (e instanceof ObjectNode endpoint && endpoint.has("Port")) {
                    endpoint.put("Port", endpoint.get("Port").asText());
                }
            }))),
    UNKNOWN_NODE_STATUS("sends NodeStatus \"restarting\"", "shape.reboot-node.enums",
            () -> clusters("RebootNode", c -> eachNode(c, n -> replace(n, "NodeStatus", "rebooting", "restarting")))),
    UNKNOWN_MEMBER("adds a member the model does not know", "shape.reboot-node.unknown-members",
            () -> clusters("RebootNode", c -> c.put("ShardCount", 1))),
    DESCRIBE_UNKNOWN_MEMBER("adds a member the model does not know to DescribeClusters",
            "shape.describe-clusters.unknown-members", () -> clusters("DescribeClusters", c -> c.put("ShardCount", 1))),
    UNKNOWN_ENCRYPTION_TYPE("sends ClusterEndpointEncryptionType \"PLAINTEXT\" in DescribeClusters",
            "shape.describe-clusters.enums", () -> clusters("DescribeClusters",
            c -> replace(c, "ClusterEndpointEncryptionType", "NONE", "PLAINTEXT"))),
    NO_REQUEST_ID("sends no x-amzn-RequestId", "wire.request-id",
            () -> responses(r -> r.withoutHeader("x-amzn-RequestId"))),
    WRONG_CONTENT_TYPE("sends Content-Type text/plain", "wire.content-type",
            () -> responses(r -> r.withHeader("Content-Type", "text/plain"))),
    PLAIN_JSON_CONTENT_TYPE("sends Content-Type application/json", "wire.content-type-exact",
            () -> responses(r -> r.withHeader("Content-Type", "application/json"))),
    ERROR_WITHOUT_MESSAGE("sends errors without a message", "wire.error-shape",
            () -> responses(r -> r.status() >= 400 ? r.withBody(without(r.json(), "message", "Message")) : r)),
    ACTIVE_ABOVE_TOTAL("reports ActiveNodes above TotalNodes", "inv.active-nodes-bounded",
            () -> clusters("RebootNode", c -> c.put("ActiveNodes", c.path("TotalNodes").asInt() + 1))),
    TOTAL_NODES_OFF_BY_ONE("reports TotalNodes one too high", "inv.total-nodes",
            () -> clusters("RebootNode", c -> c.put("TotalNodes", c.path("TotalNodes").asInt() + 1))),
    DUPLICATE_NODE("lists the first node twice", "inv.node-ids-unique",
            () -> clusters("RebootNode", c -> {
                if (c.get("Nodes") instanceof ArrayNode nodes && !nodes.isEmpty()) {
                    nodes.add(nodes.get(0).deepCopy());
                }
            })),
    REQUESTED_NODE_MISSING("leaves the rebooted node out of Nodes", "inv.requested-node-listed",
            () -> clusters("RebootNode", c -> {
                if (c.get("Nodes") instanceof ArrayNode nodes) {
                    for (int i = nodes.size() - 1; i >= 0; i--) {
                        if ("rebooting".equals(nodes.get(i).path("NodeStatus").asText())) {
                            nodes.remove(i);
                        }
                    }
                }
            })),
    ENDPOINT_URL_WRONG_PORT("puts port 9999 in node endpoint URLs", "inv.endpoint-url",
            () -> clusters("RebootNode", c -> eachNode(c, n -> {
                if (n.get("Endpoint") instanceof ObjectNode e && e.has("Address")) {
                    e.put("URL", "dax://" + e.get("Address").asText() + ":9999");
                }
            }))),
    OTHER_NODE_CHANGED("shows another node rebooting too", "inv.other-nodes-untouched",
            () -> clusters("RebootNode", c -> eachNode(c, n -> n.put("NodeStatus", "rebooting")))),
    WRONG_CLUSTER_NAME("names another cluster in the response", "inv.cluster-name",
            () -> clusters("RebootNode", c -> c.put("ClusterName", "someothercluster"))),
    ERROR_AS_TEXT("serves error responses as text/plain (successes stay JSON)", "wire.content-type",
            () -> responses(r -> r.status() >= 400 ? r.withHeader("Content-Type", "text/plain") : r)),
    ERROR_WITHOUT_REQUEST_ID("sends no x-amzn-RequestId with errors (successes keep it)", "wire.request-id",
            () -> responses(r -> r.status() >= 400 ? r.withoutHeader("x-amzn-RequestId") : r)),
    REST_STYLE_NOT_FOUND("answers ClusterNotFound and NodeNotFound REST-style: HTTP 404 with only a message",
            "fault.cluster-not-found", Mutations::restStyleNotFound),
    SDK_UNPARSEABLE_DESCRIBE("sends TotalNodes as \"many\" in DescribeClusters, which the AWS SDK cannot parse",
            "shape.describe-clusters.types", () -> clusters("DescribeClusters", c -> c.put("TotalNodes", "many"))),
    STATUS_IN_UPPER_CASE("sends cluster and node status values in upper case", "shape.describe-clusters.enums",
            () -> Mutations.statusesInUpperCase()),
    RETRIED_SERVER_ERROR("answers each unknown-cluster RebootNode first with HTTP 503, then with the right fault",
            "fault.cluster-not-found", Mutations::serverErrorFirst),
    FRESH_CLUSTER_PENDING("shows every cluster's parameters as pending-reboot", "params.fresh-cluster-in-sync",
            () -> clusters("DescribeClusters", c -> {
                if (c.get("ParameterGroup") instanceof ObjectNode group) {
                    group.put("ParameterApplyStatus", "pending-reboot");
                }
            })),
    FRESH_CLUSTER_LISTS_NODES_TO_REBOOT("lists every node in NodeIdsToReboot though no parameter changed",
            "params.fresh-cluster-in-sync", () -> clusters("DescribeClusters", c -> {
                if (c.get("ParameterGroup") instanceof ObjectNode group && c.get("Nodes") instanceof ArrayNode nodes) {
                    ArrayNode ids = group.putArray("NodeIdsToReboot");
                    nodes.forEach(n -> ids.add(n.path("NodeId").asText()));
                }
            })),
    REBOOT_LEAVES_PARAMETERS_PENDING("keeps a rebooted node's parameters pending after the reboot",
            "params.applied-by-reboot", RebootedNodes::parametersStayPending),
    NO_EVENTS("records no events", "events.reboot-recorded",
            () -> Mutations.events(events -> events.removeAll())),
    EVENTS_OLDEST_FIRST("lists events oldest first", "events.newest-first",
            () -> Mutations.events(Mutations::reverse)),
    NODE_CREATE_TIME_IN_MILLIS("sends NodeCreateTime in epoch milliseconds", "times.node-create-time",
            () -> Mutations.everyNode(n -> n.put("NodeCreateTime", Math.round(n.path("NodeCreateTime").asDouble() * 1000))));

    final String description;
    final String check;
    private final Supplier<Mutation> mutation;

    Mutant(String description, String check, Supplier<Mutation> mutation) {
        this.description = description;
        this.check = check;
        this.mutation = mutation;
    }

    Mutation mutation() {
        return mutation.get();
    }

    @Override
    public String toString() {
        return name() + " (" + description + ") caught by " + check;
    }

    private static Mutation responses(java.util.function.UnaryOperator<Mutation.Resp> f) {
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                return request.operation().isEmpty() ? response : f.apply(response);
            }
        };
    }

    private static Mutation errors(String operation, String code, java.util.function.UnaryOperator<Mutation.Resp> f) {
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                return request.operation().equals(operation) && code.equals(response.errorCode())
                        ? f.apply(response) : response;
            }
        };
    }

    /** Applies f to every cluster object of successful responses of the operation. */
    static Mutation clusters(String operation, Consumer<ObjectNode> f) {
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                if (!request.operation().equals(operation) || response.status() != 200) {
                    return response;
                }
                ObjectNode json = response.json();
                eachCluster(json, f);
                return response.withBody(json);
            }
        };
    }

    static void eachCluster(ObjectNode json, Consumer<ObjectNode> f) {
        if (json.get("Cluster") instanceof ObjectNode c) {
            f.accept(c);
        }
        if (json.get("Clusters") instanceof ArrayNode list) {
            list.forEach(c -> f.accept((ObjectNode) c));
        }
    }

    static void eachNode(ObjectNode cluster, Consumer<ObjectNode> f) {
        if (cluster.get("Nodes") instanceof ArrayNode nodes) {
            nodes.forEach(n -> f.accept((ObjectNode) n));
        }
    }

    private static void replace(ObjectNode n, String field, String from, String to) {
        if (from.equals(n.path(field).asText())) {
            n.put(field, to);
        }
    }


    private static ObjectNode without(ObjectNode json, String... fields) {
        for (String f : fields) {
            json.remove(f);
        }
        return json;
    }

    /** Mutations that remember which nodes were rebooted through the proxy. */
    private static class RebootedNodes implements Mutation {
        private final Set<String> rebooted = ConcurrentHashMap.newKeySet();
        private final Consumer<ObjectNode> onRebootedNode;

        private RebootedNodes(Consumer<ObjectNode> onRebootedNode) {
            this.onRebootedNode = onRebootedNode;
        }

        static Mutation neverLeaveRebooting() {
            return new RebootedNodes(n -> n.put("NodeStatus", "rebooting"));
        }

        /** The node stays listed to reboot, and its parameters pending, after its reboot completed. */
        static Mutation parametersStayPending() {
            return new RebootedNodes(n -> n.put("ParameterGroupStatus", "pending-reboot")) {
                @Override
                void onRebootedCluster(ObjectNode cluster, ObjectNode node) {
                    if (cluster.get("ParameterGroup") instanceof ObjectNode group) {
                        group.put("ParameterApplyStatus", "pending-reboot");
                        if (group.get("NodeIdsToReboot") instanceof ArrayNode ids
                                && !ids.toString().contains("\"" + node.path("NodeId").asText() + "\"")) {
                            ids.add(node.path("NodeId").asText());
                        } else if (!group.has("NodeIdsToReboot")) {
                            group.putArray("NodeIdsToReboot").add(node.path("NodeId").asText());
                        }
                    }
                }
            };
        }

        static Mutation recreated() {
            return new RebootedNodes(n -> {
                if ("available".equals(n.path("NodeStatus").asText())) {
                    n.put("NodeCreateTime", n.path("NodeCreateTime").asDouble() + 1000);
                }
            });
        }

        /** More to change in the cluster of a rebooted node; nothing by default. */
        void onRebootedCluster(ObjectNode cluster, ObjectNode node) {
        }

        @Override
        public Resp response(Req request, Resp response) {
            if (request.operation().equals("RebootNode") && response.status() == 200) {
                ObjectNode body = request.json();
                rebooted.add(body.path("ClusterName").asText().toLowerCase() + "/" + body.path("NodeId").asText());
                return response;
            }
            if (!request.operation().equals("DescribeClusters") || response.status() != 200) {
                return response;
            }
            ObjectNode json = response.json();
            eachCluster(json, c -> eachNode(c, n -> {
                if (rebooted.contains(c.path("ClusterName").asText().toLowerCase() + "/" + n.path("NodeId").asText())) {
                    onRebootedNode.accept(n);
                    onRebootedCluster(c, n);
                }
            }));
            return response.withBody(json);
        }
    }
}
