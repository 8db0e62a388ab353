package org.daxkit.stubs.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The peers the benchmark knows, by the name {@code --only} takes, in the order they are measured. */
enum PeerKind {
    REFERENCE("reference"),
    WIREMOCK("wiremock"),
    MOTO("moto"),
    NOOP("noop");

    private final String label;

    PeerKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    Peer start(DaxWire wire) throws Exception {
        return switch (this) {
            case REFERENCE -> ReferencePeer.start(wire);
            case WIREMOCK -> WireMockPeer.start();
            case MOTO -> MotoPeer.start(wire);
            case NOOP -> NoOpPeer.start();
        };
    }

    static Optional<PeerKind> byLabel(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.label.equals(wanted)).findFirst();
    }

    static String labels() {
        return Arrays.stream(values()).map(PeerKind::label).collect(Collectors.joining(", "));
    }
}
