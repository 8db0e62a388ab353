package org.daxkit.conformance.properties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.reports.model.NotVerifiedCause;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * Runs a property with QuickTheories under the run's seed, example count and shrink budget. A failure
 * comes out as {@link PropertyFalsified} holding the shrunk case. A check that cannot run on this target
 * ({@link CheckAborted}) stops the property at once, before any failure is found; once one is found, a
 * shrink candidate that cannot be judged counts as not failing, so the smallest real failure is kept.
 */
public final class PropertyChecks {
    private PropertyChecks() {
    }

    public static <T> void forAll(PropertySettings run, Gen<T> gen, Consumer<T> property) {
        forAll(run.seed(), run.tries(), run.shrinks(), run.counts(), gen, property);
    }

    public static <T> void forAll(long seed, int examples, int shrinks, ExampleCounts counts, Gen<T> gen,
                                  Consumer<T> property) {
        AtomicReference<CheckAborted> aborted = new AtomicReference<>();
        AtomicBoolean failureFound = new AtomicBoolean();
        Set<T> distinct = new HashSet<>();
        Consumer<T> guarded = value -> {
            if (aborted.get() != null) {
                throw aborted.get();
            }
            if (!failureFound.get()) {
                distinct.add(value);
            }
            try {
                property.accept(value);
            } catch (CheckAborted a) {
                if (failureFound.get()) {
                    return; // a shrink candidate the target let us not judge is no smaller failure
                }
                aborted.set(a);
                throw a;
            } catch (RuntimeException | AssertionError e) {
                failureFound.set(true);
                throw e;
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
        } finally {
            if (counts != null) {
                counts.add(distinct.size());
            }
        }
    }

    /**
     * As {@link #forAll(PropertySettings, Gen, Consumer)}, with up to {@code parallelism} examples running at once:
     * the examples QuickTheories will generate for the seed are run concurrently first, then QuickTheories
     * runs as usual, taking each example's outcome from that first pass and running only shrink candidates.
     * Seeds replay and failures shrink exactly as with {@code forAll}. The property must be safe to run on
     * several threads (its examples independent of each other: fresh names, their own clusters).
     */
    public static <T> void forAllConcurrently(PropertySettings run, Gen<T> gen, Consumer<T> property,
                                              int parallelism) {
        forAllConcurrently(run, gen, property, parallelism, (a, b) -> 0);
    }

    /**
     * As {@link #forAllConcurrently(PropertySettings, Gen, Consumer, int)}, starting the examples in the given
     * order (longest first, say, so the last to start do not keep the rest waiting); outcomes, replay and
     * shrinking do not depend on it.
     */
    public static <T> void forAllConcurrently(PropertySettings run, Gen<T> gen, Consumer<T> property,
                                              int parallelism, Comparator<T> startOrder) {
        List<T> values = examples(run.seed(), run.tries(), gen).stream().sorted(startOrder).toList();
        Map<T, Throwable> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, values.size())));
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (T value : values) {
                runs.add(pool.submit(() -> {
                    try {
                        property.accept(value);
                    } catch (RuntimeException | AssertionError e) {
                        outcomes.put(value, e);
                    }
                }));
            }
            for (Future<?> example : runs) {
                example.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CheckAborted.notVerified(NotVerifiedCause.BUDGET, "interrupted while running examples");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Set<T> ran = new HashSet<>(values);
        forAll(run, gen, value -> {
            if (!ran.remove(value)) {
                property.accept(value); // a shrink candidate, or a value the first pass did not see
                return;
            }
            Throwable failure = outcomes.get(value);
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof AssertionError a) {
                throw a;
            }
        });
    }

    /**
     * The distinct values a property under this seed and example count would be run with, in order, without
     * running it: QuickTheories generates the same values for the same seed.
     */
    public static <T> List<T> examples(long seed, int examples, Gen<T> gen) {
        Set<T> values = new LinkedHashSet<>();
        QuickTheory.qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(0)
                .withReporter(new FalsificationReporter()).forAll(gen).checkAssert(values::add);
        return List.copyOf(values);
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
            throw CheckAborted.notVerified(NotVerifiedCause.SETUP, "the generator produced only " + numberOfExamples
                    + " usable example(s)");
        }
    }
}
