package org.tgov.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.ComplianceUpdate;
import org.tgov.improvement.InterventionDetails;
import org.tgov.improvement.InterventionKind;
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.InterventionView;

/**
 * The demo's improvement story from the council papers: the 18 May 2021 non-statutory improvement
 * notice with its requirements (a) to (f) and the 21 September 2022 statutory direction. Compliance
 * assessments, evidence and review dates the papers do not give are illustrative.
 */
@Component
@Profile("demo")
class DemoImprovement {

    private final InterventionManagement interventions;
    private final DemoPlan plan;
    private final DemoMeasures measures;
    private final DemoInspections inspections;

    DemoImprovement(InterventionManagement interventions, DemoPlan plan, DemoMeasures measures, DemoInspections inspections) {
        this.interventions = interventions;
        this.plan = plan;
        this.measures = measures;
        this.inspections = inspections;
    }

    void load(Long programmeId, Map<String, Long> people) {
        Long notice = interventions.issue(programmeId, new InterventionDetails(InterventionKind.IMPROVEMENT_NOTICE,
                "Non-statutory improvement notice, 18 May 2021", "Department for Education", LocalDate.of(2021, 5, 18),
                "Issued following the High Court judgement of March 2021 and inconsistent practice found by Essex as "
                        + "Partners in Practice. The council should aim for the actions in its Improvement Plan to be delivered "
                        + "by the end of April 2022 or sooner. Compliance assessments below are illustrative."),
                List.of("Secretary of State appointment of an Improvement Adviser. The Council will work with the adviser for a "
                                + "minimum of 12 months, and until such time that the Secretary of State is satisfied this is no longer required.",
                        "Implementation of an Improvement Plan.",
                        "Establishment of an Improvement Board with an independent Chair (to be set up and chaired by the DfE "
                                + "Improvement Adviser).",
                        "Officials or advisers from the DfE will undertake reviews of progress against the Improvement Plan at "
                                + "least every 6 months and more regularly where appropriate.",
                        "The DfE will offer dedicated improvement support through its Partners in Practice arrangements and may "
                                + "consider additional requests for support as part of the review process.",
                        "The Improvement Adviser will provide, to the DfE, 6 weekly reports of progress or concern against the "
                                + "areas set out in this notice; and progress against the improvement plan; and any other such "
                                + "information relevant to the improvement journey."));
        assess(programmeId, notice, "a", Compliance.COMPLIANT, "Improvement Adviser appointed in May 2021; the council has worked with the adviser since.", null);
        assess(programmeId, notice, "b", Compliance.IN_PROGRESS, "Children and Families Strategic Improvement Plan v1.0 endorsed by Cabinet on 28 October 2021; "
                + "version 2 endorsed in 2022; post-inspection action plan submitted to Ofsted by 20 December 2022.", LocalDate.of(2023, 3, 31));
        assess(programmeId, notice, "c", Compliance.COMPLIANT, "DfE Improvement Board established, chaired by the DfE Improvement Adviser; meets monthly.", null);
        assess(programmeId, notice, "d", Compliance.COMPLIANT, "Six-monthly DfE progress reviews held; the latest review letter is on file.", LocalDate.of(2023, 5, 18));
        assess(programmeId, notice, "e", Compliance.IN_PROGRESS, "Partners in Practice support from Essex since April 2021.", LocalDate.of(2023, 4, 30));
        assess(programmeId, notice, "f", Compliance.COMPLIANT, "The adviser's 6-weekly reports to the DfE are logged with the board papers.", null);

        Long direction = interventions.issue(programmeId, new InterventionDetails(InterventionKind.STATUTORY_DIRECTION,
                "Statutory direction, 21 September 2022", "Secretary of State for Education", LocalDate.of(2022, 9, 21),
                "Issued after the July 2022 ILACS inspection judged the service inadequate; a Commissioner for Children's "
                        + "Services was appointed. The requirements below summarise the direction for the demo and are illustrative."),
                List.of("Cooperate with the Commissioner for Children's Services appointed by the Secretary of State, and give the "
                                + "Commissioner access to premises, documents and staff.",
                        "The Commissioner will review the council's capacity to improve and report to the Secretary of State on "
                                + "the best long-term arrangements for children's services.",
                        "Submit an improvement action plan answering the inspection's recommendations to Ofsted within 70 working "
                                + "days of the report's publication."));
        assess(programmeId, direction, "a", Compliance.COMPLIANT, "The Commissioner attends the DfE Improvement Board and has full access.", LocalDate.of(2023, 3, 21));
        assess(programmeId, direction, "b", Compliance.IN_PROGRESS, "The Commissioner's review is under way.", LocalDate.of(2023, 3, 21));
        assess(programmeId, direction, "c", Compliance.COMPLIANT, "Post-inspection action plan approved by Cabinet and submitted to Ofsted by 20 December 2022.", null);

        Map<String, Long> noticeRequirements = new java.util.HashMap<>();
        interventions.interventions(programmeId).stream().filter(i -> i.id().equals(notice)).findFirst().orElseThrow()
                .requirements().forEach(r -> noticeRequirements.put(r.label(), r.id()));
        plan.load(programmeId, people, noticeRequirements, inspections.load(programmeId));
        measures.load(programmeId);
    }

    private void assess(Long programmeId, Long interventionId, String label, Compliance compliance, String evidence, LocalDate reviewOn) {
        InterventionView intervention = interventions.interventions(programmeId).stream()
                .filter(i -> i.id().equals(interventionId)).findFirst().orElseThrow();
        intervention.requirements().stream().filter(r -> r.label().equals(label)).findFirst().ifPresent(r ->
                interventions.assess(programmeId, r.id(), r.version(), new ComplianceUpdate(compliance, evidence, reviewOn)));
    }
}
