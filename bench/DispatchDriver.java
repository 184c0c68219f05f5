import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of bench/dispatch.sh (issue 17): N agents, one platform thread each (Java 17 has no virtual
 * threads; a fixed pool of N), one keep-alive HTTP/1.1 connection each (java.net.http), taking, dialling and
 * closing leads through the REST API for a fixed time. It replaces the Python driver, whose 50 threads took
 * a good part of the 2 cores the server needs.
 *
 * <pre>java bench/DispatchDriver.java BASE_URL USER_PREFIX AGENTS WARMUP_S SECONDS OUT_JSON</pre>
 *
 * Each agent gets an API token once with its password (POST api/tokens, HTTP Basic), then sends only
 * "Authorization: Bearer …". A cycle is POST api/outbound/next (200 + lead, 204 = nothing to call), POST
 * …/leads/{id}/dial, POST …/leads/{id}/outcome {"outcome":"NOT_INTERESTED"}. Every answer other than the
 * expected one is an error (a 403 too, counted on its own; nothing is sent again). Requests and cycles that start
 * after the warm-up and end before the deadline are counted. The driver's own CPU time (user + system of
 * this JVM) over the measured window is reported beside the figures.
 *
 * <p>For bench/dispatch-failover.sh (issue 18), three optional system properties:
 * {@code -Dbench.requests=FILE} writes every request as a CSV line (agent, kind, lead, start and end in epoch
 * milliseconds, status, the instance that answered as nginx's route cookie CUFFIA_ROUTE names it, the agent's kind of
 * login, a note); {@code -Dbench.sessionAgents=N} lets the first N agents log in through the login form and work with
 * their web session (cookies JSESSIONID and CUFFIA_ROUTE) instead of a token: a session answer 401, a redirect or
 * the login page counts as a lost login, and the agent logs in again; {@code -Dbench.startedFile=FILE} receives the
 * epoch millisecond at which the measured window starts, when it is known (after the logins).
 */
public class DispatchDriver {

    static final String PASSWORD = "cuffia2026";
    static final String OUTCOME = "{\"outcome\":\"NOT_INTERESTED\"}";
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)"); // the lead's own id (JSON-B writes the keys in alphabetical order)

    static String base;
    static long start;
    static long end;
    static long startEpochMs;
    static long endEpochMs;
    static final String REQUESTS = System.getProperty("bench.requests", "");
    static final boolean recordRequests = !REQUESTS.isEmpty();

    static final class Agent implements Runnable {
        final String username;
        final HttpClient http;
        final CyclicBarrier ready;
        String token;
        final List<Long> cycles = new ArrayList<>();
        final List<Long> nexts = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<Long> closed = new ArrayList<>();
        long empty;
        long status403;
        long status401;
        long nextAnswered;
        long requests;
        long relogins;
        boolean loginFailed;
        /** Logs in through the login form and works with its session (cookies), else with an API token. */
        final boolean session;
        /** The session's cookies, as a browser keeps them. */
        final Map<String, String> cookies = new HashMap<>();
        /** Every request (-Dbench.requests): agent, kind, lead, start, end, status, instance, login, note. */
        final List<String> records = new ArrayList<>();

        Agent(String username, HttpClient http, CyclicBarrier ready, boolean session) {
            this.username = username;
            this.http = http;
            this.ready = ready;
            this.session = session;
        }

        HttpResponse<String> post(String path, String body, String authorization) throws Exception {
            return post(path.substring(path.lastIndexOf('/') + 1), path, body, authorization, 0L);
        }

        /** One request, recorded (kind: next, dial, outcome, token, login…; lead: 0 when none). */
        HttpResponse<String> post(String kind, String path, String body, String authorization, long lead) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (body == null) {
                request.POST(HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            return send(kind, request, lead);
        }

        HttpResponse<String> send(String kind, HttpRequest.Builder request, long lead) throws Exception {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
                request.header("Cookie", header.toString());
            }
            long t0 = System.currentTimeMillis();
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                record(kind, lead, t0, 0, "", e.toString());
                throw e;
            }
            // the instance that answered: nginx names it in CUFFIA_ROUTE when it is not the route the request sent
            String served = session ? cookies.getOrDefault("CUFFIA_ROUTE", "") : "";
            for (String header : response.headers().allValues("Set-Cookie")) {
                int equals = header.indexOf('=');
                String name = header.substring(0, Math.max(0, equals)).trim();
                String value = header.substring(equals + 1).split(";", 2)[0];
                if ("CUFFIA_ROUTE".equals(name)) {
                    served = value;
                }
                // a session keeps every cookie, as a browser does (JSESSIONID, Payara's JSESSIONIDVERSION of a
                // replicated session, CUFFIA_ROUTE); an empty value or Max-Age=0 deletes one
                if (session && !name.isEmpty()) {
                    if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
            if (response.statusCode() == 403) {
                status403++;
            }
            if (response.statusCode() == 401) {
                status401++;
            }
            record(kind, lead, t0, response.statusCode(), served, "");
            return response;
        }

        void record(String kind, long lead, long t0, int status, String served, String note) {
            if (recordRequests) {
                records.add(String.join(",", username, kind, Long.toString(lead), Long.toString(t0),
                        Long.toString(System.currentTimeMillis()), Integer.toString(status), served, session ? "session" : "token",
                        '"' + note.replace("\"", "'").replace("\n", " ") + '"'));
            }
        }

        /** The login form, as a browser fills it in: true when the answer is the redirect after a login. */
        boolean logIn() throws Exception {
            cookies.clear();
            HttpResponse<String> page = send("login-page", HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .timeout(Duration.ofSeconds(60)).GET(), 0L);
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
            Matcher nonce = Pattern.compile("nonce=\"([^\"]*)\"").matcher(page.body());
            if (page.statusCode() != 200 || !state.find()) {
                errors.add(username + " login page -> " + page.statusCode());
                return false;
            }
            String form = form("login", "login") + "&" + form("login:username", username) + "&" + form("login:password", PASSWORD)
                    + "&" + form("login:submit", "") + "&" + form("jakarta.faces.ViewState", state.group(1))
                    + "&" + form("primefaces.nonce", nonce.find() ? nonce.group(1) : "");
            HttpResponse<String> answer = send("login", HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), 0L);
            boolean in = answer.statusCode() / 100 == 3 && !answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
            if (!in) {
                errors.add(username + " login -> " + answer.statusCode() + " " + answer.headers().firstValue("Location").orElse(""));
            }
            return in;
        }

        static String form(String name, String value) {
            return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        /** A session's answer that says the session is gone: 401, a redirect (to the login page) or the login page. */
        boolean loginLost(HttpResponse<String> response) throws Exception {
            if (!session || !(response.statusCode() == 401 || response.statusCode() / 100 == 3
                    || (response.statusCode() == 200 && response.body().contains("login:username")))) {
                return false;
            }
            relogins++;
            errors.add(username + " lost its login: " + response.statusCode() + " on " + response.uri().getPath());
            while (!logIn()) {
                Thread.sleep(500);
                if (System.nanoTime() >= end) {
                    return true;
                }
            }
            return true;
        }

        void error(String what, HttpResponse<String> response) {
            String text = response.body();
            if (text.stripLeading().startsWith("<")) {
                int title = text.indexOf("<title>");
                text = "HTML " + (title >= 0 ? text.substring(title + 7, Math.max(title + 7, text.indexOf("</title>"))) : "");
            }
            errors.add(what + " -> " + response.statusCode() + " " + text.substring(0, Math.min(300, text.length())));
        }

        @Override
        public void run() {
            try {
                if (session) {
                    loginFailed = !logIn();
                    token = null;
                } else {
                String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                HttpResponse<String> issued = post("api/tokens",
                        "{\"name\":\"bench\",\"validThrough\":\"" + LocalDate.now().plusDays(7) + "\"}", basic);
                if (issued.statusCode() != 201) {
                    throw new IllegalStateException("token " + issued.statusCode() + " " + issued.body());
                }
                Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(issued.body());
                if (!token.find()) {
                    throw new IllegalStateException("no token in " + issued.body());
                }
                this.token = "Bearer " + token.group(1);
                }
            } catch (Exception e) {
                loginFailed = true;
                errors.add(username + " login: " + e);
            }
            try {
                ready.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (loginFailed) {
                return;
            }
            while (true) {
                long t0 = System.nanoTime();
                if (t0 >= end) {
                    break;
                }
                boolean measured = t0 >= start;
                try {
                    HttpResponse<String> next = post("next", "api/outbound/next", null, token, 0L);
                    long t1 = System.nanoTime();
                    if (loginLost(next)) {
                        continue;
                    }
                    boolean inWindow = measured && t1 <= end;
                    if (inWindow) {
                        requests++;
                    }
                    if (next.statusCode() == 204) {
                        if (inWindow) {
                            nextAnswered++;
                        }
                        empty++;
                        Thread.sleep(50);
                        continue;
                    }
                    if (next.statusCode() != 200) {
                        error("next", next);
                        Thread.sleep(50);
                        continue;
                    }
                    if (inWindow) {
                        nextAnswered++;
                        nexts.add(t1 - t0);
                    }
                    Matcher id = ID.matcher(next.body());
                    if (!id.find()) {
                        errors.add("next -> 200 without a lead id: " + next.body());
                        continue;
                    }
                    long lead = Long.parseLong(id.group(1));
                    if (recordRequests) {
                        records.set(records.size() - 1, records.get(records.size() - 1).replaceFirst(",next,0,", ",next," + lead + ","));
                    }
                    HttpResponse<String> dial = post("dial", "api/outbound/leads/" + lead + "/dial", null, token, lead);
                    if (loginLost(dial)) {
                        continue;
                    }
                    if (measured && System.nanoTime() <= end) {
                        requests++;
                    }
                    // 422 "already on a call": dialled before its outcome failed; that call goes on to its outcome
                    if (dial.statusCode() != 200 && dial.statusCode() != 422) {
                        error("dial " + lead, dial);
                        continue;
                    }
                    HttpResponse<String> outcome = post("outcome", "api/outbound/leads/" + lead + "/outcome", OUTCOME, token, lead);
                    long t2 = System.nanoTime();
                    if (loginLost(outcome)) {
                        continue;
                    }
                    if (measured && t2 <= end) {
                        requests++;
                    }
                    if (outcome.statusCode() != 200) {
                        error("outcome " + lead, outcome);
                        continue;
                    }
                    closed.add(lead);
                    if (measured && t2 <= end) {
                        cycles.add(t2 - t0);
                    }
                } catch (Exception e) {
                    errors.add("exception " + e);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    static double pct(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p / 100 * (sorted.size() - 1)))) / 1e6;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String prefix = args[1];
        int agents = Integer.parseInt(args[2]);
        double warmup = Double.parseDouble(args[3]);
        double seconds = Double.parseDouble(args[4]);
        Path out = Path.of(args[5]);
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        AtomicLong cpuAtStart = new AtomicLong();
        int sessionAgents = Integer.getInteger("bench.sessionAgents", 0);
        String startedFile = System.getProperty("bench.startedFile", "");
        CyclicBarrier ready = new CyclicBarrier(agents, () -> {
            long now = System.nanoTime();
            start = now + (long) (warmup * 1e9);
            end = start + (long) (seconds * 1e9);
            startEpochMs = System.currentTimeMillis() + (long) (warmup * 1e3);
            endEpochMs = startEpochMs + (long) (seconds * 1e3);
            if (!startedFile.isEmpty()) {
                try {
                    Files.writeString(Path.of(startedFile), startEpochMs + "\n");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        List<Agent> all = new ArrayList<>();
        // one client: its pool keeps one keep-alive connection per agent busy at a time (one selector thread)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        for (int n = 1; n <= agents; n++) {
            // a session's cookies are the agent's own: a client of its own (the token agents share one)
            boolean session = n <= sessionAgents;
            all.add(new Agent(String.format(Locale.ROOT, "%s%03d", prefix, n), session ? HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build() : http, ready, session));
        }
        all.forEach(pool::submit);
        // the CPU time of the measured window: sampled when the warm-up ends and when the run ends
        Thread sampler = new Thread(() -> {
            try {
                while (start == 0) {
                    Thread.sleep(10);
                }
                Thread.sleep(Math.max(0, (start - System.nanoTime()) / 1_000_000));
                cpuAtStart.set(cpuNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sampler.start();
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        sampler.join();
        double cpu = (cpuNanos() - cpuAtStart.get()) / 1e9;

        List<Long> cycles = new ArrayList<>();
        List<Long> nexts = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long empty = 0, s403 = 0, s401 = 0, relogins = 0, nextAnswered = 0, requests = 0, errorCount = 0, loginFailures = 0;
        List<String> records = new ArrayList<>();
        for (Agent a : all) {
            cycles.addAll(a.cycles);
            nexts.addAll(a.nexts);
            closed.addAll(a.closed);
            errors.addAll(a.errors.subList(0, Math.min(5, a.errors.size())));
            errorCount += a.errors.size();
            empty += a.empty;
            s403 += a.status403;
            s401 += a.status401;
            relogins += a.relogins;
            records.addAll(a.records);
            nextAnswered += a.nextAnswered;
            requests += a.requests;
            loginFailures += a.loginFailed ? 1 : 0;
        }
        long twice = closed.size() - new HashSet<>(closed).size();
        StringBuilder json = new StringBuilder("{\n");
        field(json, "agents", agents);
        field(json, "seconds", seconds);
        field(json, "warmup_seconds", warmup);
        field(json, "login_failures", loginFailures);
        field(json, "cycles", cycles.size());
        field(json, "leads_per_s", round1(cycles.size() / seconds));
        field(json, "next_per_s", round1(nextAnswered / seconds));
        field(json, "requests_per_s", round1(requests / seconds));
        field(json, "cycle_p50_ms", round1(pct(cycles, 50)));
        field(json, "cycle_p90_ms", round1(pct(cycles, 90)));
        field(json, "cycle_p99_ms", round1(pct(cycles, 99)));
        field(json, "next_p50_ms", round1(pct(nexts, 50)));
        field(json, "next_p90_ms", round1(pct(nexts, 90)));
        field(json, "next_p99_ms", round1(pct(nexts, 99)));
        field(json, "empty_204", empty);
        field(json, "errors", errorCount);
        field(json, "status_403", s403);
        field(json, "status_401", s401);
        field(json, "session_agents", sessionAgents);
        field(json, "relogins", relogins);
        field(json, "start_epoch_ms", startEpochMs);
        field(json, "end_epoch_ms", endEpochMs);
        field(json, "closed_total", closed.size());
        field(json, "closed_twice_client_side", twice);
        field(json, "driver_cpu_s", round1(cpu));
        json.append(" \"error_samples\": [");
        for (int i = 0; i < Math.min(20, errors.size()); i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(errors.get(i).replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", " ")).append('"');
        }
        json.append("]\n}\n");
        Files.writeString(out, json);
        if (recordRequests) {
            records.add(0, "agent,kind,lead,start_ms,end_ms,status,instance,login,note");
            Files.write(Path.of(REQUESTS), records);
        }
        System.out.print(json);
        System.exit(0);
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static void field(StringBuilder json, String name, Object value) {
        json.append(" \"").append(name).append("\": ").append(value).append(",\n");
    }
}
