package org.tgov.programme;

import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.programme.internal.ProgrammeRepository;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** Programme use cases, always within the signed-in user's organisation. */
@Service
@Transactional
public class ProgrammeManagement {

    private final ProgrammeRepository programmes;

    ProgrammeManagement(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    public Page<ProgrammeSummary> list(Pageable page) {
        return programmes.summaries(page);
    }

    /** Programmes not yet closed, for the home page. */
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> open() {
        return programmes.openSummaries();
    }

    @Transactional(readOnly = true)
    public Programme get(Long id) {
        return programmes.findVisible(id).orElseThrow(() -> new NotFoundException("Programme"));
    }

    public Long create(ProgrammeDetails details) {
        if (programmes.existsByNameIgnoreCase(details.name())) {
            throw new Refused(Refusal.about("name", "programme.name.taken", details.name()));
        }
        return programmes.save(new Programme(details)).getId();
    }

    /**
     * @param expectedVersion the version the editor started from: if someone saved since, the edit
     *                        is refused and nothing is overwritten
     */
    public void update(Long id, long expectedVersion, ProgrammeDetails details) {
        Programme programme = get(id);
        if (programme.getVersion() != expectedVersion) {
            throw new StaleEditException("record.programme");
        }
        if (programmes.existsOtherNamed(details.name(), id)) {
            throw new Refused(Refusal.about("name", "programme.name.taken", details.name()));
        }
        programme.update(details);
        try {
            programmes.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.programme");
        }
    }
}
