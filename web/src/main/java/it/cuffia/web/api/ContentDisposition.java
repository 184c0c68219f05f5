package it.cuffia.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition of a download (RFC 6266): the real name in {@code filename*=UTF-8''…}
 * (RFC 8187 percent-encoding), and an ASCII {@code filename="…"} for the clients that do not read it
 * ("Fattura caffè.pdf" → "Fattura caffe.pdf"). Neither can carry a quote, a slash or a line break.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** Accents dropped, any other character outside printable ASCII (and quotes, slashes) as "_". */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^\\x20-\\x7E]|[\"\\\\/]", "_");
    }

    /** UTF-8 percent-encoded, leaving only RFC 8187's attr-chars as they are. */
    static String encoded(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
