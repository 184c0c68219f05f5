package it.cuffia.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The admin REST API of the test domain (made by domain.sh, like the demo domain): what the console calls. */
final class PayaraAdmin {

    static final int PORT = Integer.getInteger("payara.adminPort", 28048);
    static final String URL = "http://localhost:" + PORT;
    private static final String PASSWORD = System.getProperty("payara.adminPassword", "cuffia-it-admin");

    private final HttpClient http = HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    /** GET as the domain's admin user. */
    HttpResponse<String> get(String path) {
        return send(request(path).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8))));
    }

    /** GET without credentials, as anyone who reaches the port would. */
    HttpResponse<String> getAnonymously(String path) {
        return send(request(path));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(URL + path)).header("Accept", "application/json")
                .header("X-Requested-By", "cuffia-it").GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
