package it.cuffia.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A client's PBX as the tests play it: a CTI key issued by the admin, call events posted with it. */
final class Cti {

    private final String apiKey;

    private Cti(String apiKey) {
        this.apiKey = apiKey;
    }

    /** Issues a new key for the client (as the admin would in the console) and plays that client's PBX. */
    static Cti forClient(long clientId) {
        HttpResponse<String> issued = ConsoleClient.api("POST", "clients/" + clientId + "/cti-key", Demo.ADMIN, Demo.PASSWORD, null, "it");
        if (issued.statusCode() != 200) {
            throw new IllegalStateException("no CTI key: " + issued.body());
        }
        return new Cti(Json.createReader(new StringReader(issued.body())).readObject().getString("apiKey"));
    }

    static long clientOf(String agent) {
        return Json.createReader(new StringReader(ConsoleClient.api("GET", "clients", agent, Demo.PASSWORD, null, "it").body()))
                .readArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    /**
     * The agent logs in, available (the calls earlier tests left in progress ended): the PBX may ring them. A ring for an
     * agent who is paused, logged out or on another call is refused (409).
     */
    static void ready(String agent) {
        settle(agent);
        new ConsoleClient(Demo.BASE_URL).login(agent, Demo.PASSWORD);
    }

    /**
     * Ends the inbound calls earlier tests left in progress for this agent (answered, not wrapped up): a login brings
     * the agent back to such a call, and the PBX may not ring them there. Call it before the agent's login.
     */
    static void settle(String agent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Demo.BASE_URL + CallsLeftOpen.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("agent=" + java.net.URLEncoder.encode(agent, StandardCharsets.UTF_8))).build();
        try {
            HttpResponse<String> settled = HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (settled.statusCode() != 200) {
                throw new IllegalStateException("settling the calls of " + agent + ": " + settled.statusCode() + " " + settled.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The key the PBX sends, for calls made without {@link #event}. */
    String key() {
        return apiKey;
    }

    HttpResponse<String> event(String json) {
        return post(apiKey, json);
    }

    static HttpResponse<String> post(String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "api/cti/calls"))
                .header("Content-Type", "application/json").header("Accept-Language", "it")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        try {
            return HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
