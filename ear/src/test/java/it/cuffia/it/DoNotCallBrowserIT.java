package it.cuffia.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The register's answer file refused on the page says why, in the admin's language (it said nothing at all). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoNotCallBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void anEmptyRegisterAnswerFileIsRefusedWithAMessage() throws Exception {
        Path empty = Files.createTempFile("esito-rpo-", ".csv");
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            for (String language : java.util.List.of("it", "en")) {
                browser.switchLanguage(language);
                browser.open("admin/dnc.xhtml");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rpo\\:file input[type=file]")))
                        .sendKeys(empty.toString());
                browser.waitForText(By.id("rpo:messages"), language.equals("it") ? "Il file è vuoto." : "The file is empty.");
                browser.screenshot("admin-rpo-empty-file-" + language);
            }
            browser.switchLanguage("it");
        } finally {
            Files.delete(empty);
        }
    }
}
