package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void htmlBecomesTextWithoutItsScripts() {
        String text = MailText.fromHtml("<html><head><style>p{}</style><script>alert(1)</script></head><body>"
                + "<p>Buongiorno,</p><p>il modem <b>non</b> funziona<br>da ieri.</p><img src=x onerror=alert(2)></body></html>");
        assertEquals("Buongiorno,\n\nil modem non funziona\nda ieri.", text);
        assertFalse(text.contains("alert"));
    }

    @Test
    void controlCharactersAndDirectionOverridesAreDropped() {
        assertEquals("ab\ncd\te", MailText.tidy("a\u0000b\r\nc\u202Ed\te"));
        assertEquals("Oggetto su due righe", MailText.oneLine("Oggetto su\r\n due righe"));
    }

    @Test
    void aLongTextIsShortenedWithAMark() {
        String fitted = MailText.fit("x".repeat(5000), 4000, "[abbreviato]");
        assertEquals(4000, fitted.length());
        assertTrue(fitted.endsWith("[abbreviato]"));
    }
}
