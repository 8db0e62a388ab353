package org.daxkit.stubs.bench;

import java.io.IOException;
import java.net.URI;

/** moto_server (moto 5.x): DAX DescribeClusters after a CreateCluster; moto has no RebootNode. */
final class MotoPeer implements Peer {
    private final MotoProcess moto;

    private MotoPeer(MotoProcess moto) {
        this.moto = moto;
    }

    static MotoPeer start(DaxWire wire) throws IOException, InterruptedException {
        MotoProcess moto = MotoProcess.start(wire);
        try {
            ClusterSetup.createCluster(wire, moto.endpoint());
            ClusterSetup.awaitAvailable(wire, moto.endpoint(), 20);
            return new MotoPeer(moto);
        } catch (IOException | InterruptedException | RuntimeException e) {
            String log = moto.logTail();
            moto.close();
            throw new IOException(e.getMessage() + "\nmoto_server log:\n" + log, e);
        }
    }

    @Override
    public URI endpoint() {
        return moto.endpoint();
    }

    @Override
    public String describe() {
        return endpoint() + " (" + MotoProcess.COMMAND + ", pid " + moto.pid() + ")";
    }

    @Override
    public boolean implementsCall(BenchCall call) {
        return call != BenchCall.REBOOT_NODE;
    }

    @Override
    public void close() {
        moto.close();
    }
}
