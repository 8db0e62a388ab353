package org.daxkit.reference.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparison itself: each kind of difference from an example is found, and named by its path. */
class PublishedShapeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"A\":1}|{\"A\":1,\"B\":2}|$: members the example does not show: [B]",
            "{\"A\":1,\"B\":2}|{\"A\":1}|$.B: missing",
            "{\"A\":\"x\"}|{\"A\":\"y\"}|$.A: expected \"x\", got \"y\"",
            "{\"A\":[1,2]}|{\"A\":[1]}|$.A: expected an array of 2, got [1]",
            "{\"T\":\"~epoch-seconds\"}|{\"T\":\"1576625059\"}|$.T: expected epoch seconds",
            "{\"T\":\"~epoch-seconds\"}|{\"T\":1576625059.5091}|$.T: expected epoch seconds",
            "{\"Z\":\"~zone\"}|{\"Z\":\"us-west-2\"}|$.Z: expected zone, got \"us-west-2\"",
            "{\"E\":{\"Port\":8111}}|{\"E\":{\"Port\":8111,\"Address\":\"h.amazonaws.com\"}}|$.E: members the example does not show: [Address]"})
    void findsTheDifference(String expected, String actual, String problem) throws Exception {
        assertThat(PublishedShape.differences(json(expected), json(actual), Set.of()))
                .singleElement().asString().startsWith(problem);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"T\":\"~epoch-seconds\"}|{\"T\":1576625059.509}",
            "{\"E\":{\"Port\":8111}}|{\"E\":{\"Port\":8111,\"URL\":\"dax://x\"}}",
            "{\"A\":[{\"Z\":\"~zone\"}]}|{\"A\":[{\"Z\":\"us-west-2c\"}]}"})
    void acceptsTheSameShape(String expected, String actual) throws Exception {
        assertThat(PublishedShape.differences(json(expected), json(actual), Set.of())).isEmpty();
    }

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }
}
