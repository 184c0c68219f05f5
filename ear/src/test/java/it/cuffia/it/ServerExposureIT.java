package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The domain domain.sh makes (the demo's and this one alike) as someone else on the network sees it: only the HTTP
 * listeners answer beyond the loopback, the admin REST API wants the admin password, and no response names the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerExposureIT {

    private static final int PORTBASE = PayaraAdmin.PORT - 48;
    private static final String POOL_PROPERTIES = "/management/domain/resources/jdbc-connection-pool/CuffiaPool/property";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void theAdminRestApiHandsNothingToAnonymousCallers() {
        PayaraAdmin payara = new PayaraAdmin();

        assertEquals(401, payara.getAnonymously(POOL_PROPERTIES).statusCode());
        assertEquals(200, payara.get(POOL_PROPERTIES).statusCode());
    }

    @Test
    void onlyTheHttpListenersAnswerBeyondTheLoopback() throws SocketException {
        InetAddress external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst().orElseThrow(() -> new AssertionError("this machine has no address beyond the loopback"));

        assertTrue(accepts(external, PORTBASE + 80), "the application's HTTP listener is public");
        Map<String, Integer> internal = Map.of("admin console", PORTBASE + 48, "IIOP", PORTBASE + 37, "JMX", PORTBASE + 86,
                "JMS", PORTBASE + 76);
        internal.forEach((what, port) -> assertFalse(accepts(external, port), what + " answers on " + external + ":" + port));
        assertTrue(accepts(InetAddress.getLoopbackAddress(), PORTBASE + 48), "the admin console stays usable on this machine");
    }

    @Test
    void noResponseNamesTheServerOrItsVersion() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (String url : new String[] {Demo.BASE_URL + "login.xhtml", Demo.BASE_URL + "api/no-such-resource", PayaraAdmin.URL + "/"}) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertTrue(response.headers().firstValue("Server").isEmpty(), url + " names the server: " + response.headers());
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), url + " says what powers it: " + response.headers());
        }
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndAreNeverCached() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (String path : new String[] {"login.xhtml", "api/clients", "jakarta.faces.resource/css/cuffia.css.xhtml"}) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(Demo.BASE_URL + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            var headers = response.headers();
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"), path + ": " + headers);
            if (path.equals("login.xhtml")) {
                // a page runs only the scripts it was served with: PrimeFaces' CSP mode gives them a nonce
                assertTrue(headers.allValues("Content-Security-Policy").stream().anyMatch(policy -> policy.contains("script-src 'self' 'nonce-")),
                        path + ": " + headers);
            }
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
            boolean staticResource = path.startsWith("jakarta.faces.resource");
            assertEquals(!staticResource, headers.firstValue("Cache-Control").orElse("").contains("no-store"), path + ": " + headers);
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
