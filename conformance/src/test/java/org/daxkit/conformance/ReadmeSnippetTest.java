package org.daxkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The consumer snippet the README shows is the code ConsumerSnippetTest compiles and runs, line for line. */
class ReadmeSnippetTest {

    @Test
    void readmeShowsExactlyTheSnippetThatIsTested() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```java\\n(import java.time.Duration;.*?class ConsumerSnippetTest.*?)```",
                Pattern.DOTALL).matcher(readme);
        String test = Files.readString(Path.of("src/test/java/org/daxkit/conformance/ConsumerSnippetTest.java"));

        assertThat(block.find()).as("README.md has the ConsumerSnippetTest block").isTrue();
        assertThat(test).endsWith(block.group(1));
    }
}
