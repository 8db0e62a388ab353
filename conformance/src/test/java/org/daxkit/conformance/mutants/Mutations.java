package org.daxkit.conformance.mutants;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Building blocks of the mutants that need more than a one-line rewrite. */
final class Mutations {
    private static final String JSON_1_1 = "application/x-amz-json-1.1";

    private Mutations() {
    }

    /** Renames an error, in the body and the header alike, as a mock with the wrong fault would send it. */
    static Mutation.Resp renameError(Mutation.Resp r, String code) {
        return r.withHeader("x-amzn-ErrorType", code).withBody(r.json().put("__type", code));
    }

    /** RebootNode's InvalidParameterValueException, for requests whose body matches, answered as another fault. */
    static Mutation invalidValueAs(String code, Predicate<ObjectNode> requestBody) {
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                return request.operation().equals("RebootNode")
                        && "InvalidParameterValueException".equals(response.errorCode())
                        && requestBody.test(request.json()) ? renameError(response, code) : response;
            }
        };
    }

    /** A control route that answers 200 but does nothing. */
    static Mutation controlIgnored(String method, String path) {
        return new Mutation() {
            @Override
            public Resp intercept(Req r) {
                return r.path().startsWith(path) && r.method().equals(method)
                        ? new Resp(200, Map.of("Content-Type", List.of("application/json")), "{}") : null;
            }
        };
    }

    /** Applies f to every cluster, in RebootNode and DescribeClusters answers, that shows a node rebooting. */
    static Mutation duringReboot(Consumer<ObjectNode> f) {
        return clusterAnswers(json -> Mutant.eachCluster(json, c -> {
            if (c.path("Nodes").findValuesAsText("NodeStatus").contains("rebooting")) {
                f.accept(c);
            }
        }));
    }

    /** Applies f to the body of every successful RebootNode and DescribeClusters answer. */
    static Mutation clusterAnswers(Consumer<ObjectNode> f) {
        return successes(Set.of("RebootNode", "DescribeClusters"), f);
    }

    /** Applies f to the body of every successful answer to one of the operations. */
    static Mutation successes(Set<String> operations, Consumer<ObjectNode> f) {
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                if (!operations.contains(request.operation()) || response.status() != 200) {
                    return response;
                }
                ObjectNode json = response.json();
                f.accept(json);
                return response.withBody(json);
            }
        };
    }

    /** Answers a second RebootNode of a node with NodeNotFoundFault (a mock that loses a rebooting node). */
    static Mutation secondRebootNotFound() {
        Set<String> rebooted = ConcurrentHashMap.newKeySet();
        return new Mutation() {
            @Override
            public Resp intercept(Req r) {
                if (!r.operation().equals("RebootNode") || !rebooted.contains(key(r))) {
                    return null;
                }
                String message = "Node " + r.json().path("NodeId").asText() + " not found.";
                return new Resp(400, Map.of("Content-Type", List.of(JSON_1_1),
                        "x-amzn-RequestId", List.of("mutant-" + rebooted.size()),
                        "x-amzn-ErrorType", List.of("NodeNotFoundFault")),
                        "{\"__type\":\"NodeNotFoundFault\",\"message\":\"" + message + "\"}");
            }

            @Override
            public Resp response(Req request, Resp response) {
                if (request.operation().equals("RebootNode") && response.status() == 200) {
                    rebooted.add(key(request));
                }
                return response;
            }

            private String key(Req r) {
                ObjectNode body = r.json();
                return body.path("ClusterName").asText().toLowerCase() + "/" + body.path("NodeId").asText();
            }
        };
    }

    /** ClusterNotFoundFault and NodeNotFoundFault as a REST service would send them: 404, no __type. */
    static Mutation restStyleNotFound() {
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                String code = response.errorCode();
                if (!request.operation().equals("RebootNode")
                        || !("ClusterNotFoundFault".equals(code) || "NodeNotFoundFault".equals(code))) {
                    return response;
                }
                ObjectNode body = JSON.createObjectNode().put("message", response.json().path("message").asText());
                return new Resp(404, response.withoutHeader("x-amzn-ErrorType").withHeader("Content-Type",
                        "application/json").headers(), body.toString());
            }
        };
    }

    /** Every Status and NodeStatus in upper case, in RebootNode and DescribeClusters answers alike. */
    static Mutation statusesInUpperCase() {
        return clusterAnswers(json -> Mutant.eachCluster(json, c -> {
            c.put("Status", c.path("Status").asText().toUpperCase(Locale.ROOT));
            Mutant.eachNode(c, n -> n.put("NodeStatus", n.path("NodeStatus").asText().toUpperCase(Locale.ROOT)));
        }));
    }

    /**
     * The first answer to each unknown-cluster RebootNode is an HTTP 503, which the SDK retries; only the retry
     * gets the right fault. A suite that judged only the last attempt would see nothing wrong.
     */
    static Mutation serverErrorFirst() {
        Set<String> answered = ConcurrentHashMap.newKeySet();
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                if (!request.operation().equals("RebootNode") || !"ClusterNotFoundFault".equals(response.errorCode())
                        || !answered.add(request.body())) {
                    return response;
                }
                return new Resp(503, Map.of("Content-Type", List.of(JSON_1_1),
                        "x-amzn-RequestId", List.of("mutant-503-" + answered.size())),
                        "{\"__type\":\"ServiceUnavailableException\",\"message\":\"try again\"}");
            }
        };
    }

    /** Applies f to the Events array of every successful DescribeEvents answer. */
    static Mutation events(Consumer<ArrayNode> f) {
        return successes(Set.of("DescribeEvents"), json -> {
            if (json.get("Events") instanceof ArrayNode events) {
                f.accept(events);
            }
        });
    }

    static void reverse(ArrayNode array) {
        List<com.fasterxml.jackson.databind.JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        array.removeAll();
        for (int i = items.size() - 1; i >= 0; i--) {
            array.add(items.get(i));
        }
    }

    /** Applies f to every node of every successful RebootNode and DescribeClusters answer. */
    static Mutation everyNode(Consumer<ObjectNode> f) {
        return clusterAnswers(json -> Mutant.eachCluster(json, c -> Mutant.eachNode(c, f)));
    }

    /**
     * RebootNode of a cluster that is still creating is answered HTTP 200 with the cluster as creating, instead of
     * InvalidClusterStateFault. A cluster counts as creating from its CreateCluster until a DescribeClusters shows
     * it otherwise.
     */
    static Mutation rebootWhileCreatingSucceeds() {
        Set<String> creating = ConcurrentHashMap.newKeySet();
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                String op = request.operation();
                if (op.equals("CreateCluster") && response.status() == 200) {
                    creating.add(request.json().path("ClusterName").asText().toLowerCase(Locale.ROOT));
                } else if (op.equals("DescribeClusters") && response.status() == 200) {
                    Mutant.eachCluster(response.json(), c -> {
                        if (!"creating".equals(c.path("Status").asText())) {
                            creating.remove(c.path("ClusterName").asText().toLowerCase(Locale.ROOT));
                        }
                    });
                } else if (op.equals("RebootNode") && "InvalidClusterStateFault".equals(response.errorCode())) {
                    String name = request.json().path("ClusterName").asText().toLowerCase(Locale.ROOT);
                    if (creating.contains(name)) {
                        ObjectNode body = JSON.createObjectNode();
                        body.putObject("Cluster").put("ClusterName", name).put("Status", "creating");
                        return new Resp(200, response.withoutHeader("x-amzn-ErrorType").headers(), body.toString());
                    }
                }
                return response;
            }
        };
    }

    /** Once a node of a cluster was rebooted, DescribeClusters shows ActiveNodes one short while every node is available. */
    static Mutation activeNodesLagAfterReboot() {
        Set<String> rebooted = ConcurrentHashMap.newKeySet();
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                String op = request.operation();
                if (op.equals("RebootNode") && response.status() == 200) {
                    rebooted.add(request.json().path("ClusterName").asText().toLowerCase(Locale.ROOT));
                    return response;
                }
                if (!op.equals("DescribeClusters") || response.status() != 200) {
                    return response;
                }
                ObjectNode json = response.json();
                Mutant.eachCluster(json, c -> {
                    boolean allAvailable = c.path("Nodes").size() > 0
                            && c.path("Nodes").findValuesAsText("NodeStatus").stream().allMatch("available"::equals);
                    if (allAvailable && rebooted.contains(c.path("ClusterName").asText().toLowerCase(Locale.ROOT))) {
                        c.put("ActiveNodes", c.path("TotalNodes").asInt() - 1);
                    }
                });
                return response.withBody(json);
            }
        };
    }

    /**
     * For a moment after each reboot, a DescribeClusters that lists the rebooted cluster shows the node of the
     * same letter in every other cluster it lists rebooting too: a reboot that reaches beyond its cluster,
     * which only a check looking at two clusters at once sees.
     */
    static Mutation rebootSpillsToOtherClusters() {
        long spillNanos = 2_000_000_000L;
        Map<String, Long> recent = new ConcurrentHashMap<>(); // "cluster/-x" -> when node x of it was rebooted
        return new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                String op = request.operation();
                if (op.equals("RebootNode") && response.status() == 200) {
                    ObjectNode body = request.json();
                    recent.put(name(body) + "/" + letter(body), System.nanoTime());
                    return response;
                }
                if (!op.equals("DescribeClusters") || response.status() != 200) {
                    return response;
                }
                ObjectNode json = response.json();
                long now = System.nanoTime();
                Set<String> listed = ConcurrentHashMap.newKeySet();
                Mutant.eachCluster(json, c -> listed.add(name(c)));
                Set<String> spilling = ConcurrentHashMap.newKeySet();
                recent.forEach((key, when) -> {
                    if (now - when < spillNanos && listed.contains(key.substring(0, key.indexOf('/')))) {
                        spilling.add(key);
                    }
                });
                Mutant.eachCluster(json, c -> Mutant.eachNode(c, n -> {
                    boolean spilled = spilling.stream().anyMatch(key -> !key.startsWith(name(c) + "/")
                            && key.endsWith("/" + letter(n)));
                    if (spilled && "available".equals(n.path("NodeStatus").asText())) {
                        n.put("NodeStatus", "rebooting");
                    }
                }));
                return response.withBody(json);
            }

            private String name(ObjectNode o) {
                return o.path("ClusterName").asText().toLowerCase(Locale.ROOT);
            }

            private String letter(ObjectNode o) {
                String id = o.path("NodeId").asText();
                return id.substring(id.lastIndexOf('-') + 1);
            }
        };
    }
}
