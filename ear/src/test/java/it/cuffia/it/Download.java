package it.cuffia.it;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A file a page offers through a non-ajax button (a p:dataExporter, a p:fileDownload), fetched the
 * way the browser submits it: the form's fields, its view state and the button, in the person's
 * session. The browser hands back the bytes instead of saving them.
 */
record Download(int status, String contentType, String disposition, byte[] bytes) {

    private static final String SUBMIT = """
            const [formId, buttonId, done] = arguments;
            const form = document.getElementById(formId);
            const data = new URLSearchParams(new FormData(form));
            data.append(buttonId, buttonId);
            fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
              .then(r => r.arrayBuffer().then(b => {
                const bytes = new Uint8Array(b);
                let text = '';
                for (let i = 0; i < bytes.length; i += 8192) {
                  text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                }
                done({status: r.status, type: r.headers.get('Content-Type') || '',
                      disposition: r.headers.get('Content-Disposition') || '', base64: btoa(text)});
              }))
              .catch(e => done({status: -1, type: '', disposition: String(e), base64: ''}));
            """;

    /** Submits {@code formId} with the button {@code buttonId} (both client ids) and returns the answer. */
    static Download of(Browser browser, String formId, String buttonId) {
        browser.waitFor(By.id(buttonId));
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript(SUBMIT, formId, buttonId);
        return new Download(((Number) answer.get("status")).intValue(), (String) answer.get("type"), (String) answer.get("disposition"),
                Base64.getDecoder().decode((String) answer.get("base64")));
    }

    String text() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
