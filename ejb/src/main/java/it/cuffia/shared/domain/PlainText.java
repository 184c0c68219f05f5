package it.cuffia.shared.domain;

/**
 * Names and subjects are one line of visible text. Control characters (tabs, line breaks, NUL,
 * escapes) and invisible format characters — above all the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that make a name read differently from what it is — are refused
 * where the text enters, with a message naming the field. Notes, descriptions and reasons are free
 * text: line breaks and tabs are theirs, the other control characters (NUL above all, which
 * PostgreSQL cannot store) and the direction overrides are not. Either has a length it fits in (its
 * column's): a longer one is refused by the domain with a message naming the field, never cut short
 * by the database with a 500.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The value when it holds no control or format character; otherwise a {@link DomainException}
     * {@code text.invisibleCharacters} whose argument is the field's label ({@code fieldLabelKey}).
     * Null stays null.
     */
    public static String line(String value, String fieldLabelKey) {
        if (value != null && !isPlainLine(value)) {
            throw new DomainException("text.invisibleCharacters", Text.of(fieldLabelKey));
        }
        return value;
    }

    /**
     * {@link #line(String, String)} of at most {@code max} characters, else a {@link DomainException}
     * {@code text.tooLong} (the field's label, the limit, the length given).
     */
    public static String line(String value, String fieldLabelKey, int max) {
        return fits(line(value, fieldLabelKey), fieldLabelKey, max);
    }

    /**
     * Free text of at most {@code max} characters: line breaks and tabs allowed, other control characters
     * and the direction overrides and isolates refused ({@code text.controlCharacters}). Null stays null.
     */
    public static String text(String value, String fieldLabelKey, int max) {
        if (value != null && value.codePoints().anyMatch(PlainText::isHiddenInText)) {
            throw new DomainException("text.controlCharacters", Text.of(fieldLabelKey));
        }
        return fits(value, fieldLabelKey, max);
    }

    private static String fits(String value, String fieldLabelKey, int max) {
        if (value != null && value.length() > max) {
            throw new DomainException("text.tooLong", Text.of(fieldLabelKey), max, value.length());
        }
        return value;
    }

    private static boolean isHiddenInText(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    public static boolean isPlainLine(String value) {
        return value.codePoints().noneMatch(PlainText::isHidden);
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
