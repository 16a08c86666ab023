package org.tgov.benefits;

import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.benefits.SavingsTarget.SavingsTargetDetails;
import org.tgov.benefits.internal.SavingsTargetRepository;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;

/** Savings targets per workstream and year: planned, delivered, evidence and confidence. */
@Service
@Transactional
public class SavingsManagement {

    private final SavingsTargetRepository targets;
    private final WorkstreamManagement workstreams;

    SavingsManagement(SavingsTargetRepository targets, WorkstreamManagement workstreams) {
        this.targets = targets;
        this.workstreams = workstreams;
    }

    @Transactional(readOnly = true)
    public List<SavingsTarget> of(Long programmeId) {
        return targets.findByProgrammeIdOrderByFinancialYearAscIdAsc(programmeId);
    }

    @Transactional(readOnly = true)
    public SavingsTarget get(Long id) {
        return targets.findVisible(id).orElseThrow(() -> new NotFoundException("Savings target"));
    }

    public Long create(Long programmeId, SavingsTargetDetails details) {
        checkWorkstream(programmeId, details);
        return targets.save(new SavingsTarget(programmeId, details)).getId();
    }

    public void update(Long id, long expectedVersion, SavingsTargetDetails details) {
        SavingsTarget target = get(id);
        if (target.getVersion() != expectedVersion) {
            throw new StaleEditException("This savings target");
        }
        checkWorkstream(target.getProgrammeId(), details);
        target.apply(details);
        try {
            targets.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("This savings target");
        }
    }

    private void checkWorkstream(Long programmeId, SavingsTargetDetails details) {
        if (!workstreams.get(details.workstreamId()).getProgrammeId().equals(programmeId)) {
            throw new RuleViolation("workstreamId", "Choose one of this programme's workstreams");
        }
    }
}
