package org.tgov.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tgov.improvement.Frequency;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.Polarity;

/**
 * The demo's measures that matter. The papers give the caseload benchmark (15 to 18 children per
 * social worker in good and outstanding councils) and that most audited cases were inadequate or
 * required improvement; every value is illustrative and marked so.
 */
@Component
@Profile("demo")
class DemoMeasures {

    private final MeasureManagement measures;

    DemoMeasures(MeasureManagement measures) {
        this.measures = measures;
    }

    void load(Long programmeId) {
        Long caseload = measures.create(programmeId, new MeasureDetails("Average caseload per social worker",
                "Caseloads that let social workers know their children well and visit them as often as they need",
                "children", Polarity.LOWER_IS_BETTER, new BigDecimal("24"), LocalDate.of(2022, 4, 1), new BigDecimal("18"),
                LocalDate.of(2024, 3, 1), "15 to 18 children per social worker in good and outstanding councils",
                "Above the range of good and outstanding councils; falling as permanent staff start", Frequency.MONTHLY, true));
        values(programmeId, caseload, LocalDate.of(2022, 4, 1), "24", "23.5", "23", "22", "21.5", "21", "20", "20.5", "19.5", "19", "18.5", "18.5");

        Long agency = measures.create(programmeId, new MeasureDetails("Agency social workers",
                "A stable, permanent workforce: fewer changes of social worker for children", "% of social workers",
                Polarity.LOWER_IS_BETTER, new BigDecimal("42"), LocalDate.of(2022, 4, 1), new BigDecimal("15"),
                LocalDate.of(2024, 3, 1), "Around 15% of children's social workers in England are agency staff",
                "Well above the national share; the recruitment campaign is reducing it", Frequency.QUARTERLY, true));
        values3(programmeId, agency, LocalDate.of(2022, 4, 1), "42", "38", "33", "29");

        Long turnover = measures.create(programmeId, new MeasureDetails("Social worker turnover",
                "Keep the social workers the council recruits", "% a year", Polarity.LOWER_IS_BETTER, new BigDecimal("24"),
                LocalDate.of(2022, 4, 1), new BigDecimal("16"), LocalDate.of(2024, 3, 1),
                "About 16% a year across England", "Above the national rate; a workforce profile to benchmark it was asked for by Scrutiny",
                Frequency.QUARTERLY, true));
        values3(programmeId, turnover, LocalDate.of(2022, 4, 1), "24", "25", "22", "21");

        Long audits = measures.create(programmeId, new MeasureDetails("Audited cases judged good or better",
                "Practice that is good for every child, shown by the monthly case audits", "% of audited cases",
                Polarity.HIGHER_IS_BETTER, new BigDecimal("20"), LocalDate.of(2021, 12, 1), new BigDecimal("60"),
                LocalDate.of(2024, 3, 1), "Good and outstanding councils judge most audited cases good or better",
                "Most cases audited in December 2021 were inadequate or required improvement", Frequency.MONTHLY, true));
        values(programmeId, audits, LocalDate.of(2022, 7, 1), "22", "25", "24", "28", "30", "31", "33", "36", "38");
    }

    private void values(Long programmeId, Long measureId, LocalDate from, String... figures) {
        for (int i = 0; i < figures.length; i++) {
            measures.recordValue(programmeId, measureId, from.plusMonths(i), new BigDecimal(figures[i]), null);
        }
    }

    private void values3(Long programmeId, Long measureId, LocalDate from, String... figures) {
        for (int i = 0; i < figures.length; i++) {
            measures.recordValue(programmeId, measureId, from.plusMonths(3L * i), new BigDecimal(figures[i]), null);
        }
    }
}
