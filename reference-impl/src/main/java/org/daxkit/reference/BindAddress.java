package org.daxkit.reference;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether a host to bind is a loopback address, so only this machine can connect. */
final class BindAddress {
    private BindAddress() {
    }

    /** A host that does not resolve counts as exposed: the safe side (and binding it fails anyway). */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
