package org.daxkit.conformance.config;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Collects raw values, weakest source first so stronger ones overwrite: AWS_ENDPOINT_URL_DAX, DAX_CONFORMANCE_*
 * environment variables, dax.conformance.* system properties, CLI flags.
 */
final class ConfigSources {
    static final String SDK_ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_DAX";

    private ConfigSources() {
    }

    static Map<ConfigKey, RawValue> collect(String[] args, Map<String, String> env, Properties sysprops) {
        Map<ConfigKey, RawValue> raw = new EnumMap<>(ConfigKey.class);
        String sdkEndpoint = env.get(SDK_ENDPOINT_VARIABLE);
        if (sdkEndpoint != null && !sdkEndpoint.isBlank()) {
            raw.put(ConfigKey.ENDPOINT_URL, new RawValue(SDK_ENDPOINT_VARIABLE, sdkEndpoint));
        }
        for (ConfigKey key : ConfigKey.values()) {
            String value = env.get(key.environmentVariable());
            if (value != null) {
                raw.put(key, new RawValue(key.environmentVariable(), value));
            }
        }
        for (ConfigKey key : ConfigKey.values()) {
            String value = sysprops.getProperty(key.property());
            if (value != null) {
                raw.put(key, new RawValue(key.property(), value));
            }
        }
        readFlags(args, raw);
        return raw;
    }

    private static void readFlags(String[] args, Map<ConfigKey, RawValue> raw) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("-h")) {
                name = ConfigKey.HELP.flag();
            }
            ConfigKey key = ConfigKey.forFlag(name);
            if (key == null) {
                throw new ConfigException("unknown argument '" + arg + "' (see --help)");
            }
            if (!key.takesValue()) {
                raw.put(key, new RawValue(name, "true"));
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new ConfigException(name + " needs a value (" + key.valueName() + ")");
                }
                value = args[++i];
            }
            raw.put(key, new RawValue(name, value));
        }
    }
}
