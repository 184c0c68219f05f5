package it.cuffia.web.push;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A console's push socket, {@code /push/{channel}}: the server only speaks on it. Who may open which channel is said
 * once, in web.xml's security constraints (the handshake is an ordinary request of the signed-in session); a channel
 * per user hears only its own messages, by the handshake's caller.
 *
 * <p>Why not Faces' {@code <f:websocket>}: it keeps a session-scoped Mojarra bean in the web session holding CDI
 * proxies whose identifiers differ from one Payara JVM to the next (the bean archive Payara makes for Mojarra's
 * classes is named after whichever of its CDI extensions Weld deploys first); on a deployment group the other
 * instance then cannot read the session (WELD-001500) and the agent's console dies with its instance (issue 18).
 * This socket keeps nothing in the web session.
 */
@ServerEndpoint("/push/{channel}")
public class ConsoleSocket {

    private static final Logger LOG = Logger.getLogger(ConsoleSocket.class.getName());

    @Inject
    private ConsoleSockets sockets;

    @OnOpen
    public void open(Session session, @PathParam("channel") String channel) throws IOException {
        PushChannel known = PushChannel.named(channel).orElse(null);
        if (known == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unknown channel"));
            return;
        }
        if (known.perUser() && session.getUserPrincipal() == null) {
            // web.xml lets no anonymous caller this far; a per-user channel without a user would have no audience
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no caller for a personal channel"));
            return;
        }
        sockets.opened(known, session);
    }

    @OnClose
    public void close(Session session) {
        sockets.closed(session);
    }

    /** A browser that went away mid-message (a closed tab, a dead network): the socket is done, nothing else is. */
    @OnError
    public void failed(Session session, Throwable error) {
        LOG.log(Level.FINE, "push socket failed", error);
        sockets.closed(session);
    }
}
