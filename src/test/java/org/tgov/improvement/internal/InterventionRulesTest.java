package org.tgov.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.ComplianceUpdate;
import org.tgov.improvement.InterventionDetails;

class InterventionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2022, 11, 1);

    @Test
    void complianceEitherWayNeedsItsEvidence() {
        assertThat(codes(InterventionRules.complianceIsEvidenced(new ComplianceUpdate(Compliance.COMPLIANT, " ", null), TODAY)))
                .containsExactly("improvement.compliance.evidence.required");
        assertThat(codes(InterventionRules.complianceIsEvidenced(new ComplianceUpdate(Compliance.COMPLIANT, "Board minutes", null), TODAY)))
                .isEmpty();
    }

    @Test
    void aRequirementNotYetCompliedWithHasADateToLookAtItAgain() {
        assertThat(codes(InterventionRules.complianceIsEvidenced(new ComplianceUpdate(Compliance.NOT_COMPLIANT, "Late reports", null), TODAY)))
                .containsExactly("improvement.compliance.reviewOn.required");
        assertThat(codes(InterventionRules.complianceIsEvidenced(new ComplianceUpdate(Compliance.IN_PROGRESS, "", TODAY.plusYears(6)), TODAY)))
                .containsExactly("improvement.compliance.reviewOn.tooFar");
        assertThat(codes(InterventionRules.complianceIsEvidenced(new ComplianceUpdate(Compliance.IN_PROGRESS, "", TODAY.plusMonths(1)), TODAY)))
                .isEmpty();
    }

    @Test
    void refusesAnAssessmentWithoutAStatus() {
        assertThat(codes(InterventionRules.complianceIsEvidenced(new ComplianceUpdate(null, "", null), TODAY)))
                .containsExactly("improvement.compliance.required");
    }

    @Test
    void aNoticeSaysWhatItIsWhoIssuedItAndWhen() {
        assertThat(codes(InterventionRules.interventionIsComplete(new InterventionDetails(null, " ", "", null, null))))
                .containsExactly("improvement.intervention.kind.required", "improvement.intervention.title.required",
                        "improvement.intervention.issuedBy.required", "field.required");
    }
}
