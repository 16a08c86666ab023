package org.tgov.benefits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.benefits.internal.SavingsPolicy;
import org.tgov.benefits.internal.SavingsTarget;
import org.tgov.benefits.internal.SavingsTargetRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** Savings targets per workstream and year: planned, delivered, evidence and confidence. */
@Service
@Transactional
public class SavingsManagement {

    private final SavingsTargetRepository targets;
    private final WorkstreamManagement workstreams;
    private final ProgrammeManagement programmes;

    SavingsManagement(SavingsTargetRepository targets, WorkstreamManagement workstreams, ProgrammeManagement programmes) {
        this.targets = targets;
        this.workstreams = workstreams;
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    public List<SavingsTargetView> targets(Long programmeId) {
        return targets.findByProgrammeIdOrderByFinancialYearAscIdAsc(programmeId).stream().map(SavingsTarget::view).toList();
    }

    /** Planned against delivered savings for each year with a target, in year order. */
    @Transactional(readOnly = true)
    public List<YearSavings> byYear(Long programmeId) {
        java.util.Map<org.tgov.shared.FinancialYear, YearSavings> years = new java.util.TreeMap<>();
        targets(programmeId).forEach(t -> years.merge(t.year(), YearSavings.none(t.year()).plus(t), (a, b) -> a.plus(t)));
        return List.copyOf(years.values());
    }

    @Transactional(readOnly = true)
    public Set<Long> targetIdsOf(Long programmeId) {
        return targets(programmeId).stream().map(SavingsTargetView::id).collect(Collectors.toSet());
    }

    /** The target, only if it belongs to the programme: any other looks not found. */
    @Transactional(readOnly = true)
    public SavingsTargetView get(Long programmeId, Long id) {
        return target(programmeId, id).view();
    }

    public Long create(Long programmeId, SavingsTargetDetails details) {
        programmes.get(programmeId);
        Refused.unlessAllowed(answers(programmeId, details));
        return targets.save(new SavingsTarget(programmeId, details)).getId();
    }

    public void update(Long programmeId, Long id, long expectedVersion, SavingsTargetDetails details) {
        SavingsTarget target = target(programmeId, id);
        if (target.getVersion() != expectedVersion) {
            throw new StaleEditException("record.savingsTarget");
        }
        Refused.unlessAllowed(answers(programmeId, details));
        target.apply(details);
        try {
            targets.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.savingsTarget");
        }
    }

    private List<Optional<Refusal>> answers(Long programmeId, SavingsTargetDetails details) {
        List<Optional<Refusal>> answers = new ArrayList<>(SavingsPolicy.isComplete(details));
        answers.add(SavingsPolicy.ownWorkstream(details.workstreamId(),
                workstreams.of(programmeId).stream().map(Workstream::getId).collect(Collectors.toSet())));
        return answers;
    }

    private SavingsTarget target(Long programmeId, Long id) {
        return targets.findVisible(id).filter(t -> t.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Savings target"));
    }
}
