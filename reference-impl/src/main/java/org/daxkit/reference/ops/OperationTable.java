package org.daxkit.reference.ops;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Finds an operation by its X-Amz-Target name; built from the table in {@link Operations}. */
public final class OperationTable {
    private final Map<String, Operation> byName = new TreeMap<>();

    public OperationTable(List<Operation> operations) {
        for (Operation operation : operations) {
            if (byName.put(operation.name(), operation) != null) {
                throw new IllegalArgumentException("two handlers for " + operation.name());
            }
        }
    }

    public Optional<Operation> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<Operation> all() {
        return Collections.unmodifiableCollection(byName.values());
    }
}
