package it.cuffia.outbound.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.Charset;
import it.cuffia.shared.domain.DomainException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One uploaded lead list and how its import went. The file is kept so that the import job can
 * be restarted from its last checkpoint; every record ends up imported, merged (linked to an
 * existing customer), rejected or skipped (blank), and the four counts add up to the records read.
 */
@Entity
@Table(name = "lead_import")
public class LeadImport extends AbstractEntity {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    static final int MAX_COLUMN_NAMES = 10000;
    private static final String SEPARATOR = "\u001f";

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 20)
    private String charset;

    @Column(nullable = false, length = 1)
    private String delimiter;

    /** field=column index, e.g. "PHONE=2,LAST_NAME=1". */
    @Column(nullable = false, length = 500)
    private String mapping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.QUEUED;

    @Column(name = "total_rows")
    private Integer totalRows;
    @Column(name = "processed_rows", nullable = false)
    private int processedRows;
    @Column(name = "imported_rows", nullable = false)
    private int importedRows;
    @Column(name = "merged_rows", nullable = false)
    private int mergedRows;
    @Column(name = "rejected_rows", nullable = false)
    private int rejectedRows;
    @Column(name = "skipped_rows", nullable = false)
    private int skippedRows;

    /** The header names, joined by a unit separator: each chunk checks widths and names attributes without the file. */
    @Column(name = "column_names", length = MAX_COLUMN_NAMES)
    private String columnNames;

    @Column(name = "job_execution")
    private Long jobExecution;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(length = 1000)
    private String failure;

    protected LeadImport() {
    }

    public LeadImport(Campaign campaign, String fileName, byte[] content, LeadFile file, Map<LeadField, Integer> mapping,
                      String uploadedBy, Instant at) {
        // refuses a mapping without the required fields, or with columns the file has not, before anything is stored
        new LeadRowReader(file.headers(), mapping, at);
        String names = String.join(SEPARATOR, file.headers());
        if (names.length() > MAX_COLUMN_NAMES) {
            throw new DomainException("leads.csv.headerTooLong", MAX_COLUMN_NAMES);
        }
        this.columnNames = names;
        this.campaign = campaign;
        this.fileName = it.cuffia.shared.domain.PlainText.line(fileName, "leads.fileName", 200);
        this.content = content;
        this.charset = file.charset().name();
        this.delimiter = String.valueOf(file.delimiter());
        this.mapping = mapping.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public LeadFile file() {
        return LeadFile.of(content, Charset.forName(charset), delimiter.charAt(0));
    }

    /** The header of the file; read from the file for imports stored before the names were kept. */
    public List<String> columnNames() {
        return columnNames == null ? file().headers() : Arrays.asList(columnNames.split(SEPARATOR, -1));
    }

    public Map<LeadField, Integer> fieldMapping() {
        Map<LeadField, Integer> fields = new EnumMap<>(LeadField.class);
        for (String pair : mapping.split(",")) {
            String[] kv = pair.split("=");
            fields.put(LeadField.valueOf(kv[0]), Integer.valueOf(kv[1]));
        }
        return fields;
    }

    public void started(long execution, int rows) {
        this.jobExecution = execution;
        this.status = Status.RUNNING;
        this.totalRows = rows;
        this.failure = null;
    }

    /** A chunk was written: the counters move together with the rows, in the same transaction. */
    public void progressed(int processed, int imported, int merged, int rejected, int skipped) {
        if (imported + merged + rejected + skipped != processed) {
            throw new IllegalStateException("every record is accounted for: " + processed + " != "
                    + imported + " + " + merged + " + " + rejected + " + " + skipped);
        }
        this.processedRows += processed;
        this.importedRows += imported;
        this.mergedRows += merged;
        this.rejectedRows += rejected;
        this.skippedRows += skipped;
    }

    public void finished(Instant at) {
        status = Status.DONE;
        finishedAt = at;
    }

    public void failed(String reason, Instant at) {
        status = Status.FAILED;
        finishedAt = at;
        failure = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    /** 0–100 for the progress bar. */
    public int getPercent() {
        if (status == Status.DONE) {
            return 100;
        }
        return totalRows == null || totalRows == 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
    }

    public Campaign getCampaign() { return campaign; }
    public String getFileName() { return fileName; }
    public String getCharset() { return charset; }
    public String getDelimiter() { return delimiter; }
    public Status getStatus() { return status; }
    public Integer getTotalRows() { return totalRows; }
    public int getProcessedRows() { return processedRows; }
    public int getImportedRows() { return importedRows; }
    public int getMergedRows() { return mergedRows; }
    public int getRejectedRows() { return rejectedRows; }
    public int getSkippedRows() { return skippedRows; }
    public Long getJobExecution() { return jobExecution; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getFailure() { return failure; }
}
