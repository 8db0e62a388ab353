package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.Ids;
import org.daxkit.reference.state.SubnetGroup;

/** Subnet validation, zone placement and the wire form of a subnet group. */
final class SubnetGroups {
    static final int MAX_SUBNETS = 20;
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-f]{8,17}");

    private SubnetGroups() {
    }

    /**
     * The subnet operations' models list no InvalidParameterValueException: a missing or empty subnet
     * list is InvalidSubnet, the fault they list for bad subnets.
     */
    static List<String> requiredSubnetIds(Input input) {
        List<String> ids = input.stringList("SubnetIds").orElse(List.of());
        if (ids.isEmpty()) {
            throw new DaxFault(ErrorCode.INVALID_SUBNET, "The parameter SubnetIds must list at least one subnet.");
        }
        return ids;
    }

    /** A group that a missing or blank name cannot name is not found: SubnetGroupNotFoundFault, which the model lists. */
    static String requiredExistingName(Input input) {
        return input.string("SubnetGroupName").filter(s -> !s.isBlank()).orElseThrow(() -> new DaxFault(
                ErrorCode.SUBNET_GROUP_NOT_FOUND, "The parameter SubnetGroupName must be provided and must not be blank."));
    }

    /** Subnet ids must look like subnet-0123abcd (else InvalidSubnet), at most 20 of them. */
    static List<SubnetGroup.Subnet> subnets(List<String> ids, String region) {
        if (ids.isEmpty()) {
            throw new DaxFault(ErrorCode.INVALID_SUBNET, "The parameter SubnetIds must list at least one subnet.");
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.size() > MAX_SUBNETS) {
            throw new DaxFault(ErrorCode.SUBNET_QUOTA_EXCEEDED,
                    "A subnet group has at most " + MAX_SUBNETS + " subnets; got " + distinct.size() + ".");
        }
        List<SubnetGroup.Subnet> subnets = new ArrayList<>();
        for (String id : distinct) {
            if (!SUBNET_ID.matcher(id).matches()) {
                throw new DaxFault(ErrorCode.INVALID_SUBNET, "The subnet id '" + id
                        + "' is not valid: expected subnet- followed by 8 to 17 hex digits.");
            }
            subnets.add(new SubnetGroup.Subnet(id, Ids.zone(region, subnets.size())));
        }
        return subnets;
    }

    static ObjectNode render(SubnetGroup group) {
        ObjectNode json = Json.object();
        json.put("SubnetGroupName", group.name());
        if (group.description() != null) {
            // A group created without a description has none on the wire (create-subnet-group example).
            json.put("Description", group.description());
        }
        json.put("VpcId", group.vpcId());
        ArrayNode subnets = json.putArray("Subnets");
        for (SubnetGroup.Subnet subnet : group.subnets()) {
            ObjectNode item = subnets.addObject();
            item.put("SubnetIdentifier", subnet.id());
            item.put("SubnetAvailabilityZone", subnet.availabilityZone());
            item.set("SupportedNetworkTypes", Json.strings(List.of("ipv4")));
        }
        json.set("SupportedNetworkTypes", Json.strings(List.of("ipv4")));
        return json;
    }

    static ObjectNode result(SubnetGroup group) {
        ObjectNode result = Json.object();
        result.set("SubnetGroup", render(group));
        return result;
    }
}
