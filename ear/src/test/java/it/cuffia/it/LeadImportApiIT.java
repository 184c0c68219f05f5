package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lead list through the REST API as a client's program sends it: charset, delimiter and mapping
 * chosen like on the mapping screen; the per-line report read back as paged JSON and as CSV.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeadImportApiIT {

    private static final String CAMPAIGN = "Fibra inverno 2026";
    private static final Charset LATIN_9 = Charset.forName("ISO-8859-15");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void anImportWithTheScreensChoicesAccountsForEveryRecordAndItsReportIsTheSameInJsonAndCsv() throws Exception {
        // ISO-8859-15: '€' is 0xA4, which a guess (windows-1252) would read as '¤'; '|' is no delimiter a guess would find
        String csv = "Nominativo|Cognome|Recapito|Memo|Codice fiscale\n"
                + "Gino|Forlì|347 556 0201|\"Vuole € 30 di sconto; \"\"sera\"\"\nsolo feriali\"|GNIFRL80A01D704X\n"   // 2-3 imported
                + "\n"                                                                                           // 4 blank
                + "Lia|Rossa|347 556 0205|nota|LRSSLI80A41H501X|in più\n"                                        // 5 a field too many
                + "Max|Bruni\n"                                                                                  // 6 too few
                + "=SUM(1+1)|Rosa|347 556 0207||\n"                                                              // 7 a formula as a name
                + "Olga|Viola|347 556 0208|@sera|\n";                                                            // 8 imported
        long campaign = campaignId();
        HttpResponse<String> accepted = upload(campaign, csv.getBytes(LATIN_9),
                "charset=ISO-8859-15&delimiter=" + enc("|") + "&map=" + enc("PHONE=recapito") + "&map=" + enc("NOTES=4")
                        + "&map=" + enc("FIRST_NAME=Nominativo"));
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonObject started = Cti.json(accepted);
        assertEquals("ISO-8859-15", started.getString("charset"));
        assertEquals("|", started.getString("delimiter"));
        assertEquals(3, started.getJsonObject("mapping").getInt("PHONE"));
        assertEquals(4, started.getJsonObject("mapping").getInt("NOTES"));
        long id = started.getJsonNumber("id").longValue();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> "DONE".equals(Cti.json(admin("GET", "outbound/imports/" + id, "it")).getString("status")));
        JsonObject done = Cti.json(admin("GET", "outbound/imports/" + id, "it"));
        assertEquals(6, done.getInt("totalRows"));
        assertEquals(6, done.getInt("processedRows"));
        assertEquals(List.of(3, 0, 2, 1), List.of(done.getInt("importedRows"), done.getInt("mergedRows"), done.getInt("rejectedRows"),
                done.getInt("skippedRows")));

        // paged JSON: three pages of two, in line order
        List<JsonObject> lines = new ArrayList<>();
        for (int first = 0; first < 6; first += 2) {
            JsonObject page = Cti.json(admin("GET", "outbound/imports/" + id + "/lines?first=" + first + "&size=2", "en"));
            assertEquals(6, page.getInt("total"));
            JsonArray items = page.getJsonArray("items");
            assertEquals(2, items.size(), page.toString());
            items.forEach(item -> lines.add(item.asJsonObject()));
        }
        assertEquals(List.of(2, 4, 5, 6, 7, 8), lines.stream().map(l -> l.getInt("line")).toList());
        assertEquals(List.of("IMPORTED", "SKIPPED", "REJECTED", "REJECTED", "IMPORTED", "IMPORTED"),
                lines.stream().map(l -> l.getString("kind")).toList());
        assertEquals("Gino|Forlì|347 556 0201|\"Vuole € 30 di sconto; \"\"sera\"\"\nsolo feriali\"|GNIFRL80A01D704X",
                lines.get(0).getString("record"), "the record as the file has it, read in the charset asked for");
        assertTrue(lines.get(0).getString("reason").startsWith("Imported as new customer Gino Forlì (no. "), lines.get(0).toString());
        assertEquals("Blank line: skipped.", lines.get(1).getString("reason"));
        assertEquals("Fields: 6 in the line, 5 in the header: one separator too many, or a value without quotes?", lines.get(2).getString("reason"));
        assertEquals(List.of("2", "5"), lines.get(3).getJsonArray("reasonArgs").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("leads.row.fieldsFewer", lines.get(3).getString("reasonKey"));
        JsonObject rejected = Cti.json(admin("GET", "outbound/imports/" + id + "/lines?kind=REJECTED", "en"));
        assertEquals(2, rejected.getInt("total"));

        // CSV: the same lines, kinds and reasons, formulas made text
        HttpResponse<String> report = send(HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "api/outbound/imports/" + id + "/lines"))
                .header("Accept", "text/csv").header("Accept-Language", "en").header("Authorization", basic()).GET().build());
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(report.body().startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(report.body().substring(1))).getRecords();
        assertEquals(List.of("Line", "Result", "Reason", "Row"), rows.get(0).toList());
        assertEquals(7, rows.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonObject line = lines.get(i);
            String record = line.getString("record");
            assertEquals(List.of(String.valueOf(line.getInt("line")), line.getString("kindText"), line.getString("reason"),
                    record.startsWith("=") ? "'" + record : record), rows.get(i + 1).toList());
        }
        assertEquals("'=SUM(1+1)|Rosa|347 556 0207||", rows.get(5).get(3));
    }

    @Test
    void badChoicesAreRefusedWithAClearMessage() {
        long campaign = campaignId();
        byte[] file = "Cognome;Telefono\nRossi;347 556 0300\n".getBytes(StandardCharsets.UTF_8);

        assertRefused(upload(campaign, file, "delimiter=" + enc("::")), "Il separatore \"::\" non è ammesso");
        assertRefused(upload(campaign, file, "charset=klingon"), "La codifica \"klingon\" non è conosciuta");
        assertRefused(upload(campaign, file, "map=" + enc("SHOE_SIZE=1")), "\"SHOE_SIZE\" non è un campo dei contatti.");
        assertRefused(upload(campaign, file, "map=" + enc("PHONE=Fax")), "Il file non ha la colonna \"Fax\".");
        assertRefused(upload(campaign, file, "map=" + enc("PHONE=")), "Scegli la colonna per Telefono.");
        // no header recognised (commas read with a semicolon, or no CSV at all): the fields to map are named, no 500
        byte[] commas = "Cognome,Telefono\nRossi,347 556 0300\n".getBytes(StandardCharsets.UTF_8);
        assertRefused(upload(campaign, commas, "delimiter=" + enc(";")), "Scegli la colonna per ");
        HttpResponse<String> binary = upload(campaign, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3, '\n', 5, 6}, "");
        assertEquals(422, binary.statusCode(), binary.body());
        assertRefused(upload(campaign, file, "map=" + enc("PHONE")), "\"PHONE\" non è un campo dei contatti.");
    }

    private static void assertRefused(HttpResponse<String> response, String detail) {
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.body());
        assertTrue(Cti.json(response).getString("detail").startsWith(detail), response.body());
    }

    /** The demo campaign the admin imports into, found as the admin finds it: on the campaigns screen. */
    private static long campaignId() {
        ConsoleClient console = new ConsoleClient(Demo.BASE_URL);
        console.login(Demo.ADMIN, Demo.PASSWORD);
        String page = console.get("admin/campaigns.xhtml").body();
        Matcher link = Pattern.compile("campaign\\.xhtml[^\"]*?[?&](?:amp;)?id=(\\d+)[^\"]*\"[^>]*>" + CAMPAIGN + "<").matcher(page);
        assertTrue(link.find(), page);
        return Long.parseLong(link.group(1));
    }

    private static HttpResponse<String> upload(long campaign, byte[] content, String query) {
        return send(HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "api/outbound/campaigns/" + campaign + "/imports?" + query))
                .header("Content-Type", "text/csv").header("Accept", "application/json").header("Accept-Language", "it")
                .header("X-File-Name", "api-contatti.csv").header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    private static HttpResponse<String> admin(String method, String path, String language) {
        return ConsoleClient.api(method, path, Demo.ADMIN, Demo.PASSWORD, null, language);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((Demo.ADMIN + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
