package org.daxkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No package of any module depends, through any chain of imports, on itself: arrows point one way, so a
 * newcomer can read a package knowing what it may use. Read from the sources of each module (this test runs
 * in conformance/, beside the others).
 */
class PackageCyclesTest {
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.daxkit\\.[\\w.]+)\\.[\\w*]+;",
            Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"reports", "reference-impl", "conformance", "stubs"})
    void noPackageDependsOnItselfThroughOthers(String module) {
        Map<String, Set<String>> graph = graph(Path.of("..", module, "src", "main", "java"));
        assertThat(graph).as("packages of " + module).isNotEmpty();

        assertThat(cycles(graph)).as("package cycles in " + module + " (each listed from its first package)").isEmpty();
    }

    private static Map<String, Set<String>> graph(Path sources) {
        Map<String, Set<String>> graph = new TreeMap<>();
        if (!Files.isDirectory(sources)) {
            return graph;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher pkg = PACKAGE.matcher(code);
                if (!pkg.find()) {
                    continue;
                }
                Set<String> deps = graph.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher imp = IMPORT.matcher(code);
                while (imp.find()) {
                    String target = packageOf(imp.group(1));
                    if (!target.equals(pkg.group(1))) {
                        deps.add(target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        graph.values().forEach(deps -> deps.retainAll(graph.keySet()));
        return graph;
    }

    /** An import names a class (lowercase packages, then one capitalised name, maybe nested); keep the package. */
    private static String packageOf(String qualified) {
        List<String> parts = new ArrayList<>(List.of(qualified.split("\\.")));
        while (!parts.isEmpty() && Character.isUpperCase(parts.get(parts.size() - 1).charAt(0))) {
            parts.remove(parts.size() - 1);
        }
        return String.join(".", parts);
    }

    /** Every cycle, found by a depth-first search, as "a -> b -> a". */
    private static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> found = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (String start : graph.keySet()) {
            visit(start, graph, state, new ArrayList<>(), found, new HashSet<>());
        }
        return found;
    }

    private static void visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
                              List<String> path, List<String> found, Set<String> reported) {
        if (state.getOrDefault(node, 0) == 2) {
            return;
        }
        if (state.getOrDefault(node, 0) == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            if (reported.add(String.join(" -> ", cycle))) {
                found.add(String.join(" -> ", cycle));
            }
            return;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            visit(next, graph, state, path, found, reported);
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
    }
}
