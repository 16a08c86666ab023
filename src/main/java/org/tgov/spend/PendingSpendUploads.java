package org.tgov.spend;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Actor;
import org.tgov.spend.internal.PendingUpload;
import org.tgov.spend.internal.PendingUploadRepository;
import org.tgov.shared.PendingFile;

/**
 * Spend files uploaded and previewed but not yet imported, kept in the database under a random
 * token rather than in the HTTP session, so that the preview and the confirmation may reach
 * different instances of the application. Only the person who uploaded a file can preview or
 * import it, within {@link PendingFile#KEPT_FOR}; only their latest {@link PendingFile#KEPT_PER_PERSON} are kept, to bound
 * what one person can leave waiting. Expired files are deleted by
 * {@link org.tgov.spend.internal.ExpiredUploads}.
 */
@Service
@Transactional
public class PendingSpendUploads {


    private final PendingUploadRepository uploads;
    private final SpendManagement spend;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    PendingSpendUploads(PendingUploadRepository uploads, SpendManagement spend, ProgrammeManagement programmes,
            Clock clock) {
        this.uploads = uploads;
        this.spend = spend;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** Keeps the file for the signed-in person and returns the token that finds it again. */
    public String keep(Long programmeId, String fileName, byte[] content) {
        programmes.get(programmeId);
        String uploader = Actor.currentName();
        List<Long> older = uploads.idsNewestFirst(uploader);
        if (older.size() >= PendingFile.KEPT_PER_PERSON) {
            uploads.deleteAllByIdInBatch(older.subList(PendingFile.KEPT_PER_PERSON - 1, older.size()));
        }
        String token = PendingFile.newToken();
        Instant now = clock.instant();
        uploads.save(new PendingUpload(programmeId, token, uploader, fileName, content, now, now.plus(PendingFile.KEPT_FOR)));
        return token;
    }

    /** What importing the file would do; empty when the token is unknown, expired, another person's or another programme's. */
    @Transactional(readOnly = true)
    public Optional<ImportPreview> preview(Long programmeId, String token) {
        return uploads.findUsable(token, programmeId, Actor.currentName(), clock.instant())
                .map(upload -> spend.preview(programmeId, upload.getFileName(), upload.content()));
    }

    /**
     * Imports the file, or nothing if it has become unimportable since its preview; either way the
     * token is used up. Empty, and nothing imported, when the token is not usable (see {@link #preview}).
     */
    public Optional<ImportPreview> importFile(Long programmeId, String token) {
        Optional<PendingUpload> upload = uploads.lockUsable(token, programmeId, Actor.currentName(), clock.instant());
        upload.ifPresent(uploads::delete);
        return upload.map(file -> spend.importFile(programmeId, file.getFileName(), file.content()));
    }
}
