package org.daxkit.stubs;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The last-resort stub: a request no recorded stub matches gets an HTTP 404 in the AWS error shape
 * (x-amzn-ErrorType, x-amzn-RequestId, {@code {"__type","message"}}) whose message is WireMock's near-miss
 * diff, so an SDK throws an exception a person can act on. A stub rather than WireMock's not-matched
 * renderer because that path answers through the servlet error page, where Jetty drops every header but
 * Content-Type.
 */
final class NoMatchingStub implements ResponseDefinitionTransformerV2 {
    /** The error code an SDK reports for a request no recorded stub matched. */
    static final String ERROR_CODE = "DaxStubsNoMatchingStub";
    static final String NAME = "dax-stubs-no-matching-stub";
    static final UUID ID = UUID.nameUUIDFromBytes(NAME.getBytes(StandardCharsets.UTF_8));
    /** Below every recorded stub (WireMock: the higher the number, the later it is tried). */
    private static final int LOWEST_PRIORITY = 1000;

    private volatile Admin admin;

    /** Adds the stub to a started server; its near-miss diffs are computed against that server's stubs. */
    void addTo(WireMockServer server) {
        admin = server;
        StubMapping stub = WireMock.any(WireMock.anyUrl())
                .withId(ID)
                .withName(NAME)
                .atPriority(LOWEST_PRIORITY)
                .persistent(false)
                .willReturn(WireMock.aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withHeader("x-amzn-ErrorType", ERROR_CODE)
                        .withHeader("x-amzn-RequestId", ID.toString())
                        .withTransformers(NAME))
                .build();
        server.addStubMapping(stub);
    }

    static boolean servedBy(ServeEvent event) {
        return event.getWasMatched() && event.getStubMapping() != null && ID.equals(event.getStubMapping().getId());
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("__type", ERROR_CODE);
        body.put("message", UnmatchedRequests.describe(admin, List.of(serveEvent.getRequest())));
        return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).withBody(Json.write(body)).build();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }
}
