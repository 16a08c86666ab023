package org.tgov.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.hibernate.annotations.TenantId;

/**
 * A file uploaded and previewed but not yet imported, kept in the database until its uploader
 * confirms or abandons it, so that confirming needs no second upload and imports exactly the bytes
 * that were previewed, whichever instance serves the confirmation. Each import's own table maps it.
 * Not audited: it is a file in transit, and what is imported from it is audited.
 */
@MappedSuperclass
public abstract class PendingFile {

    /** How long a file waits for its uploader to confirm it. */
    public static final Duration KEPT_FOR = Duration.ofMinutes(30);
    /** How many files one person may leave waiting in each import: their latest. */
    public static final int KEPT_PER_PERSON = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

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

    protected PendingFile() {
    }

    protected PendingFile(Long programmeId, String token, String uploadedBy, String fileName, byte[] content,
            Instant uploadedAt, Instant expiresAt) {
        this.programmeId = programmeId;
        this.token = token;
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
        this.expiresAt = expiresAt;
    }

    /** A random token that finds the file again, for its uploader only. */
    public static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
