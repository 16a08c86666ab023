package org.tgov.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tgov.improvement.InspectionDetails;
import org.tgov.improvement.InspectionDetails.Judgement;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InspectionType;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.OfstedJudgement;

/**
 * The demo's inspections from the papers: the July 2021 focused visit and the July 2022 ILACS
 * inspection (every judgement Inadequate, published 21 September 2022). The papers give the
 * judgements and the focused visit's findings, not the ILACS recommendations: those are illustrative.
 */
@Component
@Profile("demo")
class DemoInspections {

    private final InspectionManagement inspections;

    DemoInspections(InspectionManagement inspections) {
        this.inspections = inspections;
    }

    /** @return the ILACS recommendations' ids by their number */
    Map<Integer, Long> load(Long programmeId) {
        inspections.record(programmeId, new InspectionDetails(InspectionType.FOCUSED_VISIT, "Focused visit, July 2021",
                LocalDate.of(2021, 7, 1), LocalDate.of(2021, 8, 31), List.of(), null, List.of(
                        "Increase the capacity of social workers.",
                        "Make social work practice consistent.",
                        "Strengthen management oversight and supervision, and the pace of improvement."), true));
        Long ilacs = inspections.record(programmeId, new InspectionDetails(InspectionType.ILACS,
                "Inspection of local authority children's services, July 2022", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 21),
                List.of(new Judgement("The impact of leaders on social work practice with children and families", OfstedJudgement.INADEQUATE),
                        new Judgement("The experiences and progress of children who need help and protection", OfstedJudgement.INADEQUATE),
                        new Judgement("The experiences and progress of children in care and care leavers", OfstedJudgement.INADEQUATE)),
                OfstedJudgement.INADEQUATE, List.of(
                        "Management oversight and supervision of social work practice, so that plans for children progress without delay.",
                        "The quality and timeliness of assessments and plans for children who need help and protection, and the advice families receive before proceedings.",
                        "Sufficiency of placements and the quality of pathway plans for care leavers.",
                        "The stability and capacity of the social work workforce, so that caseloads are manageable.",
                        "Quality assurance that improves practice: audits whose learning leads to better work with children."), true));
        InspectionView report = inspections.inspections(programmeId).stream().filter(i -> i.id().equals(ilacs)).findFirst().orElseThrow();
        return report.recommendations().stream().collect(Collectors.toMap(InspectionView.RecommendationView::position,
                InspectionView.RecommendationView::id));
    }
}
