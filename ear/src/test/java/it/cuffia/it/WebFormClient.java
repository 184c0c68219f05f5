package it.cuffia.it;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person (or a bot) at a client's public web form without a browser: no login, no cookie. Reads the served form,
 * fills it in and sends it as the browser does (multipart, with the page's script nonce as PrimeFaces' script adds it).
 */
final class WebFormClient {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern STAMP = Pattern.compile("name=\"webform:stamp\" value=\"([^\"]*)\"");
    private static final Pattern TICKET = Pattern.compile("id=\"ticketNumber\">(\\d+)<");

    /** A file sent with the form. */
    record Upload(String name, String contentType, byte[] content) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String key;
    private final String language;
    private HttpResponse<String> page;

    WebFormClient(String key, String language) {
        this.key = key;
        this.language = language;
    }

    String key() {
        return key;
    }

    /** The key of the client's form, switched on for the test. */
    static String enabledFormOf(String clientCode) {
        return fixture("enable=" + clientCode);
    }

    static long clientId(String clientCode) {
        return Long.parseLong(fixture("clientId=" + clientCode));
    }

    /** A routing rule of the client: web tickets with this word in the subject go urgent to level 2. */
    static void urgentToSpecialists(String clientCode, String word) {
        fixture("client=" + clientCode + "&urgentWord=" + encode(word));
    }

    static void disable(String key) {
        fixture("disable=" + encode(key));
    }

    /** The stamp of this form served that many seconds ago (as if the person had taken that long). */
    static String stampServedSecondsAgo(String key, long seconds) {
        return fixture("key=" + encode(key) + "&servedSecondsAgo=" + seconds);
    }

    private static String fixture(String query) {
        HttpResponse<String> answer = send(HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build(),
                HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "it/web-form?" + query)).GET().build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("web form fixture " + query + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    static HttpResponse<String> open(String query) {
        return send(HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build(), HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "form.xhtml" + query)).GET().build());
    }

    HttpResponse<String> open() {
        page = open("?k=" + encode(key) + "&lang=" + language);
        return page;
    }

    /** The stamp the served page carries. */
    String servedStamp() {
        Matcher stamp = STAMP.matcher(page.body());
        if (!stamp.find()) {
            throw new IllegalStateException("no stamp in the form: " + page.body());
        }
        return stamp.group(1);
    }

    /** A person's complete entry: the fields by their short names (firstName, email, category…). */
    static Map<String, String> entry(String email, String subject) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", "Giulia");
        fields.put("lastName", "Bianchi");
        fields.put("email", email);
        fields.put("phone", "");
        fields.put("category", "TECHNICAL_SUPPORT");
        fields.put("subject", subject);
        fields.put("message", "La linea non funziona da ieri sera.");
        fields.put("privacy", "on");
        return fields;
    }

    static String uniqueEmail() {
        return "giulia." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
    }

    /** Sends the opened form with these fields, this stamp, the hidden field as given ("" when a person sends it) and files. */
    HttpResponse<String> send(Map<String, String> entry, String stamp, String honeypot, List<Upload> uploads) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no view state in the form: " + page.body());
        }
        String boundary = "----cuffia" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "webform", "webform");
        field(body, boundary, "k", key);
        field(body, boundary, "lang", language);
        field(body, boundary, "webform:stamp", stamp);
        entry.forEach((name, value) -> {
            if (name.equals("category")) {
                field(body, boundary, "webform:category_input", value);
            } else if (name.equals("privacy")) {
                if ("on".equals(value)) {
                    field(body, boundary, "webform:privacy_input", "on");
                }
            } else {
                field(body, boundary, "webform:" + name, value);
            }
        });
        field(body, boundary, "website", honeypot);
        if (uploads.isEmpty()) {
            file(body, boundary, new Upload("", "application/octet-stream", new byte[0]));
        }
        uploads.forEach(upload -> file(body, boundary, upload));
        field(body, boundary, "webform:send", "");
        field(body, boundary, "jakarta.faces.ViewState", viewState.group(1));
        page.headers().allValues("Content-Security-Policy").stream().map(NONCE::matcher).filter(Matcher::find).findFirst()
                .ifPresent(nonce -> field(body, boundary, "primefaces.nonce", nonce.group(1)));
        write(body, "--" + boundary + "--\r\n");
        return send(http, HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "form.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** The ticket number the thank-you page shows, if it shows one. */
    static java.util.Optional<Long> ticketNumber(HttpResponse<String> answer) {
        Matcher number = TICKET.matcher(answer.body());
        return number.find() ? java.util.Optional.of(Long.parseLong(number.group(1))) : java.util.Optional.empty();
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void file(ByteArrayOutputStream body, String boundary, Upload upload) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"webform:files\"; filename=\"" + upload.name()
                + "\"\r\nContent-Type: " + upload.contentType() + "\r\n\r\n");
        body.writeBytes(upload.content());
        write(body, "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        return ConsoleClient.sendWith(client, request);
    }
}
