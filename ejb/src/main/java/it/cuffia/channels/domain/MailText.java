package it.cuffia.channels.domain;

import it.cuffia.scripts.domain.RichText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text of a message as a ticket keeps it: plain text as it is, HTML first cleaned to the safe subset
 * the script designer's rich text uses ({@link RichText}) and then read as text, paragraphs and line
 * breaks kept. Control characters a ticket refuses (NUL, direction overrides) are dropped: the message
 * itself is kept whole anyway.
 */
public final class MailText {

    private MailText() {
    }

    public static String fromHtml(String html) {
        String clean = RichText.clean(html);
        if (clean == null) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(clean);
        document.outputSettings().prettyPrint(false);
        for (Element br : document.select("br")) {
            br.after("\\n");
        }
        for (Element block : document.select("p, li, h3, h4, blockquote, pre")) {
            block.prepend("\\n");
            block.append("\\n");
        }
        String text = document.body().text().replace("\\n", "\n");
        return tidy(text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** Free text a ticket accepts: no control characters but line breaks and tabs, no direction overrides, lines trimmed. */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                .filter(c -> c == '\n' || c == '\t' || !(Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.SURROGATE || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069))
                .forEach(out::appendCodePoint);
        return out.toString().lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    /** One visible line: line breaks and invisible characters become spaces (a subject, a name). */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
            out.appendCodePoint(hidden ? ' ' : c);
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** At most {@code max} characters, with a mark when something was left out (the whole message is kept). */
    public static String fit(String text, int max, String shortenedMark) {
        if (text.length() <= max) {
            return text;
        }
        if (shortenedMark.isEmpty()) {
            return text.substring(0, max);
        }
        return text.substring(0, Math.max(0, max - shortenedMark.length() - 2)).stripTrailing() + "\n\n" + shortenedMark;
    }
}
