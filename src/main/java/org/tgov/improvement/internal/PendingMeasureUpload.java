package org.tgov.improvement.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tgov.shared.PendingFile;

/** A file of measure values uploaded and previewed but not yet imported (see {@link PendingFile}). */
@Entity
@Table(name = "pending_measure_upload")
public class PendingMeasureUpload extends PendingFile {

    protected PendingMeasureUpload() {
    }

    public PendingMeasureUpload(Long programmeId, String token, String uploadedBy, String fileName, byte[] content, Instant uploadedAt,
            Instant expiresAt) {
        super(programmeId, token, uploadedBy, fileName, content, uploadedAt, expiresAt);
    }
}
