import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Driver of bench/failover.sh's push part (issue 18 §4): the agent console's push socket on a deployment group. Opens
 * the socket /push/agentCalls through nginx on the console session's cookies (so on the instance of its route), then:
 * 1. rings the agent through the OTHER instance (its own HTTP port, not nginx): the message must reach the socket held
 * by the first one (the data grid's topic); 2. waits for the socket to close when failover.sh kills its instance, and
 * opens it again through nginx as the page's script does (at once, then after 0.5 s, 1 s, …), timing how long the
 * console was without push (until the server's first message on the new socket: it listens); 3. rings through nginx: the message must reach the socket on the survivor.
 *
 * java bench/PushFailover.java NGINX_BASE OTHER_BASE COOKIE_HEADER CTI_KEY AGENT SECONDS_TO_WAIT_FOR_THE_KILL
 * Prints "ready" once the first part is done, then one JSON object.
 */
public class PushFailover {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
    static final CompletableFuture<Long> closedAt = new CompletableFuture<>();

    public static void main(String[] args) throws Exception {
        String nginx = args[0], other = args[1], cookies = args[2], ctiKey = args[3], agent = args[4];
        long waitForKill = Long.parseLong(args[5]);
        List<String> notes = new ArrayList<>();

        WebSocket socket = open(nginx, cookies).join();
        listening(notes);
        long t = System.nanoTime();
        String call = "failover-push-" + System.nanoTime();
        int rang = ring(other, ctiKey, call, "RINGING", agent);
        String message = heard.poll(15, TimeUnit.SECONDS);
        double acrossMs = (System.nanoTime() - t) / 1e6;
        boolean across = message != null && message.contains("RINGING");
        ring(other, ctiKey, call, "ENDED", agent);
        heard.poll(15, TimeUnit.SECONDS); // the ENDED
        if (rang != 200) {
            notes.add("the ring through the other instance answered " + rang);
        }
        System.out.println("ready"); // failover.sh kills the instance after this line
        System.out.flush();

        // the kill: failover.sh's own clock; the socket's end is ours
        Long closed = null;
        try {
            closed = closedAt.get(waitForKill, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            notes.add("the socket did not close within " + waitForKill + " s");
        }
        int attempts = 0;
        double withoutPushMs = -1;
        WebSocket again = null;
        if (closed != null) {
            int failures = 0;
            while (again == null && failures <= 25) {
                attempts++;
                try {
                    again = open(nginx, cookies).get(35, TimeUnit.SECONDS);
                } catch (Exception refused) {
                    failures++;
                    notes.add("attempt " + attempts + ": " + refused.getCause());
                    Thread.sleep(Math.min(500L * failures, 10_000L));
                }
            }
            if (again != null) {
                listening(notes);
            }
            withoutPushMs = again == null ? -1 : (System.nanoTime() - closed) / 1e6;
        }
        boolean after = false;
        double afterMs = -1;
        if (again != null) {
            String second = "failover-push-" + System.nanoTime();
            long t2 = System.nanoTime();
            int status = ring(nginx, ctiKey, second, "RINGING", agent);
            String m2 = heard.poll(15, TimeUnit.SECONDS);
            afterMs = (System.nanoTime() - t2) / 1e6;
            after = m2 != null && m2.contains("RINGING");
            ring(nginx, ctiKey, second, "ENDED", agent);
            if (status != 200) {
                notes.add("the ring after the kill answered " + status);
            }
            again.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } else if (socket != null) {
            socket.abort();
        }
        System.out.printf(Locale.ROOT, "{\"across_instances\": %s, \"across_ms\": %.1f, \"socket_closed\": %s, \"reopen_attempts\": %d, "
                        + "\"without_push_ms\": %.1f, \"after_failover\": %s, \"after_ms\": %.1f, \"notes\": %s}%n",
                across, acrossMs, closed != null, attempts, withoutPushMs, after, afterMs, json(notes));
    }

    /** A socket's first message says the server listens for it (ConsoleSockets): only then is a ring sure to reach it. */
    static void listening(List<String> notes) throws InterruptedException {
        String first = heard.poll(15, TimeUnit.SECONDS);
        if (first == null || !first.contains("listening")) {
            notes.add("the socket's first message was " + first);
        }
    }

    static CompletableFuture<WebSocket> open(String base, String cookies) {
        URI uri = URI.create(base.replaceFirst("^http", "ws") + "/push/agentCalls");
        return HTTP.newWebSocketBuilder().header("Cookie", cookies).buildAsync(uri, new WebSocket.Listener() {
            final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    heard.add(partial.toString());
                    partial.setLength(0);
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
                closedAt.complete(System.nanoTime());
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                closedAt.complete(System.nanoTime());
            }
        });
    }

    static int ring(String base, String key, String callId, String event, String agent) throws Exception {
        String body = event.equals("RINGING")
                ? "{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\"+390299887766\",\"agent\":\"" + agent + "\"}"
                : "{\"callId\":\"" + callId + "\",\"event\":\"" + event + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/cti/calls")).header("Content-Type", "application/json")
                .header("X-Api-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode();
    }

    static String json(List<String> notes) {
        StringBuilder out = new StringBuilder("[");
        for (String note : notes) {
            out.append(out.length() > 1 ? ", " : "").append('"').append(note.replace("\\", "\\\\").replace("\"", "'")).append('"');
        }
        return out.append(']').toString();
    }
}
