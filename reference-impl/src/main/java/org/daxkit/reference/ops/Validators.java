package org.daxkit.reference.ops;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Names;

/** Validations shared by several operations; each failure is InvalidParameterValueException. */
final class Validators {
    private static final Pattern SECURITY_GROUP = Pattern.compile("sg-[0-9a-f]{8,17}");
    private static final String DAY = "(sun|mon|tue|wed|thu|fri|sat)";
    private static final Pattern WINDOW = Pattern.compile(
            DAY + ":([01][0-9]|2[0-3]):([0-5][0-9])-" + DAY + ":([01][0-9]|2[0-3]):([0-5][0-9])");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    private static final int MINUTES_PER_WEEK = 7 * 24 * 60;

    private Validators() {
    }

    /** A required cluster name that must follow the DAX naming rules; returned lowercase. */
    static String newClusterName(Input input, String member) {
        return Names.lower(clusterName(input, member));
    }

    /**
     * A required cluster name: missing, blank or breaking the DAX naming rules is
     * InvalidParameterValueException in every operation that takes one, as in RebootNode.
     */
    static String clusterName(Input input, String member) {
        String name = input.requiredString(member);
        wellFormedClusterName(member, name);
        return name;
    }

    static void wellFormedClusterName(String member, String name) {
        if (!Names.isValidClusterName(name)) {
            throw DaxFault.invalidParameter("The parameter " + member + " is not a valid cluster name: '" + name
                    + "'. A name has 1-20 letters, digits or hyphens, starts with a letter, and neither ends"
                    + " with a hyphen nor contains two consecutive hyphens.");
        }
    }

    /** A required group name (parameter or subnet group) following the naming rules; returned lowercase. */
    static String newGroupName(Input input, String member) {
        return Names.lower(newGroupNameAsGiven(input, member));
    }

    /** A required group name following the naming rules, in the case it was given. */
    static String newGroupNameAsGiven(Input input, String member) {
        String name = input.requiredString(member);
        if (!Names.isValidGroupName(name)) {
            throw DaxFault.invalidParameter("The parameter " + member + " is not a valid name: '" + name
                    + "'. A name has 1-255 letters, digits or hyphens, starts with a letter, and neither ends"
                    + " with a hyphen nor contains two consecutive hyphens.");
        }
        return name;
    }

    static void matches(String member, String value, Pattern pattern, String expected) {
        if (!pattern.matcher(value).matches()) {
            throw DaxFault.invalidParameter("The parameter " + member + " has an invalid value '" + value
                    + "': expected " + expected + ".");
        }
    }

    static List<String> securityGroupIds(List<String> ids) {
        for (String id : ids) {
            matches("SecurityGroupIds", id, SECURITY_GROUP, "a security group id such as sg-0123abcd");
        }
        return ids;
    }

    /** ddd:hh24:mi-ddd:hh24:mi, at least 60 minutes long; returned lowercase. */
    static String maintenanceWindow(String window) {
        String lower = window.toLowerCase(Locale.ROOT);
        var matcher = WINDOW.matcher(lower);
        if (!matcher.matches()) {
            throw DaxFault.invalidParameter("The parameter PreferredMaintenanceWindow has an invalid value '"
                    + window + "': expected ddd:hh24:mi-ddd:hh24:mi, for example sun:05:00-sun:06:00.");
        }
        int start = minuteOfWeek(matcher.group(1), matcher.group(2), matcher.group(3));
        int end = minuteOfWeek(matcher.group(4), matcher.group(5), matcher.group(6));
        if (Math.floorMod(end - start, MINUTES_PER_WEEK) < 60) {
            throw DaxFault.invalidParameter("The parameter PreferredMaintenanceWindow '" + window
                    + "' is shorter than the minimum of 60 minutes.");
        }
        return lower;
    }

    private static int minuteOfWeek(String day, String hour, String minute) {
        return DAYS.indexOf(day) * 24 * 60 + Integer.parseInt(hour) * 60 + Integer.parseInt(minute);
    }

    /** MaxResults, when given, must be 20..100 (as the API reference says); default 100. */
    static int maxResults(Input input) {
        int max = input.integer("MaxResults").orElse(100);
        if (max < 20 || max > 100) {
            throw DaxFault.invalidParameter("The parameter MaxResults must be between 20 and 100, got " + max + ".");
        }
        return max;
    }
}
