package it.cuffia.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks what one logged-in person can reach and collects what a person would call broken. The pages come from
 * the menu (a new page is swept without anyone listing it) and from the links to detail pages on them (one of
 * each kind). On each page it activates the view switches, tabs, sort headers, paginators, column filters,
 * the buttons that open a dialog (closed again with Esc) and the exports (whose files it opens). Commands that
 * change data are left to the tests of their journeys.
 *
 * <p>A problem is: an error page or an expired view, an error in the browser's console (a JavaScript error or
 * a failed request, such as an HTTP 500 of an ajax update or a resource), an unresolved message key
 * ({@code ???}), a Java class name or object identity ({@code Client@1f2e}), a raw enum constant shown to a
 * person ({@code TECHNICAL_SUPPORT}, {@code PHONE INBOUND}), a dialog button outside the window, and an export
 * that yields no file, a file that does not open, or cells with objects or booleans.
 */
final class Sweep {

    private static final Pattern IDENTITY = Pattern.compile("\\b[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*@[0-9a-f]{4,}\\b");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:it\\.cuffia|jakarta|javax|java|org\\.primefaces|org\\.eclipse)\\.[a-z]\\w*\\.[\\w.]+");
    /** Enum constants as Java writes them: upper case words joined by underscores, or two such words in a row. */
    private static final Pattern RAW_ENUM = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,} [A-Z]{4,}\\b");
    /** Upper case words a person does read: acronyms of the trade and of file formats. */
    private static final Set<String> ACRONYMS = Set.of("CSV", "XLSX", "PDF", "KPI", "KPIS", "SLA", "CTI", "API", "ICS",
            "AHT", "FCR", "CSAT", "NPS", "RPO", "DNC", "IBAN", "VAT", "IVA", "URL", "HTTP", "JSON", "PBX", "SMTP", "CRM", "CAP");
    private static final List<String> ERROR_TITLES = List.of("Errore imprevisto", "Unexpected error", "Pagina non trovata",
            "Page not found", "Accesso negato", "Access denied", "Sessione scaduta", "Session expired");
    private static final Set<String> EXPORT_LABELS = Set.of("CSV", "XLSX", "PDF");

    private final Browser browser;
    private final Path downloads;
    private final String name;
    private final String language;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> visited = new LinkedHashSet<>();
    private final Set<String> detailKinds = new LinkedHashSet<>();
    private int actions;
    private int exports;

    Sweep(Browser browser, Path downloads, String name, String language) {
        this.browser = browser;
        this.downloads = downloads;
        this.name = name;
        this.language = language;
    }

    List<String> problems() {
        return problems;
    }

    String summary() {
        return "Sweep " + name + ": " + visited.size() + " pages " + visited + ", " + actions + " actions, "
                + exports + " exports, " + problems.size() + " problems";
    }

    void run() {
        browser.consoleErrors();
        Deque<String> pages = new ArrayDeque<>(menuPages());
        while (!pages.isEmpty()) {
            String page = pages.removeFirst();
            if (!visited.add(page)) {
                continue;
            }
            browser.driver.get(page);
            browser.waitForAjax();
            check("opening " + page);
            browser.screenshot("sweep/" + name + "-" + page.replaceAll(".*/cuffia/", "").replaceAll("[^\\w]+", "_"));
            // pages without login are in no menu: the admin's page of the web forms links them
            for (String open : hrefs("main a.public-page")) {
                if (detailKinds.add(open)) {
                    pages.addLast(open);
                }
            }
            for (String detail : detailLinks()) {
                String kind = detail.replaceAll("\\?.*", "");
                if (detailKinds.add(kind)) {
                    pages.addLast(detail);
                }
            }
            sweepPage(page);
        }
    }

    /** The pages of the role's menu, submenus included: whatever the menu offers is swept. */
    private List<String> menuPages() {
        return hrefs("#menu a[href*='.xhtml']").stream()
                .filter(href -> !href.contains("login.xhtml"))
                .toList();
    }

    private List<String> detailLinks() {
        return hrefs("main a[href*='.xhtml?id='], main a[href*='.xhtml?'][href*='id=']");
    }

    @SuppressWarnings("unchecked")
    private List<String> hrefs(String css) {
        List<String> found = (List<String>) js("return Array.from(document.querySelectorAll(arguments[0])).map(a => a.href)"
                + ".filter(h => h.startsWith(location.origin + '/cuffia/'));", css);
        return new ArrayList<>(new LinkedHashSet<>(found));
    }

    private void sweepPage(String page) {
        clickEach(page, ".ui-selectonebutton .ui-button:not(.ui-state-active)", "view switch");
        clickEach(page, ".ui-tabs-nav > li:not(.ui-state-disabled):not(.ui-state-active) > a", "tab");
        if (language.equals("it")) {
            // sorting, paging and filtering do not depend on the language: once is enough
            clickEach(page, "th.ui-sortable-column", "sort header");
            clickEach(page, ".ui-paginator-next:not(.ui-state-disabled)", "paginator");
            filterEach(page);
        }
        openEachDialog(page);
        exportEach(page);
    }

    /** Clicks the i-th match of the selector for every i, finding it anew each time (updates replace elements). */
    private void clickEach(String page, String css, String what) {
        int count = browser.driver.findElements(By.cssSelector(css)).size();
        for (int i = 0; i < count; i++) {
            List<WebElement> elements = browser.driver.findElements(By.cssSelector(css));
            if (i >= elements.size()) {
                return;
            }
            WebElement element = elements.get(i);
            if (!element.isDisplayed()) {
                continue;
            }
            String label = element.getText().isBlank() ? css + "[" + i + "]" : element.getText().strip();
            js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
            settle();
            check(what + " '" + label + "' on " + page);
            if (!browser.driver.getCurrentUrl().equals(page)) {
                browser.driver.get(page);
                browser.waitForAjax();
            }
        }
    }

    private void filterEach(String page) {
        String css = "input.ui-column-filter";
        int count = browser.driver.findElements(By.cssSelector(css)).size();
        for (int i = 0; i < count; i++) {
            List<WebElement> filters = browser.driver.findElements(By.cssSelector(css));
            if (i >= filters.size() || !filters.get(i).isDisplayed()) {
                continue;
            }
            typeIntoFilter(filters.get(i), "a");
            check("column filter " + i + " on " + page);
            List<WebElement> again = browser.driver.findElements(By.cssSelector(css));
            if (i < again.size()) {
                typeIntoFilter(again.get(i), Keys.BACK_SPACE.toString());
            }
        }
    }

    /** Buttons whose completion opens a dialog (PrimeFaces writes the oncomplete into the onclick). */
    private void openEachDialog(String page) {
        String css = "main button[onclick*=\"').show()\"], main a[onclick*=\"').show()\"]";
        Set<String> seen = new LinkedHashSet<>();
        int count = browser.driver.findElements(By.cssSelector(css)).size();
        for (int i = 0; i < count; i++) {
            List<WebElement> openers = browser.driver.findElements(By.cssSelector(css));
            if (i >= openers.size() || !openers.get(i).isDisplayed()) {
                continue;
            }
            WebElement opener = openers.get(i);
            Matcher widget = Pattern.compile("PF\\('(\\w+)'\\)\\.show\\(\\)").matcher(opener.getAttribute("onclick"));
            if (!widget.find() || !seen.add(widget.group(1))) {
                continue;
            }
            js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", opener);
            settle();
            String what = "dialog " + widget.group(1) + " on " + page;
            check("opening " + what);
            if (dialogAppears()) {
                browser.screenshot("sweep/" + name + "-dialog-" + widget.group(1));
                checkDialogFitsTheWindow(what);
                browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
                try {
                    new WebDriverWait(browser.driver, Duration.ofSeconds(3)).until(d -> !isDialogVisible());
                } catch (org.openqa.selenium.TimeoutException e) {
                    problem("Esc does not close the " + what);
                    browser.driver.get(page);
                    browser.waitForAjax();
                }
            } else {
                problem("no dialog appeared: " + what);
            }
        }
    }

    /** The dialog shows when its update has landed and its oncomplete has run. */
    private boolean dialogAppears() {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(5), Duration.ofMillis(100)).until(d -> isDialogVisible());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private boolean isDialogVisible() {
        return Boolean.TRUE.equals(js("return Array.from(document.querySelectorAll('.ui-dialog'))"
                + ".some(d => d.getClientRects().length > 0 && getComputedStyle(d).visibility !== 'hidden');"));
    }

    /**
     * A dialog must fit the window: its frame inside it, and each of its buttons either in sight or inside a
     * content area that scrolls within the window (a long form scrolls; a dialog taller than the screen cannot).
     */
    @SuppressWarnings("unchecked")
    private void checkDialogFitsTheWindow(String what) {
        List<String> outside = (List<String>) js("const h = window.innerHeight, w = window.innerWidth;"
                + "const inWindow = r => r.top >= -1 && r.bottom <= h + 1 && r.left >= -1 && r.right <= w + 1;"
                + "const dialogs = Array.from(document.querySelectorAll('.ui-dialog'))"
                + "  .filter(d => d.getClientRects().length > 0 && getComputedStyle(d).visibility !== 'hidden');"
                + "const frames = dialogs.filter(d => !inWindow(d.getBoundingClientRect())).map(d => 'the dialog ' + d.id);"
                + "const buttons = dialogs.flatMap(d => Array.from(d.querySelectorAll('button')))"
                + "  .filter(b => b.getClientRects().length > 0)"
                + "  .filter(b => { if (inWindow(b.getBoundingClientRect())) return false;"
                + "    const s = b.closest('.ui-dialog-content');"
                + "    const scrolls = s && s.scrollHeight > s.clientHeight && inWindow(s.getBoundingClientRect());"
                + "    return !scrolls; })"
                + "  .map(b => 'button ' + (b.id || '') + ' ' + (b.textContent || b.title || '').trim());"
                + "return frames.concat(buttons);");
        for (String part : outside) {
            problem(part + " lies outside the 1366×768 window in " + what);
        }
    }

    private void exportEach(String page) {
        String css = "main button";
        List<WebElement> buttons = browser.driver.findElements(By.cssSelector(css));
        int count = buttons.size();
        for (int i = 0; i < count; i++) {
            buttons = browser.driver.findElements(By.cssSelector(css));
            if (i >= buttons.size()) {
                return;
            }
            WebElement button = buttons.get(i);
            String label = button.getText().strip();
            if (!EXPORT_LABELS.contains(label) || !button.isDisplayed()) {
                continue;
            }
            Set<Path> before = files();
            js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
            String what = label + " export on " + page;
            Path file = awaitNewFile(before);
            exports++;
            if (file == null) {
                check(what);
                problem(what + " gave no file");
                browser.driver.get(page);
                browser.waitForAjax();
                continue;
            }
            checkExport(file, label, what);
        }
    }

    private Set<Path> files() {
        try (Stream<Path> list = Files.list(downloads)) {
            return new LinkedHashSet<>(list.toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file the export saved, or null when the page went to an error instead (or nothing came in 20 s). */
    private Path awaitNewFile(Set<Path> before) {
        Path[] saved = new Path[1];
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
                for (Path file : files()) {
                    String fileName = file.getFileName().toString();
                    if (!before.contains(file) && !fileName.endsWith(".crdownload") && !fileName.endsWith(".tmp")) {
                        saved[0] = file;
                        return true;
                    }
                }
                return browser.driver.getCurrentUrl().contains("/error/") || errorTitleShown() != null;
            });
        } catch (ConditionTimeoutException nothing) {
            return null;
        }
        return saved[0];
    }

    private void checkExport(Path file, String label, String what) {
        try {
            List<String> cells = switch (label) {
                case "CSV" -> csvCells(file);
                case "XLSX" -> xlsxCells(file);
                default -> pdfText(file);
            };
            if (cells.isEmpty()) {
                problem(what + ": the file " + file.getFileName() + " is empty");
            }
            for (String cell : cells) {
                String trouble = shownWrong(cell);
                if (trouble != null) {
                    problem(what + ": " + trouble);
                    return;
                }
                if (cell.equals("true") || cell.equals("false")) {
                    problem(what + ": a cell reads '" + cell + "' instead of a label");
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            problem(what + ": " + file.getFileName() + " does not open: " + e);
        }
    }

    private static List<String> csvCells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                record.forEach(cells::add);
            }
        }
        return cells;
    }

    private static List<String> xlsxCells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }

    private static List<String> pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).strip();
            return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
        }
    }

    /** Lets the ajax update a click started land (PrimeFaces queues it within the click). */
    private void settle() {
        actions++;
        browser.waitForAjax();
    }

    /** A column filter sends its request after its filterDelay: wait for that request to complete. */
    private void typeIntoFilter(WebElement filter, String keys) {
        js("window.sweepFiltered = false; jQuery(document).one('pfAjaxComplete', () => window.sweepFiltered = true);");
        filter.sendKeys(keys);
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(js("return window.sweepFiltered === true;")));
        } catch (org.openqa.selenium.TimeoutException e) {
            problem("a column filter sent no request within 10 s on " + browser.driver.getCurrentUrl());
        }
        settle();
    }

    private void check(String action) {
        String url = browser.driver.getCurrentUrl();
        if (url.contains("/error/")) {
            problem(action + " ended on " + url);
            return;
        }
        String errorTitle = errorTitleShown();
        if (errorTitle != null) {
            problem(action + " shows the page '" + errorTitle + "'");
        }
        for (String error : browser.consoleErrors()) {
            problem(action + ": browser console: " + error);
        }
        String trouble = shownWrong(withoutCodes(browser.pageText()));
        if (trouble != null) {
            problem(action + ": " + trouble);
        }
    }

    private String errorTitleShown() {
        List<WebElement> titles = browser.driver.findElements(By.cssSelector("main h1"));
        if (titles.isEmpty()) {
            return null;
        }
        String title = titles.get(0).getText().strip();
        return ERROR_TITLES.contains(title) ? title : null;
    }

    /**
     * The page's text less what it shows as a code on purpose ({@code <code>}: an admin's disposition code such as
     * TICKET_OPENED, a placeholder, a raw CSV line), which is data to read as written, not a constant leaking.
     */
    private String withoutCodes(String text) {
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return Array.from(document.querySelectorAll('code')).map(function (e) { return e.innerText; });");
        String rest = text;
        for (String code : codes) {
            if (!code.isBlank()) {
                rest = rest.replace(code, " ");
            }
        }
        return rest;
    }

    /** What a person should never read: null when the text is clean. */
    static String shownWrong(String text) {
        if (text.contains("???")) {
            return "an unresolved message key near '" + around(text, text.indexOf("???")) + "'";
        }
        Matcher identity = IDENTITY.matcher(text);
        if (identity.find()) {
            return "an object identity '" + identity.group() + "'";
        }
        Matcher className = CLASS_NAME.matcher(text);
        if (className.find()) {
            return "a Java class name '" + className.group() + "'";
        }
        Matcher raw = RAW_ENUM.matcher(text);
        while (raw.find()) {
            boolean acronyms = Stream.of(raw.group().split("[ _]")).allMatch(ACRONYMS::contains);
            if (!acronyms) {
                return "a raw constant '" + raw.group() + "' near '" + around(text, raw.start()) + "'";
            }
        }
        return null;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
    }

    private void problem(String text) {
        problems.add("[" + name + "] " + text);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }
}
