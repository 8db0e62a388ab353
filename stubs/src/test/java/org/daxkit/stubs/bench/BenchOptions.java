package org.daxkit.stubs.bench;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** The benchmark's flags, parsed and range-checked. */
record BenchOptions(Duration measure, int rounds, Duration warmUp, int concurrency, Set<PeerKind> peers,
                    long maxRequests, boolean help) {

    static final String USAGE = """
            Usage: PeerBenchmark [--seconds N] [--rounds R] [--warmup-seconds N] [--concurrency C]
                                 [--only PEER[,PEER...]] [--max-requests N] [--help]
              --seconds N          measured seconds per peer and call, over all rounds (1-600, default 6)
              --rounds R           rounds the measured time is split into, peers taking turns (1-20, default 3)
              --warmup-seconds N   warm-up seconds per peer and call, before the rounds, not measured
                                   (0-600, default 3)
              --concurrency C      client threads, each with one request in flight (1-256, default 4)
              --only PEERS         measure only these peers, in this order (comma-separated): %s
                                   (default: all, in that order)
              --max-requests N     cap on the requests of one run (warm-up or round) of a peer and call
                                   (1000-100000000, default 5000000)
            """.formatted(PeerKind.labels());

    static BenchOptions parse(String... args) throws UsageException {
        long seconds = 6;
        int rounds = 3;
        long warmUpSeconds = 3;
        int concurrency = 4;
        long maxRequests = 5_000_000;
        Set<PeerKind> peers = EnumSet.allOf(PeerKind.class);
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean inline = arg.contains("=");
            String flag = inline ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (flag) {
                case "--help", "-h" -> help = true;
                case "--seconds" -> seconds = number(flag, value(args, i, arg), 1, 600);
                case "--rounds" -> rounds = (int) number(flag, value(args, i, arg), 1, 20);
                case "--warmup-seconds" -> warmUpSeconds = number(flag, value(args, i, arg), 0, 600);
                case "--concurrency" -> concurrency = (int) number(flag, value(args, i, arg), 1, 256);
                case "--max-requests" -> maxRequests = number(flag, value(args, i, arg), 1000, 100_000_000);
                case "--only" -> peers = peers(value(args, i, arg));
                default -> throw new UsageException("Unknown flag: " + arg);
            }
            boolean takesValue = !flag.equals("--help") && !flag.equals("-h");
            if (takesValue && !inline) {
                i++;
            }
        }
        return new BenchOptions(Duration.ofSeconds(seconds), rounds, Duration.ofSeconds(warmUpSeconds),
                concurrency, peers, maxRequests, help);
    }

    /** The flag's value: after '=' or the next argument. */
    private static String value(String[] args, int i, String arg) throws UsageException {
        if (arg.contains("=")) {
            return arg.substring(arg.indexOf('=') + 1);
        }
        if (i + 1 >= args.length) {
            throw new UsageException(arg + " needs a value");
        }
        return args[i + 1];
    }

    private static long number(String flag, String text, long min, long max) throws UsageException {
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " takes a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new UsageException(flag + " must be " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    /** In the order given: that is the order they take turns in. */
    private static Set<PeerKind> peers(String list) throws UsageException {
        Set<PeerKind> peers = new LinkedHashSet<>();
        for (String label : list.split(",")) {
            peers.add(PeerKind.byLabel(label).orElseThrow(() -> new UsageException(
                    "--only takes " + PeerKind.labels() + "; got '" + label.trim() + "'")));
        }
        return peers;
    }
}
