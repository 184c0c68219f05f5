package it.cuffia.web.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Who may open a push socket is said in web.xml only: every channel has its own constraint with roles, and any other
 * address under /push/ is nobody's. The pages open only channels that exist, and the messages cross the data grid as
 * they were sent.
 */
class PushChannelTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern PAGE_SOCKET = Pattern.compile("class=\"cuffia-socket\"[^>]*data-channel=\"(\\w+)\"[^>]*data-path=\"#\\{request.contextPath}/push/(\\w+)\"");

    @Test
    void everyChannelIsOpenOnlyToTheRolesOfItsPagesAndNothingElseUnderPushIsOpen() throws Exception {
        Map<String, List<String>> roles = constraints();
        for (PushChannel channel : PushChannel.values()) {
            List<String> allowed = roles.get("/push/" + channel.path());
            assertTrue(allowed != null && !allowed.isEmpty(), channel + " has a constraint with roles: " + roles);
        }
        assertEquals(List.of(), roles.get("/push/*"), "any other channel is nobody's");
        assertEquals(List.of("AGENT"), roles.get("/push/" + PushChannel.AGENT_CALLS.path()));
    }

    @Test
    void pagesOpenOnlyChannelsThatExistAndNoFacesWebsocketIsLeft() throws IOException {
        Set<String> opened = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                assertFalse(text.contains("<f:websocket"), page + " uses Faces' websocket, which a deployment group cannot fail over");
                Matcher socket = PAGE_SOCKET.matcher(text);
                while (socket.find()) {
                    assertEquals(socket.group(1), socket.group(2), page + ": the path names the channel");
                    assertTrue(PushChannel.named(socket.group(1)).isPresent(), page + " opens an unknown channel " + socket.group(1));
                    opened.add(socket.group(1));
                }
            }
        }
        assertEquals(PushChannel.values().length, opened.size(), "every channel is opened by some page: " + opened);
    }

    @Test
    void aMessageCrossesTheDataGridAsItWasSent() {
        PushMessage sent = new PushMessage("agentCalls/operatore01", "{\"event\":\"RINGING\",\"text\":\"a\\nb\"}");
        assertEquals(sent, PushMessage.read(sent.write()));
    }

    /** url-pattern → the roles of its constraint (empty: nobody). */
    private static Map<String, List<String>> constraints() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList constraints = factory.newDocumentBuilder().parse(WEBAPP.resolve("WEB-INF/web.xml").toFile())
                .getElementsByTagNameNS("*", "security-constraint");
        Map<String, List<String>> roles = new HashMap<>();
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            NodeList auth = constraint.getElementsByTagNameNS("*", "auth-constraint");
            if (auth.getLength() == 0) {
                continue; // no constraint on who: open to everybody
            }
            NodeList names = ((Element) auth.item(0)).getElementsByTagNameNS("*", "role-name");
            List<String> allowed = new java.util.ArrayList<>();
            for (int r = 0; r < names.getLength(); r++) {
                allowed.add(names.item(r).getTextContent().trim());
            }
            NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                roles.put(patterns.item(p).getTextContent().trim(), allowed);
            }
        }
        return roles;
    }
}
