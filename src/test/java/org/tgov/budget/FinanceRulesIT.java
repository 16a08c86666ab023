package org.tgov.budget;

import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.reporting.FinanceReports;
import org.tgov.reporting.ProgrammeFinance;
import org.tgov.spend.ImportPreview;
import org.tgov.spend.SpendManagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

@IntegrationTest
class FinanceRulesIT {

    private static final LocalDate MAY = LocalDate.of(2022, 5, 1);

    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired SpendManagement spend;
    @Autowired CostLineManagement costLines;
    @Autowired FundingManagement funding;
    @Autowired ForecastManagement forecasts;
    @Autowired ChangeRequestManagement changes;
    @Autowired BodyManagement bodies;
    @Autowired FinanceReports reports;

    @Test
    void refusesSpendAndCommitmentsBeyondReleasedTranches() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            spend.record(money.chargedLineId(), MAY, Money.pounds(500), "INV-1", null);
            assertThatThrownBy(() -> spend.commit(money.chargedLineId(), MAY, Money.pounds(150), "Agency Ltd", "PO-1", null))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("£100.00 is left");
            spend.commit(money.chargedLineId(), MAY, Money.pounds(100), "Agency Ltd", "PO-1", null);
            assertThatThrownBy(() -> spend.record(money.chargedLineId(), MAY, Money.parse("0.01"), "INV-2", null))
                    .hasMessageContaining("Nothing is left");
            // a line not charged to the decision is not limited by it
            spend.record(money.otherLineId(), MAY, Money.pounds(900), "INV-3", null);
            funding.releaseTranche(money.decisionId(),
                    funding.decision(money.decisionId()).getTranches().get(1).getId(), LocalDate.of(2022, 7, 1));
            spend.record(money.chargedLineId(), MAY, Money.pounds(400), "INV-4", null);
            assertThat(spend.spendOn(money.chargedLineId())).hasSize(2);
        });
    }

    @Test
    void importsAWholeGoodFileOnceAndNothingFromAFileWithBadRows() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        String bad = """
                cost line code,month,amount,reference,description
                AG-1,2022-04,100.00,INV-1,ok
                NOPE-9,2022-04,10.00,INV-2,unknown line
                RC-1,2022-05,12.345,INV-3,three decimals
                """;
        Tenancy.runAs(council.id(), () -> {
            ImportPreview preview = spend.importFile(money.programmeId(), "april.csv", bad.getBytes(StandardCharsets.UTF_8));
            assertThat(preview.canImport()).isFalse();
            assertThat(preview.problemRows()).extracting(ImportPreview.PreviewRow::lineNumber).containsExactly(3, 4);
            assertThat(preview.problemRows().get(0).problem()).contains("NOPE-9 is not one of this programme's cost lines");
            assertThat(spend.spendOn(money.chargedLineId())).isEmpty();

            String good = bad.replace("NOPE-9", "RC-1").replace("12.345", "12.34");
            ImportPreview imported = spend.importFile(money.programmeId(), "april.csv", good.getBytes(StandardCharsets.UTF_8));
            assertThat(imported.canImport()).isTrue();
            assertThat(spend.spendOn(money.chargedLineId())).hasSize(1);
            assertThat(spend.spendOn(money.otherLineId())).hasSize(2);

            ImportPreview again = spend.preview(money.programmeId(), "april-copy.csv", good.getBytes(StandardCharsets.UTF_8));
            assertThat(again.canImport()).isFalse();
            assertThat(again.alreadyImported().getFileName()).isEqualTo("april.csv");
            spend.importFile(money.programmeId(), "april-copy.csv", good.getBytes(StandardCharsets.UTF_8));
            assertThat(spend.spendOn(money.otherLineId())).hasSize(2);
        });
    }

    @Test
    void refusesAFileThatWouldBreachTheTrancheLimitAsAWhole() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        String file = "cost line code,month,amount,reference,description\nAG-1,2022-04,400,A,\nAG-1,2022-05,400,B,\n";
        Tenancy.runAs(council.id(), () -> {
            ImportPreview preview = spend.importFile(money.programmeId(), "f.csv", file.getBytes(StandardCharsets.UTF_8));
            assertThat(preview.canImport()).isFalse();
            assertThat(preview.fileProblems()).singleElement().asString().contains("£600.00 released");
            assertThat(spend.spendOn(money.chargedLineId())).isEmpty();
        });
    }

    @Test
    void refusesCapitalReceiptsForImprovementSpend() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            Long receipts = funding.createStream(money.programmeId(), "Capital receipts", FundingStreamType.CAPITAL_RECEIPTS,
                    null, Map.of(FinanceFixture.YEAR, Money.pounds(100)));
            assertThatThrownBy(() -> costLines.create(money.programmeId(),
                    FinanceFixture.details(money.workstreamId(), "CR-1", receipts, null), Map.of()))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("must be transformation spend");
            assertThat(costLines.of(money.programmeId())).hasSize(2);
        });
    }

    @Test
    void approvalAppliesEveryBudgetChangeAndOnlyTheResourcesBoardDecides() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        SignedInUser chair = data.user(council, Role.CHAIR);
        Tenancy.runAs(council.id(), () -> bodies.create(new BodyDetails(TestData.unique("Resources Board"),
                BodyType.RESOURCES_BOARD, chair.getId(), null, Cadence.MONTHLY, null)));
        Tenancy.runAs(council.id(), () -> {
            List<BudgetChange> virement = List.of(new BudgetChange(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(-120)),
                    new BudgetChange(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(120)));
            Long approved = changes.draft(money.programmeId(), ChangeRequestType.VIREMENT, "Recruitment campaign",
                    "Move agency budget", virement);
            Long rejected = changes.draft(money.programmeId(), ChangeRequestType.BUDGET_INCREASE, "More", "Because",
                    List.of(new BudgetChange(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(5000))));
            changes.submit(approved, 0);
            changes.submit(rejected, 0);

            assertThatThrownBy(() -> changes.decide(approved, 1, true, MAY, "RB/22/4", null, officer))
                    .hasMessageContaining("Only the chair or members of the Resources Board");
            changes.decide(approved, 1, true, MAY, "RB/22/4", null, chair);
            changes.decide(rejected, 1, false, MAY, "RB/22/5", "Not justified", chair);
            assertThatThrownBy(() -> changes.decide(rejected, 2, true, MAY, "RB/22/5", null, chair))
                    .hasMessageContaining("rejected and can no longer be decided");

            ProgrammeFinance finance = reports.programmeFinance(money.programmeId());
            var byLine = finance.byCostLine();
            assertThat(byLine.get(0).label()).startsWith("AG-1");
            assertThat(byLine.get(0).in(FinanceFixture.YEAR).budget()).isEqualTo(Money.pounds(880));
            assertThat(byLine.get(1).in(FinanceFixture.YEAR).budget()).isEqualTo(Money.pounds(1120));
            assertThat(costLines.budgetHistory(money.chargedLineId())).extracting(BudgetEntry::getChangeRequestId)
                    .containsExactly(null, approved);
        });
    }

    @Test
    void approvalThatWouldTakeABudgetBelowZeroChangesNothing() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        SignedInUser chair = data.user(council, Role.CHAIR);
        Tenancy.runAs(council.id(), () -> bodies.create(new BodyDetails(TestData.unique("Resources Board"),
                BodyType.RESOURCES_BOARD, chair.getId(), null, Cadence.MONTHLY, null)));
        Tenancy.runAs(council.id(), () -> {
            Long request = changes.draft(money.programmeId(), ChangeRequestType.VIREMENT, "Too much", "x",
                    List.of(new BudgetChange(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(1500)),
                            new BudgetChange(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(-1500))));
            changes.submit(request, 0);
            assertThatThrownBy(() -> changes.decide(request, 1, true, MAY, "RB/1", null, chair))
                    .hasMessageContaining("cannot go below £0");
            assertThat(changes.get(request).getStatus()).isEqualTo(ChangeRequestStatus.SUBMITTED);
            assertThat(costLines.budgetHistory(money.otherLineId())).hasSize(1);
        });
    }

    @Test
    void refusesAStaleForecastAndKeepsItsHistory() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            forecasts.set(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(900), null);
            forecasts.set(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(950), 0L);
            assertThatThrownBy(() -> forecasts.set(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(999), 0L))
                    .isInstanceOf(StaleEditException.class);
            assertThat(forecasts.of(money.chargedLineId())).singleElement()
                    .satisfies(f -> assertThat(f.amount()).isEqualTo(Money.pounds(950)));
            assertThat(forecasts.history(money.chargedLineId())).extracting(ForecastManagement.ForecastChange::amount)
                    .containsExactly(Money.pounds(950), Money.pounds(900));
        });
    }

    @Test
    void correctsTheOriginalBudgetWithAnEntryInsteadOfRewritingIt() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            CostLine line = costLines.get(money.otherLineId());
            costLines.update(line.getId(), line.getVersion(),
                    FinanceFixture.details(money.workstreamId(), "RC-1", money.streamId(), null),
                    Map.of(FinanceFixture.YEAR, Money.pounds(1200)));
            assertThat(costLines.originalBudget(line.getId())).containsEntry(FinanceFixture.YEAR, Money.pounds(1200));
            assertThat(costLines.budgetHistory(line.getId())).extracting(e -> e.amount().amount())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("1000"), new BigDecimal("200"));
        });
    }

    @Test
    void refusesAStaleEditThatChangesOnlyTheBudget() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            long seen = costLines.get(money.otherLineId()).getVersion();
            var details = FinanceFixture.details(money.workstreamId(), "RC-1", money.streamId(), null);
            costLines.update(money.otherLineId(), seen, details, Map.of(FinanceFixture.YEAR, Money.pounds(1100)));
            assertThatThrownBy(() -> costLines.update(money.otherLineId(), seen, details,
                    Map.of(FinanceFixture.YEAR, Money.pounds(1300))))
                    .isInstanceOf(StaleEditException.class);
            assertThat(costLines.originalBudget(money.otherLineId())).containsEntry(FinanceFixture.YEAR, Money.pounds(1100));
        });
    }
}
