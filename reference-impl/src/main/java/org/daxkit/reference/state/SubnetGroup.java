package org.daxkit.reference.state;

import java.util.List;

/** A subnet group: its subnets and the VPC they belong to. */
public final class SubnetGroup {
    public static final String DEFAULT_NAME = "default";

    /** One subnet and the Availability Zone it lives in. */
    public record Subnet(String id, String availabilityZone) {
    }

    private final String name;
    private final String vpcId;
    private String description;
    private List<Subnet> subnets;

    public SubnetGroup(String name, String description, String vpcId, List<Subnet> subnets) {
        this.name = name;
        this.description = description;
        this.vpcId = vpcId;
        this.subnets = List.copyOf(subnets);
    }

    /** The name as created: the create-subnet-group example shows daxSubnetGroup with its capitals. */
    public String name() {
        return name;
    }

    /** The lowercase name lookups use: subnet group names are case-insensitive. */
    public String key() {
        return Names.lower(name);
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String vpcId() {
        return vpcId;
    }

    public List<Subnet> subnets() {
        return subnets;
    }

    public void setSubnets(List<Subnet> subnets) {
        this.subnets = List.copyOf(subnets);
    }
}
