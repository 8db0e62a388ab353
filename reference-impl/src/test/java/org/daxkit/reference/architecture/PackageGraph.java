package org.daxkit.reference.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package of a source tree uses which other package of it, read from the source: each file's
 * {@code package} line, its imports, and any fully qualified name in its code (comments left out).
 */
final class PackageGraph {
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private final Map<String, Set<String>> uses = new TreeMap<>();

    /** Edges as "from -> to" pairs; for tests of the graph itself. */
    static PackageGraph of(String... edges) {
        PackageGraph graph = new PackageGraph();
        for (String edge : edges) {
            String[] ends = edge.split(" -> ");
            graph.add(ends[0], ends[1]);
        }
        return graph;
    }

    /** The packages under {@code root} that start with {@code prefix}, and their uses of one another. */
    static PackageGraph read(Path root, String prefix) {
        PackageGraph graph = new PackageGraph();
        Pattern reference = Pattern.compile("\\b(" + Pattern.quote(prefix) + "(?:\\.[a-z]\\w*)*)\\.[A-Z]");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = COMMENTS.matcher(Files.readString(file)).replaceAll("");
                Matcher declared = PACKAGE.matcher(code);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                graph.uses.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher used = reference.matcher(code.substring(declared.end()));
                while (used.find()) {
                    if (!used.group(1).equals(from)) {
                        graph.add(from, used.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private void add(String from, String to) {
        uses.computeIfAbsent(from, p -> new TreeSet<>()).add(to);
        uses.computeIfAbsent(to, p -> new TreeSet<>());
    }

    Set<String> packages() {
        return uses.keySet();
    }

    Set<String> usedBy(String from) {
        return uses.getOrDefault(from, Set.of());
    }

    /** A cycle as the packages along it, the first repeated at the end; empty when there is none. */
    Optional<List<String>> findCycle() {
        Set<String> done = new HashSet<>();
        for (String start : uses.keySet()) {
            Optional<List<String>> cycle = cycleFrom(start, new ArrayDeque<>(), done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    /** Depth first; {@code path} holds the packages being visited, so meeting one again closes a cycle. */
    private Optional<List<String>> cycleFrom(String current, Deque<String> path, Set<String> done) {
        if (path.contains(current)) {
            List<String> cycle = new ArrayList<>();
            path.descendingIterator().forEachRemaining(cycle::add);
            cycle = new ArrayList<>(cycle.subList(cycle.indexOf(current), cycle.size()));
            cycle.add(current);
            return Optional.of(cycle);
        }
        if (done.contains(current)) {
            return Optional.empty();
        }
        path.push(current);
        for (String next : usedBy(current)) {
            Optional<List<String>> cycle = cycleFrom(next, path, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.pop();
        done.add(current);
        return Optional.empty();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        uses.forEach((from, to) -> text.append(from).append(" -> ").append(to).append('\n'));
        return text.toString();
    }
}
