package org.daxkit.reference.cli;

import java.util.Set;
import org.daxkit.reference.ReferenceServerBuilder;

/** Applies one option's value to the builder, naming the option in every error. */
final class OptionSetter {
    private static final Set<String> FLAGS = Set.of("--host", "--port", "--create-duration", "--reboot-duration",
            "--modify-duration", "--delete-duration", "--region", "--account-id", "--require-auth");
    /** Options without a value. */
    private static final Set<String> SWITCHES = Set.of("--control-api", "--no-control-api");

    private OptionSetter() {
    }

    static boolean knows(String flag) {
        return FLAGS.contains(flag);
    }

    static boolean isSwitch(String flag) {
        return SWITCHES.contains(flag);
    }

    static void apply(ReferenceServerBuilder builder, String flag, String value) throws UsageException {
        switch (flag) {
            case "--host" -> builder.host(nonEmpty(flag, value));
            case "--port" -> builder.port(port(value));
            case "--create-duration" -> builder.createDuration(DurationArgument.parse(flag, value));
            case "--reboot-duration" -> builder.rebootDuration(DurationArgument.parse(flag, value));
            case "--modify-duration" -> builder.modifyDuration(DurationArgument.parse(flag, value));
            case "--delete-duration" -> builder.deleteDuration(DurationArgument.parse(flag, value));
            case "--region" -> builder.region(region(value));
            case "--account-id" -> builder.accountId(accountId(value));
            case "--require-auth" -> requireAuth(builder, value);
            default -> throw new UsageException("Unknown option: " + flag);
        }
    }

    /** ACCESS_KEY:SECRET_KEY, split at the first colon (access key ids have none). */
    private static void requireAuth(ReferenceServerBuilder builder, String value) throws UsageException {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new UsageException("Invalid value for --require-auth: expected ACCESS_KEY:SECRET_KEY, both non-empty");
        }
        try {
            builder.requireAuth(value.substring(0, colon), value.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid value for --require-auth: " + e.getMessage());
        }
    }

    private static String nonEmpty(String flag, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("Invalid value for " + flag + ": it must not be empty");
        }
        return value;
    }

    private static int port(String value) throws UsageException {
        if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) > 65535) {
            throw new UsageException("Invalid value for --port: '" + value + "' (expected 0-65535)");
        }
        return Integer.parseInt(value);
    }

    private static String region(String value) throws UsageException {
        if (!value.matches("[a-z]{2}(-[a-z]+)+-[0-9]")) {
            throw new UsageException("Invalid value for --region: '" + value + "' (expected a region such as us-east-1)");
        }
        return value;
    }

    private static String accountId(String value) throws UsageException {
        if (!value.matches("[0-9]{12}")) {
            throw new UsageException("Invalid value for --account-id: '" + value + "' (expected 12 digits)");
        }
        return value;
    }
}
