package it.cuffia.web.push;

import com.hazelcast.topic.ITopic;
import it.cuffia.web.grid.DataGrid;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletContext;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The push sockets open on this server, and the way a message reaches them on every server of a deployment group:
 * a message is published on a topic of Payara's data grid (Hazelcast, at {@code payara/Hazelcast}) and each server
 * delivers it to the sockets it holds, so a screen pop reaches the agent whichever instance holds the socket. The
 * sending server delivers to its own sockets directly; a server without the data grid ({@link DataGrid}) has only
 * those.
 *
 * <p>A lost message costs a stale panel, never wrong data: the pages fetch what changed with an ordinary request,
 * and fetch again whenever their socket opens (again).
 */
@ApplicationScoped
public class ConsoleSockets {

    private static final String TOPIC = "cuffia-console-push";
    private static final String AUDIENCE = "cuffia.push.audience";
    private static final Jsonb JSON = JsonbBuilder.create();
    /** A socket's first message: the server listens for it from now on. */
    static final String LISTENING = "{\"listening\":true}";

    /** Sockets by audience: a channel's path, or path/user for a channel per user. */
    private final Map<String, Set<Session>> audiences = new ConcurrentHashMap<>();
    private ITopic<String> topic;
    private UUID listener;

    @Inject
    private DataGrid grid;

    /**
     * Joins when the web module starts, in its thread. Joined lazily instead, the first message to send (a timer's,
     * with no screen open yet) created this bean on the timer's thread; a WELD-000049 warning of a timer's push is
     * likely that (not reproduced).
     */
    void joinTheGroup(@Observes @Initialized(ApplicationScoped.class) ServletContext webModule) {
        grid.instance().ifPresent(hazelcast -> {
            topic = hazelcast.getTopic(TOPIC);
            listener = topic.addMessageListener(message -> {
                if (!message.getPublishingMember().localMember()) { // this server's own were delivered when sent
                    deliver(PushMessage.read(message.getMessageObject()));
                }
            });
        });
    }

    @PreDestroy
    void leaveTheGroup() {
        if (topic != null) {
            topic.removeMessageListener(listener);
        }
    }

    /**
     * Tells the screens listening on the channel (for a channel per user, that user's screens): this server's at once,
     * the other servers' through the topic. This server's screens never wait for the grid, which may be busy taking a
     * dead member out just when its consoles have come over here.
     */
    public void send(PushChannel channel, String user, Object payload) {
        PushMessage message = new PushMessage(audience(channel, user), JSON.toJson(payload));
        deliver(message);
        if (topic != null) {
            topic.publish(message.write());
        }
    }

    /** Tells every screen listening on a channel that is not per user. */
    public void send(PushChannel channel, Object payload) {
        send(channel, null, payload);
    }

    /**
     * Listens for the socket's audience, then tells the browser so: its first message. The browser's own "open" comes
     * with the handshake, before this (on a cold instance, by a good part of a second), and a page that fetched what
     * it missed then could miss a message sent in between; it fetches on this one instead.
     */
    void opened(PushChannel channel, Session session) {
        String audience = audience(channel, channel.perUser() ? session.getUserPrincipal().getName() : null);
        session.getUserProperties().put(AUDIENCE, audience);
        synchronized (session) { // before any message delivered to it
            audiences.compute(audience, (key, sessions) -> { // atomic with a closing socket's removal of the last one
                Set<Session> listening = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
                listening.add(session);
                return listening;
            });
            session.getAsyncRemote().sendText(LISTENING);
        }
    }

    void closed(Session session) {
        Object audience = session.getUserProperties().get(AUDIENCE);
        if (audience != null) {
            audiences.computeIfPresent((String) audience, (key, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    private void deliver(PushMessage message) {
        Set<Session> listening = audiences.get(message.audience());
        if (listening == null) {
            return;
        }
        for (Session session : listening) {
            synchronized (session) { // one frame at a time per socket
                try {
                    session.getAsyncRemote().sendText(message.json());
                } catch (IllegalStateException closing) { // the browser went away meanwhile: its socket is done
                    closed(session);
                }
            }
        }
    }

    private static String audience(PushChannel channel, String user) {
        return user == null ? channel.path() : channel.path() + "/" + user;
    }
}
