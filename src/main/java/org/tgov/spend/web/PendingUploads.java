package org.tgov.spend.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Spend files uploaded and previewed but not yet imported, kept in the user's session under a
 * random token, so that confirming the import needs no second upload and imports exactly the
 * bytes that were previewed. Only the latest few are kept, to bound what a session holds.
 */
@Component
class PendingUploads {

    static final int MAX_PENDING = 3;
    private static final String ATTRIBUTE = PendingUploads.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    record Upload(Long programmeId, String fileName, byte[] content) implements Serializable {
    }

    /** Keeps the file and returns the token that finds it again. */
    String keep(HttpSession session, Long programmeId, String fileName, byte[] content) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<String, Upload> uploads = uploads(session);
            uploads.put(token, new Upload(programmeId, fileName, content));
            while (uploads.size() > MAX_PENDING) {
                uploads.remove(uploads.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, uploads);
        }
        return token;
    }

    /** The file kept under this token for this programme, if the session still has it. */
    Optional<Upload> find(HttpSession session, Long programmeId, String token) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Upload upload = uploads(session).get(token);
            return upload != null && upload.programmeId().equals(programmeId) ? Optional.of(upload) : Optional.empty();
        }
    }

    void remove(HttpSession session, String token) {
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<String, Upload> uploads = uploads(session);
            if (uploads.remove(token) != null) {
                session.setAttribute(ATTRIBUTE, uploads);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Upload> uploads(HttpSession session) {
        Object held = session.getAttribute(ATTRIBUTE);
        return held instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, Upload>) map : new LinkedHashMap<>();
    }
}
