import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Driver of bench/push-pop.sh (issue 15 §1): the time from POST /api/cti/calls (RINGING) to the screen pop in the
 * agent console, with N agent consoles open: 1 real headless Chromium (measured) and N-1 light consoles (a session
 * logged in through the login form, the console page loaded, and its push socket (/push/agentCalls) open with java.net.http.WebSocket;
 * on a message each does what the page does: the remote command's Faces Ajax POST). While the measured agent is rung
 * once per round, a background load rings the light consoles (each call RINGING, then ENDED after a while).
 *
 * Run with Selenium on the class path: java -cp CP bench/PushPop.java BASE CTI_KEY PREFIX PASSWORD AGENTS ROUNDS
 * LOAD_PER_S IDLE_S. Prints one JSON object.
 */
public class PushPop {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    static final Pattern SOCKET = Pattern.compile("data-path=\"(/[^\"]*/push/agentCalls)\"");
    static final Pattern COMMAND = Pattern.compile("cuffiaRefreshCall\\s*=\\s*function[^{]*\\{[^}]*?s:\"([^\"]+)\"[^}]*?f:\"([^\"]+)\"");
    static final int WARM_UP = 20;

    static String base;
    static String ctiKey;
    static final HttpClient pbx = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // the light consoles' HTTP clients would keep the JVM alive
        }
    }

    static void run(String[] args) throws Exception {
        base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        ctiKey = args[1];
        String prefix = args[2];
        String password = args[3];
        int agents = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        double loadPerSecond = Double.parseDouble(args[6]);
        int idleSeconds = Integer.parseInt(args[7]);

        // the N-1 light consoles
        List<LightConsole> lights = Collections.synchronizedList(new ArrayList<>());
        ExecutorService logins = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> opening = new ArrayList<>();
        for (int i = 2; i <= agents; i++) {
            String user = prefix + String.format("%03d", i);
            opening.add(CompletableFuture.runAsync(() -> {
                lights.add(new LightConsole(user, password));
                System.err.println(user + ": console open, push socket open");
            }, logins));
        }
        CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).join();
        logins.shutdown();

        // the measured console: a real headless Chromium
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000",
                "--lang=it-IT", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))).build();
        WebDriver driver = new ChromeDriver(service, options);
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            String measured = prefix + "001";
            driver.get(base + "login.xhtml");
            driver.findElement(By.id("login:username")).sendKeys(measured);
            driver.findElement(By.id("login:password")).sendKeys(password);
            driver.findElement(By.id("login:submit")).click();
            wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
            driver.get(base + "agent/index.xhtml");
            wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.cuffiaPushOpen === true && PrimeFaces.ajax.Queue.isEmpty();")));
            // the pop: the first DOM change after which the call panel shows the round's number (a MutationObserver,
            // on this machine's clock: performance.timeOrigin + performance.now(), epoch milliseconds)
            js.executeScript("window.benchPops = {}; window.benchWaiting = null;"
                    + "new MutationObserver(function () {"
                    + "  var t = performance.timeOrigin + performance.now(); var w = window.benchWaiting;"
                    + "  var call = document.getElementById('screenPop:call');"
                    + "  if (w && call && !window.benchPops[w] && call.textContent.replace(/\\s/g, '').indexOf(w) >= 0) {"
                    + "    window.benchPops[w] = t; if (window.benchResolve) { window.benchResolve(t); window.benchResolve = null; } }"
                    + "}).observe(document.body, {childList: true, subtree: true, characterData: true});");

            // idle: what an idle console sends over the window
            long before = requests(js);
            Thread.sleep(idleSeconds * 1000L);
            long idleRequests = requests(js) - before;
            out.put("idle_seconds", idleSeconds);
            out.put("idle_requests", idleRequests);
            out.put("idle_requests_per_min", round(idleRequests * 60.0 / idleSeconds, 2));

            // background load on the light consoles
            AtomicBoolean running = new AtomicBoolean(true);
            Thread load = loadThread(lights, loadPerSecond, running);
            load.start();

            List<double[]> samples = new ArrayList<>(); // pop ms, ws→xhr start ms (from POST), xhr round trip ms, dom after response ms
            Random random = new Random(42);
            int failed = 0;
            for (int round = 0; round < rounds + WARM_UP; round++) {
                String digits = "39347" + String.format("%07d", 1000000 + round);
                String callId = "bench-pop-" + System.nanoTime();
                js.executeScript("window.benchWaiting = arguments[0]; window.benchPop = new Promise(function (r) { window.benchResolve = r; });"
                        + "performance.clearResourceTimings();", digits);
                double t0 = epochMillis();
                HttpResponse<String> rang = cti("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\"+" + digits + "\",\"agent\":\"" + measured + "\"}");
                if (rang.statusCode() != 200) {
                    failed++;
                    continue;
                }
                Object pop = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "var timer = setTimeout(function () { done(null); }, 10000); window.benchPop.then(function (t) { clearTimeout(timer); done(t); });");
                if (pop == null) {
                    failed++;
                } else {
                    double popAt = ((Number) pop).doubleValue();
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> xhr = (List<Map<String, Object>>) js.executeScript("return performance.getEntriesByType('resource')"
                            + ".filter(function (e) { return e.initiatorType === 'xmlhttprequest'; })"
                            + ".map(function (e) { return {start: performance.timeOrigin + e.startTime, end: performance.timeOrigin + e.responseEnd}; });");
                    if (round >= WARM_UP && !xhr.isEmpty()) {
                        Map<String, Object> first = xhr.get(0);
                        double start = ((Number) first.get("start")).doubleValue();
                        double end = ((Number) first.get("end")).doubleValue();
                        samples.add(new double[] {popAt - t0, start - t0, end - start, popAt - end});
                    }
                }
                cti("{\"callId\":\"" + callId + "\",\"event\":\"ENDED\"}");
                wait.until(d -> !d.findElements(By.id("screenPop:number")).isEmpty() && Boolean.TRUE.equals(
                        js.executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
                Thread.sleep(300 + random.nextInt(400));
            }
            running.set(false);
            load.join();
            Thread.sleep(2000); // the last background calls' messages

            List<Double> pops = column(samples, 0);
            out.put("agents", agents);
            out.put("light_consoles", lights.size());
            out.put("rounds", samples.size());
            out.put("failed_rounds", failed);
            out.put("pop_p50_ms", percentile(pops, 50));
            out.put("pop_p90_ms", percentile(pops, 90));
            out.put("pop_p99_ms", percentile(pops, 99));
            out.put("pop_max_ms", percentile(pops, 100));
            out.put("post_to_request_p50_ms", percentile(column(samples, 1), 50));
            out.put("post_to_request_p99_ms", percentile(column(samples, 1), 99));
            out.put("request_p50_ms", percentile(column(samples, 2), 50));
            out.put("request_p99_ms", percentile(column(samples, 2), 99));
            out.put("dom_p50_ms", percentile(column(samples, 3), 50));
            out.put("dom_p99_ms", percentile(column(samples, 3), 99));
            // the old 2 s poll, computed: the pop waits for the next tick (uniform over 0–2000 ms, the poll's phase is
            // independent of the call) and then costs the same Ajax request and DOM update as the pushed one (the poll
            // ran the same listener, agentConsoleView.refresh, and redrew the same panel)
            List<Double> polled = new ArrayList<>();
            Random phase = new Random(7);
            for (double[] s : samples) {
                for (int k = 0; k < 200; k++) {
                    polled.add(phase.nextDouble() * 2000 + s[2] + s[3]);
                }
            }
            out.put("poll_p50_ms", percentile(polled, 50));
            out.put("poll_p99_ms", percentile(polled, 99));
            List<Double> ws = new ArrayList<>();
            List<Double> refresh = new ArrayList<>();
            int lightCalls = 0;
            int lightMissed = 0;
            for (LightConsole light : lights) {
                ws.addAll(light.arrivals);
                refresh.addAll(light.refreshes);
                lightCalls += light.rung.get();
                lightMissed += light.refreshErrors.get();
            }
            out.put("light_calls", lightCalls);
            out.put("light_messages", ws.size());
            out.put("light_refresh_errors", lightMissed);
            out.put("light_ws_p50_ms", percentile(ws, 50));
            out.put("light_ws_p99_ms", percentile(ws, 99));
            out.put("light_refresh_p50_ms", percentile(refresh, 50));
            out.put("light_refresh_p99_ms", percentile(refresh, 99));
            out.put("load_per_s", loadPerSecond);
        } finally {
            driver.quit();
            for (LightConsole light : lights) {
                light.close();
            }
        }
        out.put("driver_jvm_cpu_s", round(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9, 1));
        System.out.println(out.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}")));
        System.exit(0);
    }

    /** Rings a free light console now and then (about loadPerSecond calls a second in all), ends each after 1–3 s. */
    static Thread loadThread(List<LightConsole> lights, double perSecond, AtomicBoolean running) {
        return new Thread(() -> {
            Random random = new Random(1);
            ExecutorService posts = Executors.newFixedThreadPool(4);
            java.util.concurrent.ScheduledExecutorService enders = Executors.newSingleThreadScheduledExecutor();
            while (running.get() && perSecond > 0) {
                LightConsole light = lights.get(random.nextInt(lights.size()));
                if (light.busy.compareAndSet(false, true)) {
                    posts.submit(() -> light.ring(enders, 1000 + random.nextInt(2000)));
                }
                try {
                    Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * 1000 / perSecond));
                } catch (InterruptedException e) {
                    return;
                }
            }
            posts.shutdown();
            enders.shutdown();
            try {
                posts.awaitTermination(10, TimeUnit.SECONDS);
                enders.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** An agent console without a browser: the session, the console page, its push socket; refreshes on a message. */
    static final class LightConsole implements WebSocket.Listener {
        final String user;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        final List<Double> arrivals = Collections.synchronizedList(new ArrayList<>());
        final List<Double> refreshes = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger rung = new AtomicInteger();
        final AtomicInteger refreshErrors = new AtomicInteger();
        final AtomicBoolean busy = new AtomicBoolean();
        final Map<String, Long> posted = new ConcurrentHashMap<>();
        final StringBuilder text = new StringBuilder();
        final WebSocket socket;
        final String source;
        final String form;
        final String viewState;
        final String nonce;

        LightConsole(String user, String password) {
            this.user = user;
            HttpResponse<String> login = get("login.xhtml");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:username", user);
            fields.put("login:password", password);
            fields.put("login:submit", "");
            fields.put("jakarta.faces.ViewState", find(VIEW_STATE, login.body(), "view state of the login page"));
            login.headers().allValues("Content-Security-Policy").stream().map(NONCE::matcher).filter(Matcher::find).findFirst()
                    .ifPresent(m -> fields.put("primefaces.nonce", m.group(1)));
            HttpResponse<String> in = post("login.xhtml", fields, Map.of());
            if (in.statusCode() != 302) {
                throw new IllegalStateException(user + " could not log in: " + in.statusCode());
            }
            HttpResponse<String> page = get("agent/index.xhtml");
            if (page.statusCode() != 200) {
                throw new IllegalStateException(user + ": console page " + page.statusCode());
            }
            String html = page.body();
            viewState = find(VIEW_STATE, html, "view state of the console");
            Matcher command = COMMAND.matcher(html);
            if (!command.find()) {
                throw new IllegalStateException("no remote command cuffiaRefreshCall on the console page");
            }
            source = command.group(1);
            form = command.group(2);
            nonce = page.headers().allValues("Content-Security-Policy").stream().map(NONCE::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).findFirst().orElse(null);
            URI uri = URI.create(base);
            String found = find(SOCKET, html, "push socket of the console"); // the layout's <div class="cuffia-socket" data-path>
            String ws = (uri.getScheme().equals("https") ? "wss://" : "ws://") + uri.getAuthority() + found; // on the session's cookie
            try {
                socket = http.newWebSocketBuilder().header("Origin", uri.getScheme() + "://" + uri.getAuthority())
                        .buildAsync(URI.create(ws), this).join();
            } catch (RuntimeException e) {
                throw new IllegalStateException(user + ": the console's push socket " + ws + " did not open", e);
            }
        }

        void ring(java.util.concurrent.ScheduledExecutorService enders, long endAfterMs) {
            String digits = "39348" + String.format("%07d", (System.nanoTime() / 1000) % 10000000);
            String callId = "bench-load-" + user + "-" + System.nanoTime();
            posted.put(digits, System.nanoTime());
            HttpResponse<String> rang = cti("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\"+" + digits + "\",\"agent\":\"" + user + "\"}");
            if (rang.statusCode() != 200) {
                posted.remove(digits);
                busy.set(false);
                return;
            }
            rung.incrementAndGet();
            enders.schedule(() -> {
                cti("{\"callId\":\"" + callId + "\",\"event\":\"ENDED\"}");
                busy.set(false);
            }, endAfterMs, TimeUnit.MILLISECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                long at = System.nanoTime();
                String message = text.toString();
                text.setLength(0);
                if (System.getProperty("bench.debug") != null) {
                    System.err.println(user + " got " + message);
                }
                Matcher from = Pattern.compile("\"from\"\\s*:\\s*\"([^\"]+)\"").matcher(message); // as people read it: +39 348 …
                if (message.contains("RINGING") && from.find()) {
                    Long sent = posted.remove(from.group(1).replaceAll("[^0-9]", ""));
                    if (sent != null) {
                        arrivals.add((at - sent) / 1e6);
                    }
                }
                refresh();
            }
            webSocket.request(1);
            return null;
        }

        /** What cuffia-push.js does on a message: the remote command cuffiaRefreshCall (a Faces Ajax POST). */
        void refresh() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", source);
            fields.put("jakarta.faces.partial.execute", source);
            fields.put(source, source);
            fields.put(form, form);
            fields.put("jakarta.faces.ViewState", viewState);
            if (nonce != null) {
                fields.put("primefaces.nonce", nonce);
            }
            long start = System.nanoTime();
            http.sendAsync(request("agent/index.xhtml", fields, Map.of("Faces-Request", "partial/ajax")), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        if (error == null && response.statusCode() == 200 && response.body().contains("<partial-response")
                                && !response.body().contains("<error>")) {
                            refreshes.add((System.nanoTime() - start) / 1e6);
                        } else {
                            refreshErrors.incrementAndGet();
                        }
                    });
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "it").GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
            return send(request(path, fields, headers));
        }

        HttpRequest request(String path, Map<String, String> fields, Map<String, String> headers) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "it")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(builder::header);
            return builder.build();
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(user + ": " + request.uri(), e);
            }
        }
    }

    static HttpResponse<String> cti(String json) {
        try {
            return pbx.send(HttpRequest.newBuilder(URI.create(base + "api/cti/calls")).header("Content-Type", "application/json")
                    .header("X-Api-Key", ctiKey).POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("CTI event refused: " + json, e);
        }
    }

    static long requests(JavascriptExecutor js) {
        return ((Number) js.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'fetch'; }).length;")).longValue();
    }

    static double epochMillis() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
    }

    static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what);
        }
        return m.group(1);
    }

    static List<Double> column(List<double[]> rows, int i) {
        return rows.stream().map(r -> r[i]).collect(Collectors.toList());
    }

    /** Nearest-rank percentile, rounded to 0.1 ms; null without samples. */
    static Object percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return "null";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size()));
        return round(sorted.get(rank - 1), 1);
    }

    static String round(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
