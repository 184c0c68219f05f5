package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14: a client's mailbox on GreenMail (IMAP on 3143, and SMTP on 3025 for the acknowledgements the
 * suite sends back), read with "Fetch now" ({@code POST /api/mailboxes/{id}/fetch}) so every test decides
 * when the poll happens; the mailboxes are created with automatic reading off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailboxIT {

    static final int IMAP_PORT = 3143;
    static final int POP3_PORT = 3110;
    static final byte[] PDF = pdf();

    /** A one-page A4 document, as a scanner or a fax gateway would send it. */
    static byte[] pdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream text = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD), 28);
                text.newLineAtOffset(60, 760);
                text.showText("Richiesta di disdetta");
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(0, -40);
                text.showText("Contratto n. 2026/118 - Mario Rossi, via Roma 1, Milano");
                text.endText();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static GreenMail mail;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @BeforeAll
    static void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(IMAP_PORT, null, ServerSetup.PROTOCOL_IMAP), ServerSetupTest.SMTP,
                new ServerSetup(POP3_PORT, null, ServerSetup.PROTOCOL_POP3)});
        mail.start();
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    /** A client's mailbox on GreenMail, read only when a test says so. */
    record Box(long id, String address, GreenMailUser user) {
    }

    static Box mailbox(boolean fax) {
        return mailbox(fax, Json.createReader(new StringReader(admin("GET", "clients", null).body())).readArray()
                .getJsonObject(0).getJsonNumber("id").longValue());
    }

    static Box mailbox(boolean fax, long client) {
        return mailbox(fax, client, "");
    }

    /** {@code extra}: more of the mailbox's fields, as JSON members with a leading comma. */
    static Box mailbox(boolean fax, long client, String extra) {
        String login = (fax ? "fax" : "assistenza") + UUID.randomUUID().toString().substring(0, 8);
        String address = login + "@aurora.example";
        GreenMailUser user = mail.setUser(address, login, "segreta");
        HttpResponse<String> created = admin("POST", "mailboxes", """
                {"clientId":%d,"address":"%s","protocol":"IMAP","host":"localhost","port":%d,"username":"%s","password":"segreta",
                 "faxGateway":%s,"pollEnabled":false%s}""".formatted(client, address, IMAP_PORT, login, fax, extra));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject box = Cti.json(created);
        assertTrue(box.getBoolean("passwordSet"));
        assertTrue(!created.body().contains("segreta"), "the password is never given back");
        return new Box(box.getJsonNumber("id").longValue(), address, user);
    }

    static HttpResponse<String> admin(String method, String path, String json) {
        return ConsoleClient.api(method, path, Demo.ADMIN, Demo.PASSWORD, json, "it");
    }

    static void deliver(Box box, String raw) {
        try {
            box.user().deliver(new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject fetch(Box box) {
        HttpResponse<String> fetched = admin("POST", "mailboxes/" + box.id() + "/fetch", null);
        assertEquals(200, fetched.statusCode(), fetched.body());
        JsonObject result = Cti.json(fetched);
        assertTrue(!result.containsKey("error") || result.isNull("error"), fetched.body());
        return result;
    }

    /** What became of the message with this Message-ID. */
    static JsonObject message(String messageId) {
        JsonArray messages = Json.createReader(new StringReader(admin("GET", "mailboxes/messages?max=200", null).body())).readArray();
        return messages.getValuesAs(JsonObject.class).stream().filter(m -> m.getString("messageId").equals(messageId)).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + messageId + " in " + messages));
    }

    static JsonObject ticket(long id) {
        HttpResponse<String> ticket = admin("GET", "tickets/" + id, null);
        assertEquals(200, ticket.statusCode(), ticket.body());
        return Cti.json(ticket);
    }

    static String notes(long ticket) {
        return admin("GET", "tickets/" + ticket + "/notes", null).body();
    }

    static String newMail(Box box, String from, String subject, String messageId, String extraHeaders) {
        return """
                From: %s
                To: %s
                Subject: %s
                Message-ID: %s
                %sMIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="M"

                --M
                Content-Type: text/plain; charset=UTF-8

                Buongiorno, il modem non si connette più da ieri.
                --M
                Content-Type: application/pdf; name="contratto.pdf"
                Content-Disposition: attachment; filename="contratto.pdf"
                Content-Transfer-Encoding: base64

                %s
                --M--
                """.formatted(from, box.address(), subject, messageId, extraHeaders, Base64.getMimeEncoder().encodeToString(PDF));
    }

    static String id() {
        return "<" + UUID.randomUUID() + "@customer.example>";
    }

    @Test
    void aMailWithAnAttachmentBecomesATicketAndIsAcknowledged() throws Exception {
        Box box = mailbox(false);
        String messageId = id();
        String sender = "nicolo." + UUID.randomUUID().toString().substring(0, 6) + "@customer.example";
        deliver(box, newMail(box, "=?UTF-8?Q?Nicol=C3=B2_Ferr=C3=A0?= <" + sender + ">", "=?UTF-8?Q?Modem_gu=C3=A0sto?=", messageId, ""));

        JsonObject result = fetch(box);
        assertEquals(1, result.getInt("fetched"));
        assertEquals(1, result.getInt("tickets"));
        JsonObject received = message(messageId);
        assertEquals("TICKET", received.getString("outcome"));
        assertEquals("SENT", received.getString("ack"));
        long id = received.getJsonNumber("ticketId").longValue();

        JsonObject ticket = ticket(id);
        assertEquals("EMAIL", ticket.getString("channel"));
        assertEquals("Modem guàsto", ticket.getString("subject"));
        assertTrue(ticket.getString("description").contains("il modem non si connette più"), ticket.toString());
        assertEquals("Nicolò Ferrà", ticket.getString("customer"), "a new customer, named as the sender signs");
        JsonArray files = Json.createReader(new StringReader(admin("GET", "tickets/" + id + "/attachments", null).body())).readArray();
        assertEquals(1, files.size());
        assertEquals("contratto.pdf", files.getJsonObject(0).getString("fileName"));
        assertEquals("application/pdf", files.getJsonObject(0).getString("contentType"));

        // the acknowledgement leaves through the outbox (the sender runs every 20 s) with the ticket's reference
        MimeMessage ack = org.awaitility.Awaitility.await("an acknowledgement within a minute").atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equals(sender)).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        assertTrue(ack.getSubject().startsWith("[#" + id + "]"), ack.getSubject());
        assertEquals(box.address(), ack.getReplyTo()[0].toString(), "answered into the client's mailbox");
        assertEquals("auto-replied", ack.getHeader("Auto-Submitted", null), "said to be automatic (RFC 3834)");
        assertEquals("noreply@cuffia.example", ((jakarta.mail.internet.InternetAddress) ack.getFrom()[0]).getAddress(),
                "a From header (the mail resource's sender): mail servers refuse mail without one");
    }

    @Test
    void aReplyThreadsIntoItsTicketByReferenceOrByInReplyTo() {
        Box box = mailbox(false);
        String first = id();
        deliver(box, newMail(box, "mario.rossi@customer.example", "Fattura errata", first, ""));
        fetch(box);
        long ticket = message(first).getJsonNumber("ticketId").longValue();

        String reply = id();
        deliver(box, """
                From: mario.rossi@customer.example
                To: %s
                Subject: Re: [#%d] Abbiamo ricevuto la sua richiesta: Fattura errata
                Message-ID: %s
                Content-Type: text/html; charset=UTF-8

                <p>Ecco il <b>numero</b> della fattura: 2026/118</p><script>alert(1)</script>
                """.formatted(box.address(), ticket, reply));
        String answer = id();
        deliver(box, """
                From: mario.rossi@customer.example
                To: %s
                Subject: Ancora io
                Message-ID: %s
                In-Reply-To: %s
                References: %s
                Content-Type: text/plain; charset=UTF-8

                Dimenticavo: la scadenza era il 10 marzo.
                """.formatted(box.address(), answer, first, first));

        JsonObject result = fetch(box);
        assertEquals(2, result.getInt("threaded"), result.toString());
        assertEquals(0, result.getInt("tickets"));
        assertEquals("THREADED", message(reply).getString("outcome"));
        assertEquals(ticket, message(reply).getJsonNumber("ticketId").longValue());
        assertEquals(ticket, message(answer).getJsonNumber("ticketId").longValue());
        assertEquals("NOT_NEEDED", message(reply).getString("ack"));
        String notes = notes(ticket);
        assertTrue(notes.contains("2026/118"), notes);
        assertTrue(!notes.contains("alert"), "HTML cleaned");
        assertTrue(notes.contains("la scadenza era il 10 marzo"), notes);
    }

    @Test
    void aReplyToAResolvedTicketReopensIt() {
        Box box = mailbox(false);
        String first = id();
        deliver(box, newMail(box, "anna.bianchi@customer.example", "Disdetta", first, ""));
        fetch(box);
        long id = message(first).getJsonNumber("ticketId").longValue();
        JsonObject open = Cti.json(admin("POST", "tickets/" + id + "/transitions", "{\"action\":\"resume\",\"version\":" + ticket(id).getInt("version") + "}"));
        HttpResponse<String> resolved = admin("POST", "tickets/" + id + "/transitions",
                "{\"action\":\"resolve\",\"version\":" + open.getInt("version") + ",\"resolutionCode\":\"Informazioni date\"}");
        assertEquals(200, resolved.statusCode(), resolved.body());

        String reply = id();
        deliver(box, """
                From: anna.bianchi@customer.example
                To: %s
                Subject: R: [#%d] Disdetta
                Message-ID: %s
                Content-Type: text/plain; charset=UTF-8

                Non è risolto: mi addebitate ancora il canone.
                """.formatted(box.address(), id, reply));
        fetch(box);
        assertEquals("REOPENED", message(reply).getString("outcome"));
        assertEquals("REOPENED", ticket(id).getString("state"));
    }

    @Test
    void anAutoReplyAndABounceGetNoAcknowledgement() {
        Box box = mailbox(false);
        String first = id();
        deliver(box, newMail(box, "luca.verdi@customer.example", "Richiesta", first, ""));
        fetch(box);
        long ticket = message(first).getJsonNumber("ticketId").longValue();

        String outOfOffice = id();
        deliver(box, """
                From: luca.verdi@customer.example
                To: %s
                Subject: Fuori ufficio
                Message-ID: %s
                Auto-Submitted: auto-replied
                Content-Type: text/plain; charset=UTF-8

                Sono fuori ufficio fino al 20 marzo.
                """.formatted(box.address(), outOfOffice));
        String bounce = id();
        deliver(box, """
                From: MAILER-DAEMON@mx.customer.example
                To: %s
                Subject: Undelivered Mail Returned to Sender
                Message-ID: %s
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="D"

                --D
                Content-Type: text/plain

                The mail could not be delivered to nobody@customer.example.
                --D
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; nobody@customer.example
                Action: failed
                Status: 5.1.1
                --D
                Content-Type: message/rfc822

                From: %s
                To: nobody@customer.example
                Subject: [#%d] Abbiamo ricevuto la sua richiesta: Richiesta
                Message-ID: <ack@cuffia.example>

                Gentile cliente...
                --D--
                """.formatted(box.address(), bounce, box.address(), ticket));
        fetch(box);
        assertEquals("AUTOMATED", message(outOfOffice).getString("ack"));
        assertEquals("BOUNCE", message(bounce).getString("outcome"));
        assertEquals("AUTOMATED", message(bounce).getString("ack"));
        assertEquals(ticket, message(bounce).getJsonNumber("ticketId").longValue(), "the bounce joins the ticket its mail was about");
        assertTrue(notes(ticket).contains("nobody@customer.example"), notes(ticket));
    }

    @Test
    void aDuplicateDeliveryMakesOneTicket() throws Exception {
        Box box = mailbox(false);
        String messageId = id();
        String raw = newMail(box, "giulia.neri@customer.example", "Doppione", messageId, "");
        deliver(box, raw);
        deliver(box, raw);
        JsonObject result = fetch(box);
        assertEquals(2, result.getInt("fetched"));
        assertEquals(1, result.getInt("tickets"));
        assertEquals(1, result.getInt("duplicates"));

        // a poll cut off after storing but before marking: the messages come again and change nothing
        Properties props = new Properties();
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("localhost", IMAP_PORT, box.user().getLogin(), "segreta");
        try (store) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), false);
            inbox.close(false);
        }
        JsonObject again = fetch(box);
        assertEquals(2, again.getInt("fetched"));
        assertEquals(0, again.getInt("tickets"));
        assertEquals(2, again.getInt("duplicates"));
    }

    @Test
    void aPop3MailboxTakesEachMessageOnceAndEmptiesTheServer() throws Exception {
        String login = "pop" + UUID.randomUUID().toString().substring(0, 8);
        String address = login + "@aurora.example";
        GreenMailUser user = mail.setUser(address, login, "segreta");
        HttpResponse<String> created = admin("POST", "mailboxes", """
                {"clientId":%d,"address":"%s","protocol":"POP3","host":"localhost","port":%d,"username":"%s","password":"segreta",
                 "pollEnabled":false}""".formatted(aurora(), address, POP3_PORT, login));
        assertEquals(201, created.statusCode(), created.body());
        Box box = new Box(Cti.json(created).getJsonNumber("id").longValue(), address, user);
        String first = id();
        deliver(box, newMail(box, "paolo.gatti@customer.example", "Bolletta doppia", first, ""));
        deliver(box, newMail(box, "paolo.gatti@customer.example", "Bolletta doppia", first, "")); // the same message twice
        deliver(box, newMail(box, "rita.sala@customer.example", "Trasloco", id(), ""));

        JsonObject result = fetch(box);
        assertEquals(3, result.getInt("fetched"), result.toString());
        assertEquals(2, result.getInt("tickets"));
        assertEquals(1, result.getInt("duplicates"));
        assertEquals("TICKET", message(first).getString("outcome"));
        assertEquals(0, mail.getManagers().getImapHostManager().getInbox(user).getMessageCount(), "POP3 keeps no flags: what was stored is deleted from the server");
        JsonObject again = fetch(box);
        assertEquals(0, again.getInt("fetched"), "nothing comes twice");
    }

    @Test
    void anUnreadableMessageIsKeptWholeForTheAdmin() {
        Box box = mailbox(false);
        String messageId = id();
        String raw = """
                From: rotto@customer.example
                To: %s
                Subject: Messaggio rotto
                Message-ID: %s
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="NEVER"

                nessun separatore qui
                """.formatted(box.address(), messageId);
        deliver(box, raw);
        JsonObject result = fetch(box);
        assertEquals(1, result.getInt("failed"));
        JsonObject kept = message(messageId);
        assertEquals("FAILED", kept.getString("outcome"));
        assertNotNull(kept.getString("failure"));
        HttpResponse<String> eml = ConsoleClient.api("GET", "mailboxes/messages/" + kept.getJsonNumber("id") + "/eml", Demo.ADMIN,
                Demo.PASSWORD, null, null, "it", "Accept", "message/rfc822");
        assertEquals(200, eml.statusCode(), eml.body());
        assertTrue(eml.body().contains("nessun separatore qui"), "the message as it arrived");
    }

    @Test
    void aFaxBecomesAFaxTicketOfTheCustomerWithThatNumber() {
        Box box = mailbox(true);
        String messageId = id();
        deliver(box, newMail(box, "gateway@fax.example", "Fax from +39 02 1234567", messageId, ""));
        fetch(box);
        JsonObject received = message(messageId);
        assertEquals("TICKET", received.getString("outcome"));
        assertEquals("NOT_NEEDED", received.getString("ack"), "a fax gateway is not acknowledged");
        JsonObject ticket = ticket(received.getJsonNumber("ticketId").longValue());
        assertEquals("FAX", ticket.getString("channel"));
        assertTrue(ticket.getString("subject").matches("Fax da \\+39 02 ?123 ?4 ?567"), ticket.getString("subject"));
        JsonArray files = Json.createReader(new StringReader(admin("GET", "tickets/" + ticket.getJsonNumber("id") + "/attachments", null)
                .body())).readArray();
        assertEquals(2, files.size(), "the fax and the preview of its page: " + files);
        JsonObject preview = files.getValuesAs(JsonObject.class).stream().filter(f -> f.getString("contentType").equals("image/png"))
                .findFirst().orElseThrow();
        assertEquals("anteprima-1-contratto.pdf.png", preview.getString("fileName"));
        HttpResponse<String> png = ConsoleClient.api("GET", "tickets/" + ticket.getJsonNumber("id") + "/attachments/" + preview.getJsonNumber("id"),
                Demo.ADMIN, Demo.PASSWORD, null, null, "it", "Accept", "image/png");
        assertEquals(200, png.statusCode());
        assertTrue(png.body().startsWith("\u0089PNG") || png.body().substring(1, 4).equals("PNG"), "a PNG image");

        // the next fax from that number is the same customer's: found by the phone number the first one left
        String second = id();
        deliver(box, newMail(box, "0039021234567@fax.gateway.example", "Nuovo fax", second, ""));
        fetch(box);
        JsonObject again = ticket(message(second).getJsonNumber("ticketId").longValue());
        assertEquals(ticket.getJsonNumber("customerId").longValue(), again.getJsonNumber("customerId").longValue());
    }

    /** Telefonia Aurora, whose agent is {@link Demo#AGENT_AURORA}. */
    static long aurora() {
        return Json.createReader(new StringReader(admin("GET", "clients", null).body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").startsWith("Telefonia Aurora")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static HttpResponse<String> agentAnswers(long ticket, String json) {
        return ConsoleClient.api("POST", "tickets/" + ticket + "/notes", Demo.AGENT_AURORA, Demo.PASSWORD, json, "it");
    }

    @Test
    void theAgentsAnswerLeavesFromTheMailboxThreadedWithItsFileAndTheCustomersAnswerComesBack() throws Exception {
        Box box = mailbox(false, aurora(), ",\"senderName\":\"Aurora - Servizio clienti\",\"signature\":\"Servizio clienti Aurora\\nTel. 800 123 456\"");
        String first = id();
        String customer = "giulia." + UUID.randomUUID().toString().substring(0, 6) + "@customer.example";
        deliver(box, newMail(box, "Giulia Bianchi <" + customer + ">", "Fattura errata", first, ""));
        fetch(box);
        long ticket = message(first).getJsonNumber("ticketId").longValue();
        JsonArray files = Json.createReader(new StringReader(admin("GET", "tickets/" + ticket + "/attachments", null).body())).readArray();
        long contract = files.getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> answered = agentAnswers(ticket, """
                {"text":"Gentile cliente,\\nabbiamo corretto la fattura: la trova in allegato.","email":true,"attachmentIds":[%d]}"""
                .formatted(contract));
        assertEquals(201, answered.statusCode(), answered.body());
        JsonObject note = Cti.json(answered);
        assertEquals(customer, note.getString("emailedTo"));
        assertTrue(note.getBoolean("customerVisible"));
        assertTrue(!ticket(ticket).isNull("firstResponseAt"), "the answer is the ticket's first response");

        // the outbox sends it within its 20 s round: the one of the customer's mails that answers something
        MimeMessage reply = org.awaitility.Awaitility.await("the answer within a minute").atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Arrays.stream(mail.getReceivedMessages())
                        .filter(m -> recipient(m).equals(customer) && header(m, "In-Reply-To") != null).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        assertEquals("[#" + ticket + "] Fattura errata", reply.getSubject());
        jakarta.mail.internet.InternetAddress from = (jakarta.mail.internet.InternetAddress) reply.getFrom()[0];
        assertEquals(box.address(), from.getAddress(), "sent from the client's mailbox the customer wrote to");
        assertEquals("Aurora - Servizio clienti", from.getPersonal());
        assertEquals(first, header(reply, "In-Reply-To"));
        assertTrue(header(reply, "References").contains(first), header(reply, "References"));
        String ownId = header(reply, "Message-ID");
        assertTrue(ownId.startsWith("<cuffia." + ticket + ".") && ownId.endsWith("@aurora.example>"), ownId);
        assertEquals(null, header(reply, "Auto-Submitted"), "a person's answer, not an automatic one");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) reply.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        assertTrue(text.startsWith("Gentile cliente,\r\nabbiamo corretto la fattura") || text.startsWith("Gentile cliente,\nabbiamo corretto la fattura"), text);
        assertTrue(text.contains("-- ") && text.contains("Tel. 800 123 456"), "the mailbox's signature: " + text);
        assertTrue(text.contains("> Buongiorno, il modem non si connette"), "the customer's mail quoted: " + text);
        assertEquals("contratto.pdf", parts.getBodyPart(1).getFileName());
        assertEquals(PDF.length, parts.getBodyPart(1).getInputStream().readAllBytes().length, "the file whole");

        // the customer answers from a mail client that drops the reference from the subject: the headers thread it
        String again = id();
        deliver(box, """
                From: %s
                To: %s
                Subject: Grazie, ma manca una pagina
                Message-ID: %s
                In-Reply-To: %s
                References: %s %s
                Content-Type: text/plain; charset=UTF-8

                La seconda pagina non c'è.
                """.formatted(customer, box.address(), again, ownId, first, ownId));
        assertEquals(1, fetch(box).getInt("threaded"));
        assertEquals(ticket, message(again).getJsonNumber("ticketId").longValue());
        JsonObject customersNote = Json.createReader(new StringReader(notes(ticket))).readArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("text").contains("La seconda pagina")).findFirst().orElseThrow();
        assertTrue(customersNote.getBoolean("fromCustomer"));
    }

    @Test
    void anAnswerByMailIsRefusedInTheAgentsLanguageWhenTheCustomerHasNoAddressAndNothingIsStored() {
        Box fax = mailbox(true, aurora());
        String messageId = id();
        String number = "+39 0471 " + (100000 + new java.util.Random().nextInt(899999));
        deliver(fax, newMail(fax, "gateway@fax.example", "Fax from " + number, messageId, ""));
        fetch(fax);
        long ticket = message(messageId).getJsonNumber("ticketId").longValue();
        String before = notes(ticket);

        HttpResponse<String> refused = agentAnswers(ticket, """
                {"text":"Gentile cliente, ecco la risposta.","email":true}""");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("non ha un indirizzo e-mail"), refused.body());
        assertEquals(before, notes(ticket), "no note without its mail");

        HttpResponse<String> english = ConsoleClient.api("POST", "tickets/" + ticket + "/notes", Demo.AGENT_AURORA, Demo.PASSWORD,
                "{\"text\":\"Hello\",\"email\":true,\"attachmentIds\":[\"x\"]}", "en");
        assertEquals(400, english.statusCode(), "a file that is not a number: " + english.body());
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyAdminsReadMailboxes() {
        HttpResponse<String> agent = ConsoleClient.api("GET", "mailboxes", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it");
        assertEquals(403, agent.statusCode());
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
