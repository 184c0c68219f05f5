package it.cuffia.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, offline (no Selenium Manager download). */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;

    Browser() {
        this(1400, 1000, null);
    }

    /**
     * A browser of this window size that keeps the page's console (JavaScript errors, failed requests) for
     * {@link #consoleErrors()} and saves downloads into {@code downloads} when that is not null.
     */
    Browser(int width, int height, Path downloads) {
        this(width, height, downloads, "it-IT");
    }

    /** A browser whose person reads {@code language} (a tag such as {@code en-US}): it asks pages in that language. */
    Browser(String language) {
        this(1400, 1000, null, language);
    }

    private Browser(int width, int height, Path downloads, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=" + language, "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (downloads != null) {
            // several exports from one page are several downloads: Chrome would hold back all but the first
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false, "safebrowsing.enabled", false,
                    "profile.default_content_setting_values.automatic_downloads", 1, "intl.accept_languages", language));
        } else {
            // headless Chromium's Accept-Language follows this preference, not --lang
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        // a condition polled across an ajax update or a navigation may meet an element just replaced: poll again
        wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
    }

    void open(String path) {
        driver.get(Demo.BASE_URL + path);
    }

    /** Logs in and makes sure the consoles speak Italian, whatever language another test left this user in. */
    void login(String username, String password) {
        loginInOwnLanguage(username, password);
        if (!driver.getCurrentUrl().contains("login.xhtml") && !"it".equals(pageLanguage(driver))) {
            switchLanguage("it");
        }
    }

    /** Logs in and leaves the consoles in the language the user chose last time. */
    void loginInOwnLanguage(String username, String password) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml") || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    /** Logs out once the page's own requests are answered (a table filter typed a moment ago, say). */
    void logout() {
        waitForAjax();
        // clicked by script, as the language link: with the admin's longer menu the growl of the action before lies over it
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", driver.findElement(By.id("menu:logout")));
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    /**
     * Switches the consoles' language. A page already in that language is left alone: the switch reloads the page
     * it was clicked on, and that reload, landing after the next step has opened another page, would take it back.
     */
    void switchLanguage(String language) {
        if (language.equals(pageLanguage(driver))) {
            return;
        }
        // clicked by script: a growl of the action before may lie over the link for its few seconds
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();",
                driver.findElement(By.id("menu:lang-" + language)));
        wait.until(d -> language.equals(pageLanguage(d)));
    }

    /** The page's language, read by script once it is loaded: while a new page replaces the old one, Chromium
     *  answers a lookup of the old {@code <html>} node with "Node ... does not belong to the document". */
    private static Object pageLanguage(WebDriver d) {
        return ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' ? document.documentElement.lang : null");
    }

    /** A text as an XPath string literal, whatever quotes it holds ("Franca D'Angelo"). */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    WebElement type(By by, String text) {
        WebElement element = evidenceOnTimeout(() -> wait.until(ExpectedConditions.elementToBeClickable(by)));
        if (element.getAttribute("class").contains("hasDatepicker")) {
            // as a person empties a date field: its mask answers keys (a scripted clear left the mask's blanks in
            // the field, keyed text then landed after them)
            element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        } else {
            element.clear();
        }
        element.sendKeys(text);
        return element;
    }

    /**
     * Filters a table's column by this text with one request: typed key by key, each key schedules a filter after
     * the table's delay, and a row clicked while a later one is pending is replaced under the click.
     */
    void filterTable(String tableId, By filterInput, String text) {
        WebElement input = waitFor(filterInput);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "PrimeFaces.getWidgetById(arguments[2]).filter();", input, text, tableId);
        waitForAjax();
        waitForText(By.id(tableId), text);
    }

    /**
     * Opens a checkbox menu ({@code p:selectCheckboxMenu}) and ticks the item labelled {@code text}, as a person does,
     * once the menu's panel has stopped moving: it slides open, and a click computed during the slide landed on the
     * item beside it (BrowserIT ticked "Energia Verde" for "Telefonia Aurora" once on PostgreSQL). The ticked item then
     * shows in the field.
     */
    void tick(String menuId, String text) {
        driver.findElement(By.id(menuId)).click();
        WebElement item = waitFor(By.xpath("//div[@id='" + menuId + "_panel']//label[contains(.," + xpathLiteral(text) + ")]"));
        evidenceOnTimeout(() -> wait.until(d -> {
            org.openqa.selenium.Point before = item.getLocation();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the menu opened", e);
            }
            return before.equals(item.getLocation());
        }));
        item.click();
        waitForText(By.id(menuId), text);
    }

    WebElement waitFor(By by) {
        return evidenceOnTimeout(() -> wait.until(ExpectedConditions.visibilityOfElementLocated(by)));
    }

    void waitForText(By by, String text) {
        evidenceOnTimeout(() -> wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text)));
    }

    /** A wait that fails leaves a screenshot of what the person would have seen. */
    private <T> T evidenceOnTimeout(java.util.function.Supplier<T> waiting) {
        try {
            return waiting.get();
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failure-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Clicks the element with this id and waits for the ajax request it starts. */
    void click(String id) {
        waitFor(By.id(id)).click();
        waitForAjax();
    }

    /**
     * Picks an option of a p:selectOneMenu by its label and waits until the menu shows it. An ajax update
     * still in flight can replace the menu between the click that opens it and the click on the option,
     * so the choice is tried again (at most three times) until the label reads as chosen.
     */
    void selectOne(String id, String label) {
        choose(By.id(id), "normalize-space(.)='" + label + "'", label);
    }

    /** Picks an option of a plain select (h:selectOneMenu) by its label. */
    void selectPlain(String id, String label) {
        new org.openqa.selenium.support.ui.Select(waitFor(By.id(id))).selectByVisibleText(label);
    }

    /** The same for the first option whose label starts with the given text (an offer with its price…). */
    void selectOneStartingWith(By menu, String labelStart) {
        choose(menu, "starts-with(normalize-space(.),'" + labelStart + "')", labelStart);
    }

    /**
     * One attempt opens the menu, clicks the option and reads the label back. An ajax update landing in between
     * can replace or hide the menu or its list (a stale, zero-size or covered element): the attempt is made
     * again, at most three times, and the last failure is reported with a screenshot.
     */
    private void choose(By menu, String optionTest, String shownText) {
        for (int attempt = 1; ; attempt++) {
            try {
                chooseOnce(menu, optionTest, shownText);
                return;
            } catch (org.openqa.selenium.TimeoutException | StaleElementReferenceException
                     | org.openqa.selenium.ElementNotInteractableException e) {
                if (attempt == 3) {
                    screenshot("failure-" + System.currentTimeMillis());
                    throw e;
                }
            }
        }
    }

    private void chooseOnce(By menu, String optionTest, String shownText) {
        waitForAjax();
        WebElement opened = waitFor(menu);
        String id = opened.getAttribute("id");
        // in the middle of the window, so its list opens below it and not under the top bar
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", opened);
        opened.click();
        WebElement option = waitFor(By.xpath("//div[@id='" + id + "_panel']//li[" + optionTest + "]"));
        // clicked once the list has opened, as a person's click comes: PrimeFaces 15's SelectOneMenu notes what to go
        // back to only when its 120 ms fade-in ends, and an option clicked before then throws in revert() ("Cannot
        // read properties of undefined (reading 'index')", components.js 451:251) and chooses nothing; the option
        // turns visible in the middle of the fade, where a poll of 100 ms often lands
        evidenceOnTimeout(() -> wait.until(d -> d.findElement(By.id(id + "_panel")).getAttribute("class")
                .contains("ui-connected-overlay-enter-done")));
        try {
            option.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // a long list opened upwards under a sticky bar of the page: the option is there, choose it directly
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", option);
        }
        waitForAjax();
        new WebDriverWait(driver, Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), shownText));
        // the list closes with an animation: until it is gone it lies over what the next step clicks
        // (DeskBrowserIT's "new pause code" button once got the click meant for it)
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    /**
     * The agent console idle and the agent available, whatever earlier tests left: a call ringing is answered, one in
     * progress hung up, a wrap-up finished (the console shows the agent's latest call).
     */
    void freeAgentConsole() {
        waitFor(By.id("stateBar:current"));
        for (int i = 0; i < 5 && driver.findElements(By.id("screenPop:number")).isEmpty(); i++) {
            for (String button : new String[] {"screenPop:answer", "screenPop:hangUp", "screenPop:finishWrapUp"}) {
                if (!driver.findElements(By.id(button)).isEmpty()) {
                    if (button.equals("screenPop:finishWrapUp")) {
                        chooseAnyOutcome(); // the client may require one
                    }
                    click(button);
                    break;
                }
            }
        }
        if (!driver.findElement(By.id("stateBar:current")).getText().contains("Disponibile")) {
            click("stateBar:available");
        }
        waitForText(By.id("stateBar:current"), "Disponibile");
        waitFor(By.id("screenPop:number"));
        waitForAjax();
        // What the page logged here counts as the calling test's page errors: the TypeError PrimeFaces' SelectOneMenu
        // logged twice in CI while the outcome was chosen here came from an option clicked while the list still faded
        // in, which chooseOnce no longer does.
    }

    /** The first of the call's client's dispositions in the wrap-up's menu, where none is chosen yet. */
    private void chooseAnyOutcome() {
        Object first = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var s = document.getElementById('screenPop:outcome_input');"
                        + " return s && s.selectedIndex <= 0 && s.options.length > 1 ? s.options[1].text : null;");
        if (first != null) {
            selectOne("screenPop:outcome", first.toString());
        }
    }

    /** Waits until PrimeFaces has no ajax request in flight (its updates have replaced the elements). */
    void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** The errors the page's console reported since the last call: JavaScript errors and failed requests. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Kept in target/screenshots: the README's pictures and a failing test's evidence. */
    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots").resolve(name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
