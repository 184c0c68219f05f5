package it.cuffia.outbound.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * What the import did with one record of the file, at its physical line, and why: imported as a
 * new customer, merged (linked to an existing customer), rejected, or skipped as blank. One per
 * record, so the report accounts for the whole file.
 */
@Entity
@Table(name = "lead_import_issue")
public class LeadImportIssue extends AbstractEntity {

    public enum Kind { IMPORTED, MERGED, REJECTED, SKIPPED }

    /** Long enough for any sensible record; the whole file stays in the import anyway. */
    public static final int MAX_RAW_LINE = 20000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "import_id")
    private LeadImport leadImport;

    @Column(name = "line_number", nullable = false)
    private long lineNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "reason_key", nullable = false, length = 60)
    private String reasonKey;

    /** Arguments of the message, separated by a unit separator (never typed in a CSV). */
    @Column(name = "reason_args", length = 500)
    private String reasonArgs;

    @Column(name = "raw_line", length = MAX_RAW_LINE)
    private String rawLine;

    protected LeadImportIssue() {
    }

    public LeadImportIssue(LeadImport leadImport, long lineNumber, Kind kind, String reasonKey, List<String> args, String rawLine) {
        this.leadImport = leadImport;
        this.lineNumber = lineNumber;
        this.kind = kind;
        this.reasonKey = reasonKey;
        String joined = String.join("\u001f", args);
        this.reasonArgs = joined.length() > 500 ? joined.substring(0, 500) : joined;
        this.rawLine = rawLine == null || rawLine.length() <= MAX_RAW_LINE ? rawLine : rawLine.substring(0, MAX_RAW_LINE);
    }

    public List<String> args() {
        return reasonArgs == null || reasonArgs.isEmpty() ? List.of() : Arrays.asList(reasonArgs.split("\u001f", -1));
    }

    public long getLineNumber() { return lineNumber; }
    public Kind getKind() { return kind; }
    public String getReasonKey() { return reasonKey; }
    /** The arguments as stored: joined by a unit separator. */
    public String getReasonArgs() { return reasonArgs; }
    public String getRawLine() { return rawLine; }
}
