package org.daxkit.reference.cli;

import java.time.Duration;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reference.ReferenceServerBuilder;

/** The parsed command line: a configured builder, or a request for help. */
final class CliOptions {
    static final int DEFAULT_PORT = 8700;
    static final Duration DEFAULT_DURATION = Duration.ofSeconds(2);

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar dax-reference-impl.jar [options]",
            "",
            "Runs the reference DAX control plane (AWS JSON 1.1) until stopped with Ctrl-C or SIGTERM.",
            "",
            "Options:",
            "  --host H               address to bind (default 127.0.0.1). Any other than loopback exposes the",
            "                         server to the network: it prints a WARNING and turns the control API off",
            "  --port N               port to bind, 0 for a free one (default 8700)",
            "  --create-duration D    creating -> available (default 2s)",
            "  --reboot-duration D    node rebooting -> available (default 2s)",
            "  --modify-duration D    cluster modifying -> available (default 2s)",
            "  --delete-duration D    deleting -> gone (default 2s)",
            "  --region R             region in ARNs and endpoints (default us-east-1)",
            "  --account-id N         12-digit account id in ARNs (default 123456789012)",
            "  --require-auth AK:SK   every DAX API call must carry a valid AWS SigV4 signature made with access",
            "                         key AK and secret SK (service dax, the --region); else 403 (default: off)",
            "  --control-api          serve the control API /_control (loopback clients only) even when --host",
            "                         is not loopback (default: on for a loopback host, off otherwise)",
            "  --no-control-api       do not serve /_control at all (its paths answer 404 like any unknown path)",
            "  --help                 print this text and exit",
            "",
            "Durations: 500ms, 2s, 1m, 1h or 0. Options take their value as the next argument or after '=';",
            "--control-api and --no-control-api take none.");

    final boolean help;
    final ReferenceServerBuilder builder;

    private CliOptions(boolean help, ReferenceServerBuilder builder) {
        this.help = help;
        this.builder = builder;
    }

    static CliOptions parse(String[] args) throws UsageException {
        ReferenceServerBuilder builder = ReferenceServer.builder().port(DEFAULT_PORT)
                .createDuration(DEFAULT_DURATION).rebootDuration(DEFAULT_DURATION)
                .modifyDuration(DEFAULT_DURATION).deleteDuration(DEFAULT_DURATION);
        Boolean controlApi = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                return new CliOptions(true, builder);
            }
            if (OptionSetter.isSwitch(arg) || OptionSetter.isSwitch(arg.split("=", 2)[0])) {
                controlApi = controlApiSwitch(arg, controlApi);
                continue;
            }
            String flag = arg;
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                flag = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else {
                if (!OptionSetter.knows(flag)) {
                    throw new UsageException("Unknown option: " + arg);
                }
                if (i + 1 >= args.length) {
                    throw new UsageException("Option " + flag + " needs a value");
                }
                value = args[++i];
            }
            OptionSetter.apply(builder, flag, value);
        }
        if (controlApi != null) {
            builder.controlApi(controlApi);
        }
        return new CliOptions(false, builder);
    }

    /** --control-api / --no-control-api: no value, and not both. */
    private static Boolean controlApiSwitch(String arg, Boolean before) throws UsageException {
        if (arg.contains("=")) {
            throw new UsageException("Option " + arg.substring(0, arg.indexOf('=')) + " takes no value");
        }
        boolean enabled = "--control-api".equals(arg);
        if (before != null && before != enabled) {
            throw new UsageException("Options --control-api and --no-control-api contradict each other; give one");
        }
        return enabled;
    }
}
