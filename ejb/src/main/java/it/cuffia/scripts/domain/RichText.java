package it.cuffia.scripts.domain;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The designer's rich text (from the browser's editor) kept to a safe subset of HTML: paragraphs,
 * emphasis, lists, links. Anything else (scripts, styles, event handlers) is dropped on save.
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.basic().addTags("h3", "h4");

    private RichText() {
    }

    /** The cleaned HTML; null for an empty text. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, ALLOWED).strip();
        return Jsoup.parseBodyFragment(clean).body().text().isBlank() ? null : clean;
    }
}
