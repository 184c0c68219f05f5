package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The files the lists export are read as their readers read them: a CSV parses and every cell is a
 * label in the reader's language (no object, no "true"), an XLSX keeps texts as text and numbers
 * and money as numeric cells, the KPI PDF is a landscape page with a title and the period.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    /** A customer whose name a spreadsheet would run as a formula (CSV injection): created once, read in the export. */
    private static final String FORMULA = "=HYPERLINK(\"x\")";

    @Test
    void customersUsersAndClientsExportLabelsInTheReadersLanguage() throws IOException {
        long clientId = Json.createReader(new StringReader(ConsoleClient.api("GET", "clients", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it").body()))
                .readArray().getJsonObject(0).getJsonNumber("id").longValue();
        String formula = Json.createObjectBuilder().add("clientId", clientId).add("firstName", "Formula").add("lastName", FORMULA)
                .add("phone", "3471112233").add("street", "Via Roma 1").add("postalCode", "20121").add("city", "Milano")
                .add("province", "MI").build().toString();
        HttpResponse<String> created = ConsoleClient.api("POST", "customers", Demo.AGENT_AURORA, Demo.PASSWORD, formula, "it");
        assertEquals(201, created.statusCode(), created.body());
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.switchLanguage("it");

            browser.open("admin/customers.xhtml");
            // "Righe 1–20 su 213": the list's own count of every customer the admin sees (exact below 10 000)
            String report = browser.waitFor(By.cssSelector("#customers\\:total")).getText();
            assertTrue(report.matches("Righe 1–20 su [0-9.]+"), report);
            int total = Integer.parseInt(report.substring(report.lastIndexOf(' ') + 1).replace(".", ""));
            List<CSVRecord> customers = csv(Download.of(browser, "customers", "customers:csv"));
            assertEquals(List.of("Cognome", "Nome", "Committente", "Città", "Provincia", "Telefoni", "E-mail"), customers.get(0).toList());
            assertTrue(total > 20, "more customers than one page: " + report);
            assertEquals(total + 1, customers.size(), "every customer, not the first page");
            for (CSVRecord row : customers.subList(1, customers.size())) {
                assertEquals(7, row.size(), row.toString());
                assertFalse(row.toString().contains("it.cuffia") || row.toString().contains("UIRepeat"), row.toString());
            }
            assertTrue(customers.stream().anyMatch(row -> row.get(2).equals("Telefonia Aurora S.p.A.")), "the client's name");
            assertTrue(customers.stream().anyMatch(row -> row.get(5).matches("\\+39 [0-9 ]+(, \\+39 [0-9 ]+)+")),
                    "a customer with two phones has both, joined");
            CSVRecord neutralised = row(customers, 1, "Formula");
            assertEquals("'" + FORMULA, neutralised.get(0), "a name that starts like a formula is text: " + neutralised);
            assertTrue(neutralised.get(5).startsWith("+39 "), "a phone number is not quoted: " + neutralised);
            assertTrue(customers.stream().noneMatch(row -> row.toList().stream().anyMatch(cell -> cell.startsWith("="))), "no cell is a formula");

            Sheet customerSheet = xlsx(Download.of(browser, "customers", "customers:xlsx"));
            assertEquals("Città", customerSheet.getRow(0).getCell(3).getStringCellValue());
            // a customer who wrote by mail or fax has no address: the city column is read from the customers that have one
            assertTrue(java.util.stream.IntStream.rangeClosed(1, customerSheet.getLastRowNum())
                    .mapToObj(i -> customerSheet.getRow(i).getCell(3))
                    .anyMatch(city -> city != null && !city.getStringCellValue().isBlank()), "the customers' cities");

            browser.open("admin/users.xhtml");
            CSVRecord admin = row(csv(Download.of(browser, "users", "users:csv")), 0, Demo.ADMIN);
            assertEquals("Amministratore", admin.get(4));
            assertEquals("Attivo", admin.get(5));

            browser.open("admin/clients.xhtml");
            Sheet clients = xlsx(Download.of(browser, "clients", "clients:xlsx"));
            Row aurora = row(clients, "AURORA");
            assertEquals(CellType.STRING, aurora.getCell(2).getCellType(), "a VAT number is text");
            assertEquals("01234567897", aurora.getCell(2).getStringCellValue(), "with its leading zero");
            assertEquals("Attivo", aurora.getCell(4).getStringCellValue());

            browser.switchLanguage("en");
            browser.open("admin/users.xhtml");
            List<CSVRecord> users = csv(Download.of(browser, "users", "users:csv"));
            assertEquals("Roles", users.get(0).get(4));
            CSVRecord supervisor = row(users, 0, Demo.SUPERVISOR);
            assertEquals("Supervisor", supervisor.get(4));
            assertEquals("Active", supervisor.get(5));
            browser.switchLanguage("it"); // the choice is remembered per user: other tests read Italian
        }
    }

    /**
     * A list longer than its count (10 000) and than PrimeFaces' own export loop read (20 000 rows, see
     * ServiceLazyModelTest): 20 500 customers of a new client, found by the search box. The screen says "more than
     * 10 000"; the CSV and the XLSX hold every one of them, once each, in the table's order, and no line saying the
     * file was cut; an agent, who may not see the client, exports none of them with the same search.
     */
    @Test
    void anExportHoldsEveryMatchingRowPastTheListsCount() throws IOException {
        int blocks = 410;
        int seeded = blocks * ExportFixtures.BLOCK;
        String[] made = fixture("blocks=" + blocks).split(" ");
        String clientId = made[0];
        String tag = made[1];
        try {
            exportAsAdminAndAgent(tag, seeded);
        } finally {
            fixture("drop=" + clientId);
        }
    }

    private static void exportAsAdminAndAgent(String tag, int seeded) throws IOException {
        try (Browser browser = new Browser()) {
            searchCustomers(browser, Demo.ADMIN, "admin/customers.xhtml", tag);
            browser.waitForText(By.id("customers:total"), "Righe 1–20 su oltre 10.000");

            List<CSVRecord> customers = csv(Download.of(browser, "customers", "customers:csv"));
            assertEquals("Cognome", customers.get(0).get(0));
            List<String> surnames = customers.subList(1, customers.size()).stream().map(row -> row.get(0)).toList();
            List<String> expected = java.util.stream.IntStream.rangeClosed(1, seeded)
                    .mapToObj(n -> tag + " " + String.format("%05d", n)).toList();
            assertEquals(seeded, surnames.size(), "every customer that matches, not the list's count nor PrimeFaces' 20 000");
            assertEquals(expected, surnames, "each once, in the table's order (surname)");

            Sheet sheet = xlsx(Download.of(browser, "customers", "customers:xlsx"));
            assertEquals(seeded, sheet.getLastRowNum(), "the header and every customer, no line saying the file was cut");
            assertEquals(tag + " " + String.format("%05d", seeded), sheet.getRow(seeded).getCell(0).getStringCellValue());
            browser.waitForText(By.id("customers:total"), "Righe 1–20 su oltre 10.000");
        }
        try (Browser browser = new Browser()) {
            searchCustomers(browser, Demo.AGENT_AURORA, "agent/customers.xhtml", tag);
            List<CSVRecord> seen = csv(Download.of(browser, "customers", "customers:csv"));
            assertEquals(1, seen.size(), "the header alone: the agent may not see the client's customers " + seen);
        }
    }

    /** {@code user} logs in, in Italian, and searches the customers' page for {@code text}. */
    private static void searchCustomers(Browser browser, String user, String page, String text) {
        browser.login(user, Demo.PASSWORD);
        browser.switchLanguage("it");
        browser.open(page);
        browser.type(By.id("customers:search"), text);
        browser.click("customers:searchButton");
    }

    private static String fixture(String query) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(Demo.BASE_URL + "it/export?" + query)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("export fixture " + query + ": " + answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void ticketsAppointmentsAndKpisExportLabelsNumbersAndALandscapePdf() throws IOException {
        try (Browser browser = new Browser()) {
            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.switchLanguage("it");

            browser.open("supervisor/queues.xhtml");
            List<CSVRecord> tickets = csv(Download.of(browser, "tickets", "tickets:csv"));
            assertEquals("Canale", tickets.get(0).get(1));
            assertEquals("Stato", tickets.get(0).get(7));
            for (CSVRecord row : tickets.subList(1, tickets.size())) {
                assertFalse(row.toString().contains("it.cuffia"), row.toString());
                assertFalse(row.get(1).isBlank() || row.get(1).matches("[A-Z_]+"), "the channel's label, not the enum: " + row);
                assertFalse(row.get(7).isBlank() || row.get(7).matches("[A-Z_]+"), "the state's label, not the enum: " + row);
                assertFalse(row.get(5).matches("[A-Z_]+"), "the category's label, not the enum: " + row);
            }

            browser.open("supervisor/appointments.xhtml");
            Sheet appointments = xlsx(Download.of(browser, "report", "report:table:xlsx"));
            Row first = appointments.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType(), "appointments booked: a number");
            assertEquals(CellType.NUMERIC, first.getCell(9).getCellType(), "deal value: an amount");

            browser.open("supervisor/kpis.xhtml");
            String month = browser.waitFor(By.id("report:month")).getAttribute("value");
            Sheet kpis = xlsx(Download.of(browser, "report", "report:xlsx"));
            assertEquals("Risoluzione al primo contatto (%)", kpis.getRow(0).getCell(3).getStringCellValue(), "the unit in the header");
            // the month's KPI rows exist only once a KPI job has run (the demo's timer, PayIT's month):
            // their numeric cells are the same PrimeFaces path as the appointments' above

            Download pdf = Download.of(browser, "report", "report:pdf");
            assertEquals("application/pdf", pdf.contentType());
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "kpi-report-it.pdf"), pdf.bytes()); // to look at
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                PDPage page = document.getPage(0);
                boolean turned = page.getRotation() % 180 != 0;
                float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
                float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
                assertTrue(width > height, "landscape: " + width + " × " + height);
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Report KPI · Operatore"), text);
                // sixteen narrow columns: the headings stand upright (laid flat they broke inside their words)
                java.util.Map<Float, StringBuilder> byDirection = textByDirection(document);
                assertEquals(2, byDirection.size(), "the title and figures lie flat, the headings stand upright: " + byDirection);
                assertTrue(byDirection.values().stream().anyMatch(t -> t.toString().startsWith("NomeChiamate gestite")
                        && t.toString().contains("Soddisfazione cliente (1-5)")), byDirection.toString());
                assertTrue(text.contains("Mese: " + java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.ITALIAN)
                        .format(java.time.YearMonth.parse(month))), text);
            }
        }
    }

    /** The PDF's text by the direction it runs in (0: flat; 90 or 270: upright), glyphs in the order they are drawn. */
    private static java.util.Map<Float, StringBuilder> textByDirection(PDDocument document) throws IOException {
        java.util.Map<Float, StringBuilder> text = new java.util.TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition glyph) {
                text.computeIfAbsent(glyph.getDir(), d -> new StringBuilder()).append(glyph.getUnicode());
            }
        };
        stripper.getText(document);
        return text;
    }

    private static List<CSVRecord> csv(Download download) throws IOException {
        assertEquals(200, download.status());
        assertTrue(download.contentType().startsWith("text/csv"), download.contentType() + " " + download.text());
        String text = download.text();
        return CSVFormat.DEFAULT.parse(new StringReader(text.startsWith("\ufeff") ? text.substring(1) : text)).getRecords();
    }

    private static Sheet xlsx(Download download) throws IOException {
        assertEquals(200, download.status());
        assertTrue(download.contentType().startsWith("application/vnd.openxmlformats"), download.contentType() + " " + download.text());
        // a workbook read from bytes holds no file: nothing to close
        return new XSSFWorkbook(new ByteArrayInputStream(download.bytes())).getSheetAt(0);
    }

    private static CSVRecord row(List<CSVRecord> rows, int column, String value) {
        return rows.stream().filter(r -> r.get(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in column " + column + ": " + rows));
    }

    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && first.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(first + " not in the sheet");
    }
}
