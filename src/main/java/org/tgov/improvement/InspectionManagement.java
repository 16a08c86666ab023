package org.tgov.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.Inspection;
import org.tgov.improvement.internal.InspectionRecommendation;
import org.tgov.improvement.internal.InspectionRecommendationRepository;
import org.tgov.improvement.internal.InspectionRepository;
import org.tgov.improvement.internal.InspectionRules;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** A programme's inspections and reviews, their judgements and the recommendations the plan answers. */
@Service
@Transactional
public class InspectionManagement {

    private final InspectionRepository inspections;
    private final InspectionRecommendationRepository recommendations;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    InspectionManagement(InspectionRepository inspections, InspectionRecommendationRepository recommendations,
            ProgrammeManagement programmes, Clock clock) {
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.programmes = programmes;
        this.clock = clock;
    }

    public Long record(Long programmeId, InspectionDetails details) {
        programmes.get(programmeId);
        refuseUnlessSound(details);
        Inspection inspection = inspections.save(new Inspection(programmeId, details));
        for (int i = 0; i < details.recommendations().size(); i++) {
            recommendations.save(new InspectionRecommendation(inspection, i + 1, details.recommendations().get(i)));
        }
        return inspection.getId();
    }

    /** The inspection with its judgements and recommendations, only if it belongs to the programme: any other looks not found. */
    @Transactional(readOnly = true)
    public InspectionView inspection(Long programmeId, Long inspectionId) {
        Inspection inspection = inspectionOf(programmeId, inspectionId);
        return inspection.view(recommendations.findByInspectionIdOrderByPositionAsc(inspectionId).stream()
                .map(InspectionRecommendation::view).toList());
    }

    /** Its type, title, dates and judgements; its recommendations are changed one by one. */
    public void change(Long programmeId, Long inspectionId, long expectedVersion, InspectionDetails details) {
        Inspection inspection = inspectionOf(programmeId, inspectionId);
        if (inspection.getVersion() != expectedVersion) {
            throw new StaleEditException("record.inspection");
        }
        refuseUnlessSound(details);
        inspection.change(details);
        flush("record.inspection");
    }

    /** A recommendation numbered after the inspection's last. */
    public Long recommend(Long programmeId, Long inspectionId, String recommendation) {
        Inspection inspection = inspectionOf(programmeId, inspectionId);
        Refused.unlessAllowed(InspectionRules.recommendationIsWorded(recommendation));
        int next = recommendations.findByInspectionIdOrderByPositionAsc(inspectionId).stream()
                .mapToInt(InspectionRecommendation::getPosition).max().orElse(0) + 1;
        try {
            return recommendations.saveAndFlush(new InspectionRecommendation(inspection, next, recommendation.strip())).getId();
        } catch (DataIntegrityViolationException raced) {
            // someone added a recommendation to the same inspection at the same moment, taking its number
            throw new Refused(Refusal.of("improvement.recommendation.raced"));
        }
    }

    /** The recommendation, only if it belongs to the programme: any other looks not found. */
    @Transactional(readOnly = true)
    public InspectionView.RecommendationView recommendation(Long programmeId, Long recommendationId) {
        return recommendationOf(programmeId, recommendationId).view();
    }

    /** Which inspection made the recommendation. */
    @Transactional(readOnly = true)
    public Long inspectionOfRecommendation(Long programmeId, Long recommendationId) {
        return recommendationOf(programmeId, recommendationId).getInspectionId();
    }

    public void reword(Long programmeId, Long recommendationId, long expectedVersion, String text) {
        InspectionRecommendation recommendation = recommendationOf(programmeId, recommendationId);
        if (recommendation.getVersion() != expectedVersion) {
            throw new StaleEditException("record.recommendation");
        }
        Refused.unlessAllowed(InspectionRules.recommendationIsWorded(text));
        recommendation.reword(text.strip());
        flush("record.recommendation");
    }

    private void refuseUnlessSound(InspectionDetails details) {
        List<Optional<Refusal>> answers = new ArrayList<>(InspectionRules.inspectionIsComplete(details));
        answers.addAll(InspectionRules.inspectionHasHappened(details, LocalDate.now(clock)));
        Refused.unlessAllowed(answers);
    }

    private void flush(String record) {
        try {
            inspections.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException(record);
        }
    }

    private Inspection inspectionOf(Long programmeId, Long inspectionId) {
        return inspections.findVisible(inspectionId).filter(i -> i.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Inspection"));
    }

    private InspectionRecommendation recommendationOf(Long programmeId, Long recommendationId) {
        return recommendations.findVisible(recommendationId).filter(r -> r.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Recommendation"));
    }

    /** The programme's inspections, latest first, with judgements and recommendations: two queries. */
    @Transactional(readOnly = true)
    public List<InspectionView> inspections(Long programmeId) {
        Map<Long, List<InspectionView.RecommendationView>> byInspection = recommendations
                .findByProgrammeIdOrderByInspectionIdAscPositionAsc(programmeId).stream()
                .collect(Collectors.groupingBy(InspectionRecommendation::getInspectionId,
                        Collectors.mapping(InspectionRecommendation::view, Collectors.toList())));
        return inspections.findWithJudgements(programmeId).stream()
                .map(i -> i.view(byInspection.getOrDefault(i.getId(), List.of()))).toList();
    }
}
