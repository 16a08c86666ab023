package org.tgov.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tgov.support.Refusals.assertRefused;
import static org.tgov.support.TestData.actingAs;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.improvement.InspectionView.RecommendationView;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ModuleIntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/** What the entry forms do, through the façades, on this run's PostgreSQL: each council enters its own record. */
@ModuleIntegrationTest
@Import(TestData.class)
class ImprovementEntryIT {

    @Autowired TestData data;
    @Autowired InterventionManagement interventions;
    @Autowired InspectionManagement inspections;

    @Test
    void addsAndChangesANoticeAndItsLetteredRequirementsRefusingALetterTakenAStaleCopyAndAnotherCouncil() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long programme = data.programme(council);
        InterventionDetails notice = new InterventionDetails(InterventionKind.IMPROVEMENT_NOTICE, "Improvement notice",
                "Department for Education", LocalDate.of(2021, 5, 18), null);
        Long id = actingAs(officer, () -> interventions.issue(programme, notice, List.of()));
        assertRefused(() -> actingAs(officer, () -> interventions.issue(programme, new InterventionDetails(InterventionKind.STATUTORY_DIRECTION,
                "Direction", "Secretary of State", LocalDate.of(2999, 1, 1), null), List.of())), "improvement.intervention.issuedOn.future");

        InterventionView issued = actingAs(officer, () -> interventions.intervention(programme, id));
        InterventionDetails direction = new InterventionDetails(InterventionKind.STATUTORY_DIRECTION, "Statutory direction",
                "Secretary of State for Education", LocalDate.of(2022, 9, 21), "A commissioner was appointed.");
        actingAs(officer, () -> interventions.change(programme, id, issued.version(), direction));
        assertThatThrownBy(() -> actingAs(officer, () -> interventions.change(programme, id, issued.version(), notice)))
                .isInstanceOf(StaleEditException.class);

        Long c = actingAs(officer, () -> interventions.require(programme, id, " (c) ", "Cooperate with the commissioner"));
        actingAs(officer, () -> interventions.require(programme, id, "a", "Report every 6 weeks"));
        assertRefused(() -> actingAs(officer, () -> interventions.require(programme, id, "C", "Again")), "improvement.requirement.label.taken");
        assertRefused(() -> actingAs(officer, () -> interventions.require(programme, id, "c d", "Spaced")), "improvement.requirement.label.format");
        assertRefused(() -> actingAs(officer, () -> interventions.require(programme, id, "", "None")), "improvement.requirement.label.required");

        RequirementView cooperate = actingAs(officer, () -> interventions.requirement(programme, c));
        actingAs(officer, () -> interventions.assess(programme, c, cooperate.version(),
                new ComplianceUpdate(Compliance.COMPLIANT, "Commissioner has access", null)));
        RequirementView assessed = actingAs(officer, () -> interventions.requirement(programme, c));
        actingAs(officer, () -> interventions.reword(programme, c, assessed.version(), "Cooperate fully with the commissioner"));
        assertThatThrownBy(() -> actingAs(officer, () -> interventions.reword(programme, c, assessed.version(), "Stale words")))
                .isInstanceOf(StaleEditException.class);

        InterventionView saved = actingAs(officer, () -> interventions.intervention(programme, id));
        assertThat(saved.kind()).isEqualTo(InterventionKind.STATUTORY_DIRECTION);
        assertThat(saved.summary()).isEqualTo("A commissioner was appointed.");
        assertThat(saved.requirements()).extracting(RequirementView::cited, RequirementView::requirement, RequirementView::compliance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("(a)", "Report every 6 weeks", Compliance.NOT_ASSESSED),
                        org.assertj.core.groups.Tuple.tuple("(c)", "Cooperate fully with the commissioner", Compliance.COMPLIANT));

        SignedInUser stranger = data.user(data.council(), Role.ADMIN);
        assertThatThrownBy(() -> actingAs(stranger, () -> interventions.intervention(programme, id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(stranger, () -> interventions.change(programme, id, saved.version(), notice)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(stranger, () -> interventions.require(programme, id, "z", "Theirs")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(stranger, () -> interventions.reword(programme, c, saved.requirements().get(1).version(), "Theirs")))
                .isInstanceOf(NotFoundException.class);
        assertThat(actingAs(officer, () -> interventions.intervention(programme, id))).isEqualTo(saved);
    }

    @Test
    void recordsAndChangesAnInspectionAndNumbersItsRecommendationsRefusingAStaleCopyAndAnotherCouncil() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.ADMIN);
        Long programme = data.programme(council);
        Long id = actingAs(officer, () -> inspections.record(programme, new InspectionDetails(InspectionType.FOCUSED_VISIT,
                "Focused visit", LocalDate.of(2022, 7, 4), null, List.of(), null, List.of(), false)));
        assertRefused(() -> actingAs(officer, () -> inspections.record(programme, new InspectionDetails(InspectionType.ILACS, "ILACS",
                LocalDate.of(2999, 7, 4), null, List.of(), null, List.of(), false))), "improvement.inspection.inspectedOn.future");

        InspectionView visit = actingAs(officer, () -> inspections.inspection(programme, id));
        InspectionDetails ilacs = new InspectionDetails(InspectionType.ILACS, "ILACS, July 2022", LocalDate.of(2022, 7, 4),
                LocalDate.of(2022, 9, 21), List.of(new InspectionDetails.Judgement("Leaders", OfstedJudgement.INADEQUATE),
                        new InspectionDetails.Judgement("Children in care", OfstedJudgement.REQUIRES_IMPROVEMENT)),
                OfstedJudgement.INADEQUATE, List.of(), false);
        actingAs(officer, () -> inspections.change(programme, id, visit.version(), ilacs));
        assertThatThrownBy(() -> actingAs(officer, () -> inspections.change(programme, id, visit.version(), ilacs)))
                .isInstanceOf(StaleEditException.class);
        InspectionView changed = actingAs(officer, () -> inspections.inspection(programme, id));
        assertRefused(() -> actingAs(officer, () -> inspections.change(programme, id, changed.version(), new InspectionDetails(
                InspectionType.ILACS, "ILACS", LocalDate.of(2022, 7, 4), LocalDate.of(2022, 6, 1), List.of(), null, List.of(), false))),
                "improvement.inspection.publishedBeforeInspected");

        Long first = actingAs(officer, () -> inspections.recommend(programme, id, " Supervision "));
        actingAs(officer, () -> inspections.recommend(programme, id, "Assessments"));
        assertRefused(() -> actingAs(officer, () -> inspections.recommend(programme, id, " ")), "improvement.recommendation.text.required");
        RecommendationView supervision = actingAs(officer, () -> inspections.recommendation(programme, first));
        actingAs(officer, () -> inspections.reword(programme, first, supervision.version(), "Regular supervision"));
        assertThatThrownBy(() -> actingAs(officer, () -> inspections.reword(programme, first, supervision.version(), "Stale")))
                .isInstanceOf(StaleEditException.class);

        InspectionView saved = actingAs(officer, () -> inspections.inspection(programme, id));
        assertThat(saved.title()).isEqualTo("ILACS, July 2022");
        assertThat(saved.judgements()).isEqualTo(ilacs.judgements());
        assertThat(saved.recommendations()).extracting(RecommendationView::position, RecommendationView::recommendation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Regular supervision"),
                        org.assertj.core.groups.Tuple.tuple(2, "Assessments"));
        assertThat(actingAs(officer, () -> inspections.inspections(programme))).containsExactly(saved);

        SignedInUser stranger = data.user(data.council(), Role.ADMIN);
        assertThatThrownBy(() -> actingAs(stranger, () -> inspections.inspection(programme, id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(stranger, () -> inspections.change(programme, id, saved.version(), ilacs)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(stranger, () -> inspections.recommend(programme, id, "Theirs")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(stranger, () -> inspections.reword(programme, first, 1, "Theirs")))
                .isInstanceOf(NotFoundException.class);
        assertThat(actingAs(officer, () -> inspections.inspection(programme, id))).isEqualTo(saved);
    }
}
