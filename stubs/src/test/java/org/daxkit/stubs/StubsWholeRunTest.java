package org.daxkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.daxkit.conformance.cli.ConformanceMain;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.reports.ResultsJson;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole CLI in fixed-inputs mode against the recorded stubs, as reports/publish-matrix.sh runs it: the
 * stubs as recorded are conformant (exit 0); with one recorded answer broken, the run says so (exit 1).
 */
class StubsWholeRunTest {
    @TempDir
    Path dir;

    @Test
    void theStubsAsRecordedAreConformant() throws IOException {
        try (DaxStubs stubs = DaxStubs.start()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = run(stubs, out);

            assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.CONFORMANT);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Result: CONFORMANT",
                    "the suite reboots node " + StubInputs.NODE);
        }
    }

    @Test
    void aStubAnsweringAnUnknownNodeWithTheWrongFaultFailsTheRun() throws IOException {
        try (DaxStubs stubs = DaxStubs.start()) {
            int broken = renameFault(stubs, "NodeNotFoundFault", "InvalidParameterValueException");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = run(stubs, out);

            assertThat(broken).as("stubs answering NodeNotFoundFault").isPositive();
            assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.NON_CONFORMANT);
            RunResults results = ResultsJson.read(dir.resolve("results.json"));
            CheckResult nodeNotFound = results.checks().stream().filter(c -> c.id().equals("fault.node-not-found"))
                    .findFirst().orElseThrow();
            assertThat(nodeNotFound.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(nodeNotFound.message()).contains("must fail with NodeNotFoundFault",
                    "got InvalidParameterValueException");
        }
    }

    private int run(DaxStubs stubs, ByteArrayOutputStream out) {
        String[] args = {"--endpoint-url", stubs.endpoint().toString(), "--target-name", "dax-stubs",
                "--capabilities", "none", "--cluster", StubInputs.CLUSTER, "--node", StubInputs.NODE,
                "--fixed-inputs", "--unknown-cluster", StubInputs.UNKNOWN_CLUSTER, "--unknown-node", StubInputs.UNKNOWN_NODE,
                "--malformed-cluster-name", StubInputs.MALFORMED_CLUSTER_NAME,
                "--malformed-node-id", StubInputs.MALFORMED_NODE_ID, "--reboot-timeout", "20s", "--modify-timeout", "20s",
                "--seed", "20250101", "--tries", "5", "--report-dir", dir.toString()};
        return ConformanceMain.run(args, Map.of(), new Properties(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    /** Rewrites every recorded answer carrying the fault to carry another, in body and header alike. */
    private static int renameFault(DaxStubs stubs, String from, String to) {
        int changed = 0;
        for (StubMapping m : stubs.server().getStubMappings()) {
            ResponseDefinition rd = m.getResponse();
            String body = rd.specifiesBodyContent() ? rd.getReponseBody().asString() : null;
            if (body == null || !body.contains(from)) {
                continue;
            }
            List<HttpHeader> headers = rd.getHeaders().all().stream()
                    .map(h -> h.keyEquals("x-amzn-ErrorType") ? new HttpHeader(h.key(), to) : h).toList();
            m.setResponse(ResponseDefinitionBuilder.like(rd).withBody(body.replace(from, to))
                    .withHeaders(new HttpHeaders(headers)).build());
            stubs.server().editStubMapping(m);
            changed++;
        }
        return changed;
    }
}
