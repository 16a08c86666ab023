package org.tgov.improvement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A file of measure values uploaded and previewed but not yet imported, kept until its uploader confirms or
 * abandons it, so that confirming needs no second upload and imports exactly the bytes that were
 * previewed, whichever instance serves the confirmation. Not audited: it is a file in transit, and
 * what is imported from it is audited.
 */
@Entity
@Table(name = "pending_measure_upload")
public class PendingMeasureUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(nullable = false, updatable = false, length = 32)
    private String token;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected PendingMeasureUpload() {
    }

    public PendingMeasureUpload(Long programmeId, String token, String uploadedBy, String fileName, byte[] content,
            Instant uploadedAt, Instant expiresAt) {
        this.programmeId = programmeId;
        this.token = token;
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] content() {
        return content.clone();
    }
}
