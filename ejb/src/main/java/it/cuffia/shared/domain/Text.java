package it.cuffia.shared.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something to say to a person, not yet in their language: a message key of the {@code messages}
 * bundle and its arguments, of which some may be texts themselves ({@code Text.of("channel.PHONE")}).
 * The domain says what happened, the web layer says it in the reader's language; an enum constant
 * never reaches a screen as it is. Plain getters: the consoles read it through Jakarta EL.
 */
public final class Text implements Serializable {

    private final String key;
    private final List<Object> arguments;
    /** Words that need no translation (a name, a code typed by a person): said as they are. */
    private final String literal;
    /** The same words in English, where a person wrote them in both languages (a client's disposition). */
    private final String literalEnglish;

    private Text(String key, List<Object> arguments, String literal) {
        this(key, arguments, literal, null);
    }

    private Text(String key, List<Object> arguments, String literal, String literalEnglish) {
        this.key = key;
        this.arguments = arguments;
        this.literal = literal;
        this.literalEnglish = literalEnglish;
    }

    /** Words a person wrote in Italian and, optionally, in English: the English ones for English readers where written. */
    public static Text literal(String italian, String english) {
        return new Text(null, List.of(), Objects.requireNonNull(italian, "italian"), english == null || english.isBlank() ? null : english);
    }

    /** Words said as they are in every language: a person's own notes, a file name. */
    public static Text literal(String words) {
        return new Text(null, List.of(), Objects.requireNonNull(words, "words"));
    }

    /** A message with arguments; a null argument reads as an empty text. */
    public static Text of(String key, Object... arguments) {
        return new Text(Objects.requireNonNull(key, "key"), Arrays.stream(arguments).map(a -> a == null ? "" : a).toList(), null);
    }

    /** A label of the bundle, or these words where the bundle has none (a name read from an address, say). */
    public static Text labelOr(String key, String words) {
        return new Text(Objects.requireNonNull(key, "key"), List.of(), Objects.requireNonNull(words, "words"));
    }

    /** Texts said one after the other, separated by commas ("Nome, Cognome, Oggetto"); at least one. */
    public static Text list(List<Text> items) {
        Text said = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            said = of("text.list", items.get(i), said);
        }
        return said;
    }

    /** The label of an enum constant: {@code prefix.CONSTANT}, e.g. {@code ticket.state.OPEN}; null stays null. */
    public static Text label(String prefix, Enum<?> constant) {
        return constant == null ? null : of(prefix + constant.name());
    }

    /** The message key, or null for a literal. */
    public String getKey() { return key; }
    public Object[] getArguments() { return arguments.toArray(); }
    /** The words of a literal, the fallback of {@link #labelOr}, or null for a message. */
    public String getLiteral() { return literal; }
    /** The English words of a literal written in both languages, or null. */
    public String getLiteralEnglish() { return literalEnglish; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && Objects.equals(key, text.key) && arguments.equals(text.arguments)
                && Objects.equals(literal, text.literal) && Objects.equals(literalEnglish, text.literalEnglish);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments, literal, literalEnglish);
    }

    @Override
    public String toString() {
        return key == null ? literal : arguments.isEmpty() ? key : key + arguments;
    }
}
