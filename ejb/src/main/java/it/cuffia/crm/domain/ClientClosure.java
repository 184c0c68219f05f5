package it.cuffia.crm.domain;

import it.cuffia.shared.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** A day the client is closed beyond the national holidays (patron saint, company closure). */
@Embeddable
public class ClientClosure implements Serializable {

    @Column(name = "closed_on", nullable = false)
    private LocalDate date;

    /** The longest description the column holds. */
    public static final int DESCRIPTION_LENGTH = 120;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    protected ClientClosure() {
    }

    public ClientClosure(LocalDate date, String description) {
        this.date = date;
        this.description = description == null || description.isBlank() ? null
                : PlainText.line(description.strip(), "description", DESCRIPTION_LENGTH);
    }

    public LocalDate getDate() {
        return date;
    }

    public String getDescription() {
        return description;
    }
}
