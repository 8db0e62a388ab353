package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.ParameterDefinition;
import org.daxkit.reference.view.ParameterJson;

/** The paged {"Parameters": [...], "NextToken"} answer of both parameter listing operations. */
final class ParameterPages {
    private ParameterPages() {
    }

    static ObjectNode render(Input input, List<ParameterDefinition> parameters,
                             Function<ParameterDefinition, String> value, Function<ParameterDefinition, String> source) {
        int max = Validators.maxResults(input);
        String token = input.string("NextToken").orElse(null);
        var page = Pages.page(parameters, ParameterDefinition::name, max, token, "parameters");
        ObjectNode result = Json.object();
        ArrayNode array = result.putArray("Parameters");
        page.items().forEach(p -> array.add(ParameterJson.render(p, value.apply(p), source.apply(p))));
        if (page.nextToken() != null) {
            result.put("NextToken", page.nextToken());
        }
        return result;
    }
}
