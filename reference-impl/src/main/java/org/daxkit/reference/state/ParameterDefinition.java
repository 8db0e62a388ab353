package org.daxkit.reference.state;

import java.util.List;
import java.util.Optional;

/** The parameters a DAX parameter group holds, with the metadata DescribeParameters reports. */
public record ParameterDefinition(
        String name,
        String defaultValue,
        String description,
        String dataType,
        String allowedValues,
        String changeType) {

    public static final String REQUIRES_REBOOT = "REQUIRES_REBOOT";

    public static final List<ParameterDefinition> ALL = List.of(
            new ParameterDefinition("query-ttl-millis", "300000",
                    "Duration in milliseconds for queries to remain cached", "integer", "0-",
                    REQUIRES_REBOOT),
            new ParameterDefinition("record-ttl-millis", "300000",
                    "Duration in milliseconds for records to remain valid in cache (Default: 5 minutes)",
                    "integer", "0-", REQUIRES_REBOOT));

    public static Optional<ParameterDefinition> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public boolean requiresReboot() {
        return REQUIRES_REBOOT.equals(changeType);
    }

    /** Both DAX parameters take a non-negative whole number of milliseconds. */
    public boolean accepts(String value) {
        return value != null && value.matches("[0-9]{1,18}");
    }
}
