package org.tgov.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.Intervention;
import org.tgov.improvement.internal.InterventionRepository;
import org.tgov.improvement.internal.InterventionRules;
import org.tgov.improvement.internal.Requirement;
import org.tgov.improvement.internal.RequirementRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** The notices and directions a programme answers to, and compliance with each of their requirements. */
@Service
@Transactional
public class InterventionManagement {

    private final InterventionRepository interventions;
    private final RequirementRepository requirements;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    InterventionManagement(InterventionRepository interventions, RequirementRepository requirements,
            ProgrammeManagement programmes, Clock clock) {
        this.interventions = interventions;
        this.requirements = requirements;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** The programme's notices and directions, oldest first, each with its requirements: one query. */
    @Transactional(readOnly = true)
    public List<InterventionView> interventions(Long programmeId) {
        return interventions.findWithRequirements(programmeId).stream().map(Intervention::view).toList();
    }

    /** A notice or direction with its requirements, lettered (a), (b)... in the order given. */
    public Long issue(Long programmeId, InterventionDetails details, List<String> requirementTexts) {
        programmes.get(programmeId);
        Refused.unlessAllowed(InterventionRules.interventionIsComplete(details));
        Intervention intervention = new Intervention(programmeId, details);
        for (int i = 0; i < requirementTexts.size(); i++) {
            intervention.require(String.valueOf((char) ('a' + i)), requirementTexts.get(i));
        }
        return interventions.save(intervention).getId();
    }

    /** The requirement, only if it belongs to the programme: any other looks not found. */
    @Transactional(readOnly = true)
    public RequirementView requirement(Long programmeId, Long requirementId) {
        return requirementOf(programmeId, requirementId).view();
    }

    public void assess(Long programmeId, Long requirementId, long expectedVersion, ComplianceUpdate update) {
        Requirement requirement = requirementOf(programmeId, requirementId);
        if (requirement.getVersion() != expectedVersion) {
            throw new StaleEditException("record.requirement");
        }
        Refused.unlessAllowed(InterventionRules.complianceIsEvidenced(update, LocalDate.now(clock)));
        requirement.assess(update);
        try {
            requirements.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.requirement");
        }
    }

    private Requirement requirementOf(Long programmeId, Long requirementId) {
        return requirements.findVisible(requirementId).filter(r -> r.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Requirement"));
    }
}
