package it.cuffia.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person's browser session without the browser: logs in through the login form, keeps cookies. */
final class ConsoleClient {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    ConsoleClient(String base) {
        this.base = base;
    }

    /** Logs in with the form; returns the page the server sends the person to. */
    String login(String username, String password) {
        HttpResponse<String> response = postLogin(username, password, null);
        return response.statusCode() == 302 ? response.headers().firstValue("Location").orElse("") : response.body();
    }

    /** The login form as a browser posts it, with the page's script nonce or, when {@code nonce} is given, that one. */
    HttpResponse<String> postLogin(String username, String password, String nonce) {
        HttpResponse<String> form = get("login.xhtml");
        if (form.statusCode() == 302) {
            form = get("login.xhtml"); // the login page ended the session that was open: it comes back on a new one
        }
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on the login page: " + form.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        // what PrimeFaces' script adds to every form in a browser: the page's script nonce, from its policy
        form.headers().allValues("Content-Security-Policy").stream().map(NONCE::matcher).filter(Matcher::find).findFirst()
                .ifPresent(pageNonce -> fields.put("primefaces.nonce", nonce == null ? pageNonce.group(1) : nonce));
        return post("login.xhtml", fields);
    }

    /**
     * Opens the push socket of a channel on this session, as a console page does: its handshake carries the session's
     * cookie. Completes exceptionally when the server refuses it.
     */
    CompletableFuture<WebSocket> socket(String channel, WebSocket.Listener listener) {
        WebSocket.Builder builder = http.newWebSocketBuilder();
        String cookie = cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        return builder.buildAsync(URI.create(base.replaceFirst("^http", "ws") + "push/" + channel), listener);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "it").GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A JSON write to the API on this session's cookie, as a page loaded from {@code origin} would make it. */
    HttpResponse<String> postFrom(String origin, String path, String json, String language) {
        return send(HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "api/" + path))
                .header("Accept", "application/json").header("Accept-Language", language)
                .header("Content-Type", "application/json").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** An API call with HTTP Basic credentials, as a program would make it. */
    /**
     * The first of an agent's customers in this order that has a phone: the channel tests add customers known only by
     * an e-mail address, which a call cannot reach.
     */
    static jakarta.json.JsonObject customerWithPhone(String agent, String sort) {
        return jakarta.json.Json.createReader(new java.io.StringReader(api("GET", "customers?size=50&sort=" + sort, agent, Demo.PASSWORD,
                        null, "it").body())).readObject().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> !c.getJsonArray("phones").isEmpty()).findFirst().orElseThrow();
    }

    static HttpResponse<String> api(String method, String path, String user, String password, String json, String language) {
        return api(method, path, user, password, json == null ? null : "application/json", bytes(json), language);
    }

    /** An API call with an API token, as a program would make it. */
    static HttpResponse<String> withToken(String method, String path, String token, String json, String language) {
        return api(method, path, null, null, json == null ? null : "application/json", bytes(json), language,
                "Authorization", "Bearer " + token);
    }

    /** An API call on this session's cookie, as the page's own script makes it. */
    HttpResponse<String> api(String method, String path, String json) {
        return send(apiRequest(method, path, json == null ? null : "application/json", bytes(json), "it").build());
    }

    /**
     * An API call with a body of any type (null: none) and any further headers (name, value, …); a null user sends no
     * credentials, a null language no Accept-Language.
     */
    static HttpResponse<String> api(String method, String path, String user, String password, String contentType, byte[] body,
                                    String language, String... headers) {
        HttpRequest.Builder request = apiRequest(method, path, contentType, body, language, headers);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return sendWith(HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build(), request.build());
    }

    private static HttpRequest.Builder apiRequest(String method, String path, String contentType, byte[] body, String language,
                                                  String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "api/" + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return sendWith(http, request);
    }

    static HttpResponse<String> sendWith(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
