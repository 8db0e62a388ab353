package org.daxkit.conformance;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Extend it in a consumer's test sources to run the whole suite against {@link #endpoint()}, one test per
 * check. Override {@link #configure(DaxConformance)} to declare capabilities, an existing cluster, etc.
 */
public abstract class DaxConformanceTestBase {

    protected abstract URI endpoint();

    protected DaxConformance configure(DaxConformance conformance) {
        return conformance;
    }

    @TestFactory
    public Stream<DynamicTest> daxConformance() {
        return configure(DaxConformance.against(endpoint())).dynamicTests();
    }
}
