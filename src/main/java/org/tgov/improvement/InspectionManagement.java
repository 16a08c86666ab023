package org.tgov.improvement;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.Inspection;
import org.tgov.improvement.internal.InspectionRecommendation;
import org.tgov.improvement.internal.InspectionRecommendationRepository;
import org.tgov.improvement.internal.InspectionRepository;
import org.tgov.improvement.internal.InspectionRules;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;

/** A programme's inspections and reviews, their judgements and the recommendations the plan answers. */
@Service
@Transactional
public class InspectionManagement {

    private final InspectionRepository inspections;
    private final InspectionRecommendationRepository recommendations;
    private final ProgrammeManagement programmes;

    InspectionManagement(InspectionRepository inspections, InspectionRecommendationRepository recommendations,
            ProgrammeManagement programmes) {
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.programmes = programmes;
    }

    public Long record(Long programmeId, InspectionDetails details) {
        programmes.get(programmeId);
        Refused.unlessAllowed(InspectionRules.inspectionIsComplete(details));
        Inspection inspection = inspections.save(new Inspection(programmeId, details));
        for (int i = 0; i < details.recommendations().size(); i++) {
            recommendations.save(new InspectionRecommendation(inspection, i + 1, details.recommendations().get(i)));
        }
        return inspection.getId();
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
