package org.daxkit.reference.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.ParameterDefinition;

/** The wire form of a Parameter (DescribeParameters, DescribeDefaultParameters). */
public final class ParameterJson {
    private ParameterJson() {
    }

    public static ObjectNode render(ParameterDefinition parameter, String value, String source) {
        ObjectNode json = Json.object();
        json.put("ParameterName", parameter.name());
        json.put("ParameterType", "DEFAULT");
        json.put("ParameterValue", value);
        json.putArray("NodeTypeSpecificValues");
        json.put("Description", parameter.description());
        json.put("Source", source);
        json.put("DataType", parameter.dataType());
        json.put("AllowedValues", parameter.allowedValues());
        json.put("IsModifiable", "TRUE");
        json.put("ChangeType", parameter.changeType());
        return json;
    }
}
