package org.daxkit.reference.state;

import java.util.List;
import java.util.Optional;

/**
 * The parameters a DAX parameter group holds, with the metadata DescribeParameters reports. Names,
 * default, data type, allowed values and change type are as the AWS CLI's describe-default-parameters
 * and describe-parameters examples show them (ChangeType IMMEDIATE: a new value needs no reboot).
 */
public record ParameterDefinition(
        String name,
        String defaultValue,
        String description,
        String dataType,
        String allowedValues,
        String changeType) {

    public static final String IMMEDIATE = "IMMEDIATE";

    public static final List<ParameterDefinition> ALL = List.of(
            new ParameterDefinition("query-ttl-millis", "300000",
                    "Duration in milliseconds for queries to remain cached", "integer", "0-",
                    IMMEDIATE),
            new ParameterDefinition("record-ttl-millis", "300000",
                    "Duration in milliseconds for records to remain valid in cache (Default: 5 minutes)",
                    "integer", "0-", IMMEDIATE));

    public static Optional<ParameterDefinition> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Both DAX parameters take a non-negative whole number of milliseconds. */
    public boolean accepts(String value) {
        return value != null && value.matches("[0-9]{1,18}");
    }
}
