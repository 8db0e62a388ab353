package org.daxkit.conformance.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.daxkit.conformance.run.CheckAborted;
import org.daxkit.conformance.run.TargetContext;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * Runs a property with QuickTheories under the run's seed, example count and shrink budget. A failure
 * comes out as {@link PropertyFalsified} holding the shrunk case; a check that cannot run on this target
 * ({@link CheckAborted}) stops the property at once instead of being shrunk.
 */
public final class Properties {
    private Properties() {
    }

    public static <T> void forAll(TargetContext ctx, Gen<T> gen, Consumer<T> property) {
        forAll(ctx.seed(), ctx.tries(), ctx.shrinks(), gen, property);
    }

    public static <T> void forAll(long seed, int examples, int shrinks, Gen<T> gen, Consumer<T> property) {
        AtomicReference<CheckAborted> aborted = new AtomicReference<>();
        Consumer<T> guarded = value -> {
            if (aborted.get() != null) {
                throw aborted.get();
            }
            try {
                property.accept(value);
            } catch (CheckAborted a) {
                aborted.set(a);
                throw a;
            }
        };
        try {
            QuickTheory.qt()
                    .withFixedSeed(seed)
                    .withExamples(examples)
                    .withShrinkCycles(shrinks)
                    .withReporter(new FalsificationReporter())
                    .forAll(gen)
                    .checkAssert(guarded);
        } catch (PropertyFalsified f) {
            if (aborted.get() != null) {
                throw aborted.get();
            }
            throw f;
        }
    }

    /** Turns QuickTheories' report into a {@link PropertyFalsified} instead of its stack-trace text. */
    private static final class FalsificationReporter implements Reporter {
        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
                                   List<Object> others, AsString<Object> toString) {
            throw new PropertyFalsified(seed, examplesUsed, toString.asString(smallest), cause);
        }

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, List<Object> others,
                                   AsString<Object> toString) {
            throw new PropertyFalsified(seed, examplesUsed, toString.asString(smallest), null);
        }

        @Override
        public void valuesExhausted(int numberOfExamples) {
            throw CheckAborted.notVerified("the generator produced only " + numberOfExamples + " usable example(s)");
        }
    }
}
