package org.tgov.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.Intervention;
import org.tgov.improvement.internal.InterventionRepository;
import org.tgov.improvement.internal.InterventionRules;
import org.tgov.improvement.internal.Requirement;
import org.tgov.improvement.internal.RequirementLetterPolicy;
import org.tgov.improvement.internal.RequirementRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
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
        refuseUnlessSound(details);
        Intervention intervention = new Intervention(programmeId, details);
        for (int i = 0; i < requirementTexts.size(); i++) {
            intervention.require(String.valueOf((char) ('a' + i)), requirementTexts.get(i));
        }
        return interventions.save(intervention).getId();
    }

    /** The notice or direction with its requirements, only if it belongs to the programme: any other looks not found. */
    @Transactional(readOnly = true)
    public InterventionView intervention(Long programmeId, Long interventionId) {
        return interventionOf(programmeId, interventionId).view();
    }

    public void change(Long programmeId, Long interventionId, long expectedVersion, InterventionDetails details) {
        Intervention intervention = interventionOf(programmeId, interventionId);
        if (intervention.getVersion() != expectedVersion) {
            throw new StaleEditException("record.intervention");
        }
        refuseUnlessSound(details);
        intervention.change(details);
        flush("record.intervention");
    }

    /** A requirement with the letter the notice gives it, such as c or (c); no two of one notice share a letter. */
    public Long require(Long programmeId, Long interventionId, String letter, String requirement) {
        Intervention intervention = interventionOf(programmeId, interventionId);
        String label = RequirementLetterPolicy.normalise(letter);
        List<Optional<Refusal>> answers = new ArrayList<>(RequirementLetterPolicy.allows(intervention, label));
        answers.add(InterventionRules.requirementIsWorded(requirement));
        Refused.unlessAllowed(answers);
        Requirement added = intervention.require(label, requirement.strip());
        try {
            interventions.flush();
        } catch (DataIntegrityViolationException raced) {
            // someone gave another requirement the same letter at the same moment
            throw new Refused(Refusal.about("label", "improvement.requirement.label.taken", label));
        }
        return added.getId();
    }

    /** New words for a requirement; its letter and its compliance stay. */
    public void reword(Long programmeId, Long requirementId, long expectedVersion, String text) {
        Requirement requirement = requirementOf(programmeId, requirementId);
        if (requirement.getVersion() != expectedVersion) {
            throw new StaleEditException("record.requirement");
        }
        Refused.unlessAllowed(InterventionRules.requirementIsWorded(text));
        requirement.reword(text.strip());
        flush("record.requirement");
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
        flush("record.requirement");
    }

    private void refuseUnlessSound(InterventionDetails details) {
        List<Optional<Refusal>> answers = new ArrayList<>(InterventionRules.interventionIsComplete(details));
        answers.addAll(InterventionRules.interventionIsIssued(details, LocalDate.now(clock)));
        Refused.unlessAllowed(answers);
    }

    private void flush(String record) {
        try {
            interventions.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException(record);
        }
    }

    private Intervention interventionOf(Long programmeId, Long interventionId) {
        return interventions.findVisible(interventionId).filter(i -> i.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Intervention"));
    }

    private Requirement requirementOf(Long programmeId, Long requirementId) {
        return requirements.findVisible(requirementId).filter(r -> r.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Requirement"));
    }
}
