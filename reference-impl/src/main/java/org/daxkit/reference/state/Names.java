package org.daxkit.reference.state;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DAX naming rules. Names of clusters and parameter groups are stored lowercase; subnet groups keep the
 * case they were created with. Lookups of all three ignore case.
 */
public final class Names {
    private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,19}");
    private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,254}");
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private Names() {
    }

    public static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** 1-20 letters, digits or hyphens; first a letter; no trailing hyphen; no two hyphens in a row. */
    public static boolean isValidClusterName(String name) {
        return CLUSTER_NAME.matcher(name).matches() && hyphensWellPlaced(name);
    }

    /** The same rules for parameter and subnet group names, up to 255 characters. */
    public static boolean isValidGroupName(String name) {
        return GROUP_NAME.matcher(name).matches() && hyphensWellPlaced(name);
    }

    /** 1-64 letters, digits or hyphens: the shape of every node id DAX hands out. */
    public static boolean isValidNodeId(String nodeId) {
        return NODE_ID.matcher(nodeId).matches();
    }

    private static boolean hyphensWellPlaced(String name) {
        return !name.endsWith("-") && !name.contains("--");
    }
}
