package it.cuffia.ticketing.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.Checksums;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a ticket (a fax PDF, a photo of the modem…), with its SHA-256 checksum. */
@Entity
@Table(name = "ticket_attachment")
public class TicketAttachment extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected TicketAttachment() {
    }

    TicketAttachment(Ticket ticket, String fileName, String contentType, byte[] content, String by, Instant at) {
        AttachmentPolicy.check(fileName, contentType, content);
        this.ticket = ticket;
        this.fileName = fileName.replaceAll("[\\\\/]", "_").trim();
        this.contentType = contentType.split(";")[0].trim();
        this.size = content.length;
        this.sha256 = Checksums.sha256Hex(content);
        this.uploadedBy = by;
        this.uploadedAt = at;
        this.content = content.clone();
    }

    public Ticket getTicket() { return ticket; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public byte[] getContent() { return content.clone(); }
}
