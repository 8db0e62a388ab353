package org.daxkit.reference.state;

import java.util.LinkedHashMap;
import java.util.Map;

/** A parameter group: a name, a description and the values a user set (others keep defaults). */
public final class ParameterGroup {
    public static final String DEFAULT_NAME = "default.dax1.0";
    public static final String SOURCE = "user";

    private final String name;
    private final String description;
    private final Map<String, String> userValues = new LinkedHashMap<>();

    public ParameterGroup(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean isDefault() {
        return DEFAULT_NAME.equals(name);
    }

    /** The value in force: the user's, else the default. */
    public String value(ParameterDefinition parameter) {
        return userValues.getOrDefault(parameter.name(), parameter.defaultValue());
    }

    /**
     * The Source DAX reports: "user" for both parameters, even at their defaults in default.dax1.0
     * (describe-parameters and describe-default-parameters examples).
     */
    public String source(ParameterDefinition parameter) {
        return SOURCE;
    }

    public void set(ParameterDefinition parameter, String value) {
        userValues.put(parameter.name(), value);
    }
}
