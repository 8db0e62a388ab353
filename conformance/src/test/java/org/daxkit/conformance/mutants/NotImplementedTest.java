package org.daxkit.conformance.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reports.model.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NOT_IMPLEMENTED only on positive evidence: an unknown-operation code, or a non-AWS error page that a
 * RebootNode of a node that exists gets too. A non-AWS answer to the unknown-cluster probe alone is a
 * defect of that answer, which the checks fail on.
 */
class NotImplementedTest {
    private static final String HTML_500 = "<!doctype html><title>500 Internal Server Error</title>";
    private static ReferenceServer reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        reference = ReferenceServer.builder().start();
    }

    @AfterAll
    static void stop() {
        reference.close();
    }

    @Test
    void aTargetAnsweringEveryRebootNodeWithAnErrorPageHasNoRebootNode() throws Exception {
        reference.reset();
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), new Mutation() {
            @Override
            public Resp intercept(Req r) {
                return r.operation().equals("RebootNode") ? new Resp(500,
                        Map.of("Content-Type", List.of("text/html")), HTML_500) : null;
            }
        })) {
            WholeRuns.Run run = WholeRuns.cli(dir, List.of("--endpoint-url", proxy.endpoint().toString(),
                    "--tries", "3"));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NON_CONFORMANT);
            assertThat(run.check("fault.node-not-found").outcome()).isEqualTo(Outcome.NOT_IMPLEMENTED);
            assertThat(run.check("fault.node-not-found").message()).contains("for an unknown cluster",
                    "of existing cluster");
            assertThat(run.check("shape.describe-clusters.types").outcome())
                    .as("DescribeClusters is still judged").isEqualTo(Outcome.PASSED);
            assertThat(run.results().checks()).noneMatch(c -> c.outcome() == Outcome.FAILED);
        }
    }

    @Test
    void anUnknownOperationCodeIsEvidenceEnough() throws Exception {
        reference.reset();
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), new Mutation() {
            @Override
            public Resp intercept(Req r) {
                return r.operation().equals("RebootNode") ? new Resp(400,
                        Map.of("Content-Type", List.of("application/x-amz-json-1.1"), "x-amzn-RequestId", List.of("r")),
                        "{\"__type\":\"UnknownOperationException\",\"message\":\"no such operation\"}") : null;
            }
        })) {
            WholeRuns.Run run = WholeRuns.cli(dir, List.of("--endpoint-url", proxy.endpoint().toString(),
                    "--tries", "3", "--checks", "fault.,inv.cluster-arn"));

            assertThat(run.results().checks()).allSatisfy(c -> assertThat(c.outcome()).as(c.id())
                    .isEqualTo(Outcome.NOT_IMPLEMENTED));
            assertThat(run.exitCode()).isEqualTo(ExitCodes.NON_CONFORMANT);
        }
    }

    @Test
    void anErrorPageOnlyForAnUnknownClusterIsADefectNotAMissingOperation() throws Exception {
        reference.reset();
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), new Mutation() {
            @Override
            public Resp response(Req request, Resp response) {
                return request.operation().equals("RebootNode") && "ClusterNotFoundFault".equals(response.errorCode())
                        ? new Resp(500, Map.of("Content-Type", List.of("text/html")), HTML_500) : response;
            }
        })) {
            WholeRuns.Run run = WholeRuns.cli(dir, List.of("--endpoint-url", proxy.endpoint().toString(),
                    "--tries", "3"));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NON_CONFORMANT);
            assertThat(run.results().checks()).noneMatch(c -> c.outcome() == Outcome.NOT_IMPLEMENTED);
            assertThat(run.check("fault.cluster-not-found").outcome()).isEqualTo(Outcome.FAILED);
            assertThat(run.check("fault.node-not-found").outcome()).isEqualTo(Outcome.PASSED);
        }
    }
}
