package org.daxkit.conformance.properties;

import org.daxkit.conformance.fixtures.ClusterNames;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generated inputs for RebootNode: valid-looking tails, and names and ids that break the rules. */
public final class Generators {
    private static final int A = 'a';
    private static final int Z = 'z';

    private Generators() {
    }

    /** 0-7 chars of [a-z0-9], to append to a fresh name (stays a valid name of at most 20 chars). */
    public static Gen<String> nameTails() {
        return strings().betweenCodePoints('0', Z).ofLengthBetween(0, 7)
                .map(s -> s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x"));
    }

    /** Lower, upper or mixed case spellings: DAX names are case-insensitive. */
    public static Gen<String> caseOf(String name) {
        return Generate.pick(List.of(0, 1, 2)).map(i -> i == 0 ? name : i == 1 ? name.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    /** Well-formed node ids: 1-20 chars of [a-z0-9-], starting with a letter. */
    public static Gen<String> wellFormedNodeIds() {
        return strings().betweenCodePoints(A, Z).ofLengthBetween(1, 1)
                .zip(strings().betweenCodePoints('-', Z).ofLengthBetween(0, 19),
                        (first, rest) -> first + rest.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"));
    }

    /** Cluster names that break a DAX naming rule, each kind with generated parts. */
    public static Gen<String> malformedClusterNames() {
        Gen<String> body = strings().betweenCodePoints(A, Z).ofLengthBetween(1, 8);
        Gen<String> digitFirst = integers().between(0, 9).zip(body, (d, b) -> d + b);
        Gen<String> badChar = body.zip(Generate.pick(List.of("_", ".", " ", "!", "/", ":", "@", "*")), body,
                (a, c, b) -> a + c + b);
        Gen<String> tooLong = integers().between(21, 40).map(n -> "a".repeat(n));
        Gen<String> trailingHyphen = body.map(b -> b + "-");
        Gen<String> doubleHyphen = body.zip(body, (a, b) -> a + "--" + b);
        Gen<String> hyphenFirst = body.map(b -> "-" + b);
        return Generate.oneOf(digitFirst, badChar, tooLong, trailingHyphen, doubleHyphen, hyphenFirst)
                .assuming(n -> !ClusterNames.isValid(n));
    }

    /** Node ids outside 1-64 chars of [A-Za-z0-9-]. */
    public static Gen<String> malformedNodeIds() {
        Gen<String> body = strings().betweenCodePoints(A, Z).ofLengthBetween(1, 8);
        Gen<String> badChar = body.zip(Generate.pick(List.of("_", ".", " ", "!", "/", ":", "#", "%")), body,
                (a, c, b) -> a + c + b);
        Gen<String> tooLong = integers().between(65, 90).map(n -> "n".repeat(n));
        return Generate.oneOf(badChar, tooLong);
    }
}
