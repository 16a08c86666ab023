package org.tgov.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tgov.finance.FinanceReports;
import org.tgov.finance.FundingManagement;
import org.tgov.finance.ProgrammeFinance;
import org.tgov.identity.Tenancy;
import org.tgov.programme.ProgrammeDetails;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.ProgrammeStatus;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

/** The demo money reproduces the April 2022 scrutiny report's tables exactly. */
@IntegrationTest
class DemoFinanceIT {

    @Autowired
    TestData data;

    @Autowired
    DemoFinance demoFinance;

    @Autowired
    ProgrammeManagement programmes;

    @Autowired
    FinanceReports reports;

    @Autowired
    FundingManagement funding;

    @Test
    void costsAndFundingReconcileToThePapersTablesForEachYear() {
        TestData.Council council = data.council();
        ProgrammeFinance finance = Tenancy.callAs(council.id(), () -> {
            Long programmeId = programmes.create(new ProgrammeDetails(TestData.unique("Transformation"), "Director",
                    LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31), List.of("Aim"), ProgrammeStatus.ACTIVE));
            demoFinance.load(programmeId);
            return reports.programmeFinance(programmeId);
        });

        assertThat(finance.years()).extracting(FinancialYear::label).containsExactly("2021/22", "2022/23", "2023/24");
        assertThat(finance.reconciliation()).extracting(r -> r.costs().formatThousands())
                .containsExactly("5,833", "11,487", "4,544");
        assertThat(finance.reconciliation()).extracting(r -> r.funding().formatThousands())
                .containsExactly("5,833", "11,487", "4,544");
        assertThat(finance.reconciles()).isTrue();
        assertThat(finance.total().total().budget()).isEqualTo(Money.pounds(21_864_000));
        assertThat(finance.fundingTotal()).isEqualTo(Money.pounds(21_864_000));
        assertThat(finance.funding()).extracting(e -> e.getKey() + " " + e.getValue().values().stream()
                .map(Money::formatThousands).toList())
                .containsExactly("Department for Education (DfE) grant funding [1,700]",
                        "Financial resilience reserve [1,591, 11,487]",
                        "Increased base budget [4,544]",
                        "Previously approved funding [2,542]");
        assertThat(finance.largestVariances(new FinancialYear(2022), 5)).extracting(v -> v.costLine().getCode())
                .containsExactlyInAnyOrder("WF-03", "WF-04");
    }
}
