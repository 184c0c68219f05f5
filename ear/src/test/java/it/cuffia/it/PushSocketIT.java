package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consoles' push sockets (issue 18: they replaced Faces' websocket, whose session state could not move to another
 * instance): a socket opens only for the roles of the pages that use its channel, and an agent's channel carries that
 * agent's calls only. The clients, teams and agents are the test's own (WallboardFixtures).
 */
@ExtendWith(ArquillianExtension.class)
class PushSocketIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    WallboardFixtures fixtures;

    @Test
    void aSocketOpensOnlyForItsRolesAndAnAgentHearsOnlyTheirOwnCalls() throws Exception {
        WallboardFixtures.Setup aurora = fixtures.create();
        WallboardFixtures.Setup other = fixtures.create();
        refused(new ConsoleClient(Demo.BASE_URL), "agentCalls", "nobody signed in");

        ConsoleClient agent = signedIn(aurora.agent());
        refused(agent, "supervisorBoard", "an agent");
        refused(agent, "wallboard", "an agent");
        refused(agent, "whatever", "an unknown channel");
        ConsoleClient admin = signedIn(Demo.ADMIN);
        refused(admin, "agentCalls", "an admin");

        Heard calls = new Heard();
        Heard otherCalls = new Heard();
        Heard wallboard = new Heard();
        Heard adminWallboard = new Heard();
        WebSocket[] open = {
            agent.socket("agentCalls", calls).get(20, TimeUnit.SECONDS),
            signedIn(other.agent()).socket("agentCalls", otherCalls).get(20, TimeUnit.SECONDS),
            signedIn(aurora.supervisor()).socket("wallboard", wallboard).get(20, TimeUnit.SECONDS),
            admin.socket("wallboard", adminWallboard).get(20, TimeUnit.SECONDS)};
        try {
            for (Heard heard : List.of(calls, otherCalls, wallboard, adminWallboard)) {
                heard.listening();
            }
            Cti pbx = Cti.forClient(aurora.clientId());
            String call = "socket-" + System.nanoTime();
            assertEquals(200, pbx.event("{\"callId\":\"" + call + "\",\"event\":\"RINGING\",\"from\":\"+390299887766\",\"agent\":\""
                    + aurora.agent() + "\"}").statusCode());
            assertEquals(200, pbx.event("{\"callId\":\"" + call + "\",\"event\":\"ENDED\"}").statusCode());

            calls.until(heard -> events(heard).contains("ENDED"));
            assertEquals(List.of("RINGING", "ENDED"), events(calls.messages), calls.messages.toString());
            JsonObject ringing = calls.messages.get(0).asJsonObject();
            assertEquals("+39 02 9988 7766", ringing.getString("from"), "the number as people read it");
            assertTrue(ringing.getString("client").startsWith("Wallboard "), ringing.toString());
            // both messages went out on the topic before the agent had the second one: another agent's would have come too
            assertEquals(List.of(), otherCalls.messages, "another agent hears nothing of this agent's calls");
            JsonValue auroraChanged = Json.createValue(String.valueOf(aurora.clientId()));
            wallboard.until(heard -> heard.contains(auroraChanged));
            adminWallboard.until(heard -> heard.contains(auroraChanged));
        } finally {
            for (WebSocket socket : open) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            }
        }
    }

    private static ConsoleClient signedIn(String username) {
        ConsoleClient client = new ConsoleClient(Demo.BASE_URL);
        Cti.settle(username); // a call an earlier test left in progress would hold the agent there at login
        client.login(username, Demo.PASSWORD);
        return client;
    }

    private static void refused(ConsoleClient client, String channel, String who) {
        ExecutionException refusal = assertThrows(ExecutionException.class, () -> client.socket(channel, new Heard()).get(20, TimeUnit.SECONDS),
                who + " may not open " + channel);
        assertTrue(refusal.getCause() instanceof java.net.http.WebSocketHandshakeException, refusal.toString());
    }

    private static List<String> events(List<JsonValue> messages) {
        return messages.stream().map(message -> message.asJsonObject().getString("event")).toList();
    }

    /** What a socket heard: each message as the page's script reads it (JSON). */
    static final class Heard implements WebSocket.Listener {

        private static final Duration PATIENCE = Duration.ofSeconds(20);

        final List<JsonValue> messages = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();

        private boolean listening;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonValue message = Json.createReader(new StringReader(partial.toString())).readValue();
                synchronized (this) {
                    if (listening) {
                        messages.add(message);
                    } else {
                        assertEquals(Json.createObjectBuilder().add("listening", true).build(), message, "a socket's first message");
                        listening = true;
                    }
                    notifyAll();
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        /** Waits for the server's first message: from then on it delivers to this socket. */
        synchronized void listening() throws InterruptedException {
            waitFor(() -> listening, () -> "the server did not say it listens");
        }

        /** Waits until what was heard satisfies the test (the server's own library has no Awaitility). */
        synchronized void until(Predicate<List<JsonValue>> heard) throws InterruptedException {
            waitFor(() -> heard.test(messages), () -> "not heard; heard: " + messages);
        }

        /** Called with this listener's lock held: each message heard wakes it (notifyAll). */
        private void waitFor(BooleanSupplier done, Supplier<String> failure) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(failure.get() + " within " + PATIENCE.toSeconds() + " s");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }
}
