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
            "  --host H               address to bind (default 127.0.0.1)",
            "  --port N               port to bind, 0 for a free one (default 8700)",
            "  --create-duration D    creating -> available (default 2s)",
            "  --reboot-duration D    node rebooting -> available (default 2s)",
            "  --modify-duration D    cluster modifying -> available (default 2s)",
            "  --delete-duration D    deleting -> gone (default 2s)",
            "  --region R             region in ARNs and endpoints (default us-east-1)",
            "  --account-id N         12-digit account id in ARNs (default 123456789012)",
            "  --help                 print this text and exit",
            "",
            "Durations: 500ms, 2s, 1m, 1h or 0. Options take their value as the next argument or after '='.");

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
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                return new CliOptions(true, builder);
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
        return new CliOptions(false, builder);
    }
}
