package it.cuffia.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** A day the client is closed beyond the national holidays (patron saint, company closure). */
@Embeddable
public class ClientClosure implements Serializable {

    @Column(name = "closed_on", nullable = false)
    private LocalDate date;

    @Column(name = "description", length = 120)
    private String description;

    protected ClientClosure() {
    }

    public ClientClosure(LocalDate date, String description) {
        this.date = date;
        this.description = description;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getDescription() {
        return description;
    }
}
