package it.cuffia.channels.domain;

import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.shared.domain.Text;
import it.cuffia.ticketing.domain.AttachmentPolicy;
import it.cuffia.ticketing.domain.TicketCategory;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person wrote in a client's web form, checked as a whole before anything is stored: names, an e-mail
 * address the confirmation can reach, a phone number libphonenumber reads (if given), a category, a subject and
 * a message, at most {@link #MAX_FILES} files that pass the {@link AttachmentPolicy}, and the privacy notice accepted.
 */
public record WebFormEntry(String firstName, String lastName, String email, String phone, TicketCategory category,
                           String subject, String message, boolean privacyAccepted, String language,
                           List<File> files) implements Serializable {

    public static final int MAX_FILES = 3;
    public static final int MAX_MESSAGE = 4000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A file sent with the form: its name, the type the browser declared, its bytes. */
    public record File(String name, String contentType, byte[] content) implements Serializable {
    }

    public WebFormEntry {
        files = files == null ? List.of() : List.copyOf(files);
        language = "en".equals(language) ? "en" : "it";
    }

    /**
     * The entry cleaned up (trimmed, the address in lower case), or what is wrong with it: every required field left
     * empty at once (a person fixes the form in one go), else the first rule it breaks.
     */
    public WebFormEntry checked() {
        requireFilledIn();
        String first = required(firstName, "webform.firstName", 80);
        String last = required(lastName, "webform.lastName", 80);
        String mail = required(email, "webform.email", 160).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(mail).matches()) {
            throw new DomainException("webform.email.invalid", mail);
        }
        String number = phone == null || phone.isBlank() ? null : PhoneNumber.parse(phone).e164();
        String title = required(subject, "webform.subject", 200);
        String text = PlainText.text(message.trim(), "webform.message", MAX_MESSAGE);
        if (files.size() > MAX_FILES) {
            throw new DomainException("webform.files.tooMany", MAX_FILES);
        }
        files.forEach(f -> AttachmentPolicy.check(f.name(), f.contentType(), f.content()));
        if (!privacyAccepted) {
            throw new DomainException("webform.privacy.required");
        }
        return new WebFormEntry(first, last, mail, number, category, title, text, true, language, files);
    }

    private void requireFilledIn() {
        List<Text> empty = new ArrayList<>();
        addIfBlank(empty, firstName, "webform.firstName");
        addIfBlank(empty, lastName, "webform.lastName");
        addIfBlank(empty, email, "webform.email");
        if (category == null) {
            empty.add(Text.of("webform.category"));
        }
        addIfBlank(empty, subject, "webform.subject");
        addIfBlank(empty, message, "webform.message");
        if (!empty.isEmpty()) {
            throw new DomainException(privacyAccepted ? "webform.missing" : "webform.missing.privacy", Text.list(empty));
        }
    }

    private static void addIfBlank(List<Text> empty, String value, String fieldLabelKey) {
        if (value == null || value.isBlank()) {
            empty.add(Text.of(fieldLabelKey));
        }
    }

    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phone).filter(p -> !p.isBlank());
    }

    private static String required(String value, String fieldLabelKey, int max) {
        return PlainText.line(value.trim(), fieldLabelKey, max);
    }
}
