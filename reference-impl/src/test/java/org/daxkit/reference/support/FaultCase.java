package org.daxkit.reference.support;

import static org.daxkit.reference.support.FaultAssertions.assertFault;

import java.util.function.Consumer;
import software.amazon.awssdk.services.dax.model.DaxException;

/**
 * One fault a test provokes, for a parameterized test with one case per fault, so that one failing
 * case does not hide the others: the state it needs, the call, the fault it must answer, and what must
 * still hold afterwards. Its name is its display name.
 */
public record FaultCase(String name, Consumer<TestServer> given, Consumer<TestServer> call,
                        Class<? extends DaxException> type, String wireCode, Consumer<TestServer> afterwards) {

    public static FaultCase fault(String name, Consumer<TestServer> call, Class<? extends DaxException> type,
                                  String wireCode) {
        return new FaultCase(name, t -> { }, call, type, wireCode, t -> { });
    }

    /** The state the call needs beyond the test's common set-up. */
    public FaultCase given(Consumer<TestServer> setUp) {
        return new FaultCase(name, setUp, call, type, wireCode, afterwards);
    }

    /** What must still hold once the call was refused. */
    public FaultCase afterwards(Consumer<TestServer> check) {
        return new FaultCase(name, given, call, type, wireCode, check);
    }

    public void assertAnsweredBy(TestServer t) {
        given.accept(t);
        assertFault(name, () -> call.accept(t), type, wireCode);
        afterwards.accept(t);
    }

    @Override
    public String toString() {
        return name;
    }
}
