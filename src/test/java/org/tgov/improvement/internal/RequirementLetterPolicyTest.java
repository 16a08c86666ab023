package org.tgov.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tgov.improvement.InterventionDetails;
import org.tgov.improvement.InterventionKind;

class RequirementLetterPolicyTest {

    private final Intervention notice = new Intervention(7L, new InterventionDetails(InterventionKind.IMPROVEMENT_NOTICE,
            "Improvement notice", "Department for Education", LocalDate.of(2021, 5, 18), null));

    @Test
    void keepsTheLetterWithoutTheBracketsCitationsWrapItIn() {
        assertThat(RequirementLetterPolicy.normalise(" (c) ")).isEqualTo("c");
        assertThat(RequirementLetterPolicy.normalise("iv")).isEqualTo("iv");
        assertThat(RequirementLetterPolicy.normalise(null)).isEmpty();
    }

    @Test
    void refusesALetterAnotherRequirementOfTheNoticeHasWhateverItsCase() {
        notice.require("a", "Appoint an adviser");
        assertThat(codes(RequirementLetterPolicy.allows(notice, "A"))).containsExactly("improvement.requirement.label.taken");
        assertThat(codes(RequirementLetterPolicy.allows(notice, "b"))).isEmpty();
    }

    @Test
    void refusesAnEmptyLetterAndOneThatIsNotLettersOrNumbers() {
        assertThat(codes(RequirementLetterPolicy.allows(notice, ""))).containsExactly("improvement.requirement.label.required");
        assertThat(codes(RequirementLetterPolicy.allows(notice, "c d"))).containsExactly("improvement.requirement.label.format");
        assertThat(codes(RequirementLetterPolicy.allows(notice, "abcdefghijk"))).containsExactly("improvement.requirement.label.format");
        assertThat(codes(RequirementLetterPolicy.allows(notice, "12"))).isEmpty();
    }
}
