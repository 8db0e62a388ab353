package org.daxkit.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.daxkit.stubs.record.MappingDiff;
import org.daxkit.stubs.record.MappingDirectory;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed mapping files keep the rules that make them safe to share: strict matching, no proxying, stable ids. */
class MappingFilesTest {
    static final Path COMMITTED = Path.of(System.getProperty("basedir", "."), "src/main/resources/dax-stubs/mappings");
    /** The copy the build puts on the classpath (target/classes), which DaxStubs loads and the jar ships. */
    static final Path PACKAGED = packaged();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SortedMap<String, String> files = MappingDirectory.read(COMMITTED);

    private static Path packaged() {
        URL mappings = MappingFilesTest.class.getClassLoader().getResource(DaxStubs.CLASSPATH_ROOT + "/mappings");
        if (mappings == null) {
            throw new IllegalStateException("no " + DaxStubs.CLASSPATH_ROOT + "/mappings on the test classpath");
        }
        try {
            return Path.of(mappings.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theClasspathHoldsExactlyTheCommittedMappings() {
        List<String> differences = MappingDiff.between("committed", files, "packaged", MappingDirectory.read(PACKAGED));

        assertThat(differences)
                .withFailMessage(() -> "The mappings on the classpath (" + PACKAGED + ") are not the committed ones;"
                        + " a file removed by re-recording stays in target/classes until `mvn -pl stubs clean`:\n"
                        + String.join("\n", differences))
                .isEmpty();
    }

    @Test
    void everyStubMatchesStrictlyOnMethodPathTargetAndWholeBody() throws Exception {
        assertThat(files).as("mapping files in %s", COMMITTED).isNotEmpty();
        for (Map.Entry<String, String> file : files.entrySet()) {
            JsonNode request = JSON.readTree(file.getValue()).path("request");
            String where = file.getKey() + " request";
            assertThat(request.path("method").asText()).as(where + ".method").isEqualTo("POST");
            assertThat(request.path("url").asText()).as(where + ".url").isEqualTo("/");
            assertThat(request.path("headers").path("X-Amz-Target").path("equalTo").asText())
                    .as(where + ".headers.X-Amz-Target.equalTo").startsWith("AmazonDAXV3.");
            JsonNode bodyPatterns = request.path("bodyPatterns");
            assertThat(bodyPatterns.size()).as(where + ".bodyPatterns size").isEqualTo(1);
            JsonNode bodyPattern = bodyPatterns.get(0);
            assertThat(bodyPattern.has("equalToJson")).as(where + " matches the body with equalToJson").isTrue();
            assertThat(bodyPattern.has("ignoreExtraElements")).as(where + " ignoreExtraElements").isFalse();
            assertThat(bodyPattern.has("ignoreArrayOrder")).as(where + " ignoreArrayOrder").isFalse();
        }
    }

    @Test
    void noStubProxiesAndScenarioNamesAreNamespaced() {
        for (Map.Entry<String, String> file : files.entrySet()) {
            StubMapping stub = StubMapping.buildFrom(file.getValue());
            assertThat(stub.getResponse().isProxyResponse()).as(file.getKey() + " proxies").isFalse();
            if (stub.isInScenario()) {
                assertThat(stub.getScenarioName()).as(file.getKey() + " scenarioName").startsWith(StubInputs.SCENARIO_PREFIX);
            }
        }
    }

    @Test
    void fileNameAndIdAreDerivedFromTheStubName() {
        for (Map.Entry<String, String> file : files.entrySet()) {
            StubMapping stub = StubMapping.buildFrom(file.getValue());
            assertThat(file.getKey()).isEqualTo(stub.getName() + ".json");
            UUID expected = UUID.nameUUIDFromBytes(("dax-stubs/stub/" + stub.getName()).getBytes(StandardCharsets.UTF_8));
            assertThat(stub.getId()).as(file.getKey() + " id").isEqualTo(expected);
        }
    }

    @Test
    void everyResponseCarriesTheAwsJsonProtocolHeaders() throws Exception {
        for (Map.Entry<String, String> file : files.entrySet()) {
            JsonNode response = JSON.readTree(file.getValue()).path("response");
            JsonNode headers = response.path("headers");
            assertThat(headers.path("Content-Type").asText()).as(file.getKey() + " Content-Type")
                    .isEqualTo("application/x-amz-json-1.1");
            assertThat(headers.path("x-amzn-RequestId").asText()).as(file.getKey() + " x-amzn-RequestId").isNotBlank();
            if (response.path("status").asInt() >= 400) {
                assertThat(headers.path("x-amzn-ErrorType").asText()).as(file.getKey() + " x-amzn-ErrorType")
                        .isEqualTo(response.path("jsonBody").path("__type").asText())
                        .isNotBlank();
            }
        }
    }
}
