package org.tgov.programme;

import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.programme.internal.ProgrammeRepository;
import org.tgov.programme.internal.WorkstreamRepository;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** A programme's workstreams, within the signed-in user's organisation. */
@Service
@Transactional
public class WorkstreamManagement {

    private final WorkstreamRepository workstreams;
    private final ProgrammeRepository programmes;

    WorkstreamManagement(WorkstreamRepository workstreams, ProgrammeRepository programmes) {
        this.workstreams = workstreams;
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    public List<Workstream> of(Long programmeId) {
        return workstreams.findByProgrammeIdOrderByName(programmeId);
    }

    @Transactional(readOnly = true)
    public Workstream get(Long id) {
        return workstreams.findVisible(id).orElseThrow(() -> new NotFoundException("Workstream"));
    }

    public Long create(Long programmeId, String name, String lead, String description) {
        programmes.findVisible(programmeId).orElseThrow(() -> new NotFoundException("Programme"));
        Workstream workstream = new Workstream(programmeId, name, lead, description);
        if (workstreams.existsByProgrammeIdAndNameIgnoreCase(programmeId, workstream.getName())) {
            throw new Refused(Refusal.about("name", "workstream.name.taken", workstream.getName()));
        }
        return workstreams.save(workstream).getId();
    }

    public void update(Long id, long expectedVersion, String name, String lead, String description) {
        Workstream workstream = get(id);
        if (workstream.getVersion() != expectedVersion) {
            throw new StaleEditException("record.workstream");
        }
        if (name != null && workstreams.existsOtherNamed(workstream.getProgrammeId(), name.strip(), id)) {
            throw new Refused(Refusal.about("name", "workstream.name.taken", name.strip()));
        }
        workstream.update(name, lead, description);
        try {
            workstreams.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.workstream");
        }
    }
}
