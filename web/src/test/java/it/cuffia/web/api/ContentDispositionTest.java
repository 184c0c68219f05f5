package it.cuffia.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void anAccentedNameIsEncodedInUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"Fattura caffe.pdf\"; filename*=UTF-8''Fattura%20caff%C3%A8.pdf",
                ContentDisposition.attachment("Fattura caffè.pdf"));
    }

    @Test
    void quotesSlashesAndLineBreaksCannotEscapeTheHeader() {
        assertEquals("attachment; filename=\"a_b_c__d.txt\"; filename*=UTF-8''a%22b%5Cc%0D%0Ad.txt",
                ContentDisposition.attachment("a\"b\\c\r\nd.txt"));
        assertEquals("attachment; filename=\"__*.txt\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC%2A.txt",
                ContentDisposition.attachment("日本*.txt"));
    }
}
