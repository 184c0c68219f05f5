package it.cuffia.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/** Who changed which field of a record, when, from what to what: the row of every history and timeline. */
@Embeddable
public class ChangeRecord implements Serializable {

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", length = 400)
    private String oldValue;

    @Column(name = "new_value", length = 400)
    private String newValue;

    protected ChangeRecord() {
    }

    public ChangeRecord(Instant changedAt, String changedBy, String field, Object oldValue, Object newValue) {
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = oldValue == null ? null : String.valueOf(oldValue);
        this.newValue = newValue == null ? null : String.valueOf(newValue);
    }

    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
