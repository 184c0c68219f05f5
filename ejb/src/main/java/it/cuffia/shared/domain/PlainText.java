package it.cuffia.shared.domain;

/**
 * Names and subjects are one line of visible text. Control characters (tabs, line breaks, NUL,
 * escapes) and invisible format characters — above all the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that make a name read differently from what it is — are refused
 * where the text enters, with a message naming the field.
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

    public static boolean isPlainLine(String value) {
        return value.codePoints().noneMatch(PlainText::isHidden);
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
