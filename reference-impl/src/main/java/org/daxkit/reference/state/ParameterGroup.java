package org.daxkit.reference.state;

import java.util.LinkedHashMap;
import java.util.Map;

/** A parameter group: a name, a description and the values a user set (others keep defaults). */
public final class ParameterGroup {
    public static final String DEFAULT_NAME = "default.dax1.0";

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

    /** "user" once a value was set in this group, "system" while it is the default. */
    public String source(ParameterDefinition parameter) {
        return userValues.containsKey(parameter.name()) ? "user" : "system";
    }

    public void set(ParameterDefinition parameter, String value) {
        userValues.put(parameter.name(), value);
    }
}
