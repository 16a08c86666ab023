package org.tgov.spend.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tgov.shared.PendingFile;

/** A spend file uploaded and previewed but not yet imported (see {@link PendingFile}). */
@Entity
@Table(name = "pending_spend_upload")
public class PendingUpload extends PendingFile {

    protected PendingUpload() {
    }

    public PendingUpload(Long programmeId, String token, String uploadedBy, String fileName, byte[] content, Instant uploadedAt,
            Instant expiresAt) {
        super(programmeId, token, uploadedBy, fileName, content, uploadedAt, expiresAt);
    }
}
