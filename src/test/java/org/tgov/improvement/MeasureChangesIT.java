package org.tgov.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tgov.support.Refusals.assertRefused;
import static org.tgov.support.TestData.actingAs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ModuleIntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/** Adding and changing a measure through its façade, on PostgreSQL: its rules, its version, its organisation. */
@ModuleIntegrationTest
@Import(TestData.class)
class MeasureChangesIT {

    @Autowired TestData data;
    @Autowired MeasureManagement measures;

    static MeasureDetails turnover(String name, BigDecimal baseline, LocalDate baselineOn, BigDecimal target, LocalDate by) {
        return new MeasureDetails(name, "Keep the social workers we recruit", "% a year", Polarity.LOWER_IS_BETTER, baseline,
                baselineOn, target, by, "About 16% a year", "Above the national rate", Frequency.QUARTERLY, false);
    }

    @Test
    void changesAMeasureOnceAndRefusesAStaleCopyIncoherentFiguresAndAnotherMeasuresName() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long programme = data.programme(council);
        actingAs(officer, () -> {
            Long id = measures.create(programme, turnover("Turnover", new BigDecimal("24"), LocalDate.of(2022, 4, 1),
                    new BigDecimal("16"), LocalDate.of(2024, 3, 1)));
            measures.create(programme, turnover("Vacancies", null, null, new BigDecimal("10"), null));
            long version = measures.measure(programme, id).version();

            assertRefused(() -> measures.change(programme, id, version, turnover("Turnover", new BigDecimal("24"),
                    LocalDate.of(2024, 4, 1), new BigDecimal("16"), LocalDate.of(2024, 3, 1))), "improvement.measure.targetBy.beforeBaseline");
            assertRefused(() -> measures.change(programme, id, version, turnover("Turnover", new BigDecimal("24"),
                    LocalDate.of(2022, 4, 1), new BigDecimal("30"), null)), "improvement.measure.target.notLower");
            assertRefused(() -> measures.change(programme, id, version, turnover("Turnover", null,
                    LocalDate.of(2022, 4, 1), new BigDecimal("16"), null)), "improvement.measure.baselineOn.withoutValue");
            assertRefused(() -> measures.change(programme, id, version, turnover("vacancies", null, null, new BigDecimal("16"), null)),
                    "improvement.measure.name.taken");

            measures.change(programme, id, version, turnover("Social worker turnover", new BigDecimal("24"),
                    LocalDate.of(2022, 4, 1), new BigDecimal("15"), LocalDate.of(2024, 9, 1)));
            MeasureView changed = measures.measure(programme, id);
            assertThat(changed.details().name()).isEqualTo("Social worker turnover");
            assertThat(changed.details().target()).isEqualByComparingTo("15");
            assertThat(changed.version()).isGreaterThan(version);

            assertThatThrownBy(() -> measures.change(programme, id, version, turnover("Lost change", null, null,
                    new BigDecimal("1"), null))).isInstanceOf(StaleEditException.class);
            assertThat(measures.measure(programme, id).details().name()).isEqualTo("Social worker turnover");
        });

        SignedInUser stranger = data.user(data.council(), Role.OFFICER);
        Long id = actingAs(officer, () -> measures.measures(programme).get(0).id());
        actingAs(stranger, () -> assertThatThrownBy(() -> measures.change(programme, id, 1, turnover("Mine", null, null,
                BigDecimal.ONE, null))).isInstanceOf(NotFoundException.class));
    }
}
