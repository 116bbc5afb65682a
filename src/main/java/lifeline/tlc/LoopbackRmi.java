package lifeline.tlc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * RMI's sockets in a JVM that runs TLC inside it ({@link TlcInThisJvm}). TLC's fingerprint set is a
 * remote object, so TLC starts RMI's listener, and a thread blocks in {@code accept()} for good;
 * HotSpot's exit waits 0.3 s for a thread in native code, so every such JVM (plain TLC's too) takes
 * 0.3 s to end. This factory binds the listener to the loopback address (TLC checks on one machine:
 * nothing from outside need reach it) and {@link #closeListeners()} closes it once TLC is done, which
 * ends that thread. RMI has one factory per JVM: where another is set already, it is left alone.
 */
final class LoopbackRmi extends RMISocketFactory {
    private static final LoopbackRmi FACTORY = new LoopbackRmi();
    private static boolean installed; // guarded by the class
    private final List<ServerSocket> listeners = new CopyOnWriteArrayList<>();

    private LoopbackRmi() {}

    /** Makes this RMI's factory, unless RMI has one already (then TLC's listener is as RMI makes it). */
    static synchronized void install() {
        if (installed || RMISocketFactory.getSocketFactory() != null) {
            return;
        }
        try {
            RMISocketFactory.setSocketFactory(FACTORY);
            installed = true;
        } catch (IOException | RuntimeException e) {
            // Set by someone else meanwhile.
        }
    }

    /**
     * Closes RMI's listeners: their thread ends, and this JVM exits without waiting for it. After this,
     * nothing in this JVM can be reached through RMI (the JVM runs no other TLC: it ends after its check).
     */
    static void closeListeners() {
        for (ServerSocket listener : FACTORY.listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // Closed already.
            }
        }
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket listener = new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
        listeners.add(listener);
        return listener;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return new Socket(host, port);
    }
}
