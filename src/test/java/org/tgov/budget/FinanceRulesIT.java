package org.tgov.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tgov.support.Refusals.assertRefused;

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
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.StreamDetails;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.reporting.FinanceReports;
import org.tgov.reporting.ProgrammeFinance;
import org.tgov.shared.Money;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.spend.ImportPreview;
import org.tgov.spend.SpendManagement;
import org.tgov.support.English;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

@IntegrationTest
class FinanceRulesIT {

    private static final LocalDate MAY = LocalDate.of(2022, 5, 1);
    /** A decision is taken at a meeting held since the request was submitted, and not in the future. */
    private static final LocalDate MEETING = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired SpendManagement spend;
    @Autowired CostLineManagement costLines;
    @Autowired FundingManagement funding;
    @Autowired org.tgov.funding.FundingFacts fundingFacts;
    @Autowired ForecastManagement forecasts;
    @Autowired ChangeRequestManagement changes;
    @Autowired BodyManagement bodies;
    @Autowired FinanceReports reports;
    @Autowired BudgetFigures figures;

    @Test
    void refusesSpendAndCommitmentsBeyondReleasedTranches() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            spend.record(money.chargedLineId(), MAY, Money.pounds(500), "INV-1", null);
            Refused limit = assertRefused(() -> spend.commit(money.chargedLineId(), MAY, Money.pounds(150), "Agency Ltd", "PO-1",
                    null), "spend.trancheLimit");
            assertThat(limit.refusals().get(0).arguments()).contains(Money.pounds(100));
            spend.commit(money.chargedLineId(), MAY, Money.pounds(100), "Agency Ltd", "PO-1", null);
            assertRefused(() -> spend.record(money.chargedLineId(), MAY, Money.parse("0.01"), "INV-2", null),
                    "spend.trancheLimit.nothingLeft");
            // a line not charged to the decision is not limited by it
            spend.record(money.otherLineId(), MAY, Money.pounds(900), "INV-3", null);
            funding.releaseTranche(money.programmeId(), money.decisionId(),
                    fundingFacts.decision(money.programmeId(), money.decisionId()).tranches().get(1).id(), LocalDate.of(2022, 7, 1));
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
            assertThat(English.of(preview.problemRows().get(0).problem())).contains("NOPE-9 is not one of this programme's cost lines");
            assertThat(spend.spendOn(money.chargedLineId())).isEmpty();

            String good = bad.replace("NOPE-9", "RC-1").replace("12.345", "12.34");
            ImportPreview imported = spend.importFile(money.programmeId(), "april.csv", good.getBytes(StandardCharsets.UTF_8));
            assertThat(imported.canImport()).isTrue();
            assertThat(spend.spendOn(money.chargedLineId())).hasSize(1);
            assertThat(spend.spendOn(money.otherLineId())).hasSize(2);

            ImportPreview again = spend.preview(money.programmeId(), "april-copy.csv", good.getBytes(StandardCharsets.UTF_8));
            assertThat(again.canImport()).isFalse();
            assertThat(again.alreadyImported().fileName()).isEqualTo("april.csv");
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
            assertThat(preview.refusals()).singleElement()
                    .satisfies(refusal -> assertThat(refusal.code()).isEqualTo("spend.trancheLimit"))
                    .satisfies(refusal -> assertThat(refusal.arguments()).contains(Money.pounds(600)));
            assertThat(spend.spendOn(money.chargedLineId())).isEmpty();
        });
    }

    @Test
    void refusesCapitalReceiptsForImprovementSpend() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            Long receipts = funding.createStream(money.programmeId(), new StreamDetails("Capital receipts",
                    FundingStreamType.CAPITAL_RECEIPTS, null), Map.of(FinanceFixture.YEAR, Money.pounds(100)));
            assertRefused(() -> costLines.create(money.programmeId(),
                    FinanceFixture.details(money.workstreamId(), "CR-1", receipts, null), Map.of()),
                    "budget.capitalReceipts.transformationOnly");
            assertThat(costLines.of(money.programmeId())).hasSize(2);
        });
    }

    @Test
    void approvalAppliesEveryBudgetChangeAndOnlyTheDecidingBodyDecides() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        SignedInUser chair = data.user(council, Role.CHAIR);
        Tenancy.runAs(council.id(), () -> bodies.create(new BodyDetails(TestData.unique("Finance Committee"),
                BodyType.OTHER, chair.getId(), null, Cadence.MONTHLY, null, true)));
        Tenancy.runAs(council.id(), () -> {
            List<BudgetChange> virement = List.of(new BudgetChange(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(-120)),
                    new BudgetChange(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(120)));
            Long approved = changes.draft(money.programmeId(), ChangeRequestType.VIREMENT, "Recruitment campaign",
                    "Move agency budget", virement);
            Long rejected = changes.draft(money.programmeId(), ChangeRequestType.BUDGET_INCREASE, "More", "Because",
                    List.of(new BudgetChange(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(5000))));
            changes.submit(approved, 0);
            changes.submit(rejected, 0);

            assertRefused(() -> changes.decide(approved, 1, true, MEETING, "RB/22/4", null, officer),
                    "changeRequest.decide.notOnBody");
            changes.decide(approved, 1, true, MEETING, "RB/22/4", null, chair);
            changes.decide(rejected, 1, false, MEETING, "RB/22/5", "Not justified", chair);
            assertRefused(() -> changes.decide(rejected, 2, true, MEETING, "RB/22/5", null, chair),
                    "changeRequest.status.decided");

            ProgrammeFinance finance = reports.programmeFinance(money.programmeId());
            var byLine = finance.byCostLine();
            assertThat(byLine.get(0).label()).startsWith("AG-1");
            assertThat(byLine.get(0).in(FinanceFixture.YEAR).budget()).isEqualTo(Money.pounds(880));
            assertThat(byLine.get(1).in(FinanceFixture.YEAR).budget()).isEqualTo(Money.pounds(1120));
            assertThat(costLines.budgetHistory(money.chargedLineId())).extracting(BudgetMovement::changeRequestId)
                    .containsExactly(null, approved);
        });
    }

    /** Refused at submission when the budgets of the day cannot take it, and again at approval if they changed since. */
    @Test
    void aRequestThatWouldTakeABudgetBelowZeroIsRefusedAndChangesNothing() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        SignedInUser chair = data.user(council, Role.CHAIR);
        Tenancy.runAs(council.id(), () -> bodies.create(new BodyDetails(TestData.unique("Resources Board"),
                BodyType.RESOURCES_BOARD, chair.getId(), null, Cadence.MONTHLY, null, true)));
        Tenancy.runAs(council.id(), () -> {
            Long tooMuch = changes.draft(money.programmeId(), ChangeRequestType.VIREMENT, "Too much", "x",
                    virement(money, 1500));
            assertThat(changes.problems(tooMuch)).extracting(org.tgov.shared.Refusal::code)
                    .contains("changeRequest.budget.belowZero");
            assertRefused(() -> changes.submit(tooMuch, 0), "changeRequest.budget.belowZero");
            assertThat(changes.get(tooMuch).status()).isEqualTo(ChangeRequestStatus.DRAFT);

            Long first = changes.draft(money.programmeId(), ChangeRequestType.VIREMENT, "First", "x", virement(money, 800));
            Long second = changes.draft(money.programmeId(), ChangeRequestType.VIREMENT, "Second", "x", virement(money, 500));
            changes.submit(first, 0);
            changes.submit(second, 0);
            changes.decide(first, 1, true, MEETING, "RB/1", null, chair);
            assertRefused(() -> changes.decide(second, 1, true, MEETING, "RB/2", null, chair), "changeRequest.budget.belowZero");
            assertThat(changes.get(second).status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
            assertThat(costLines.budgetHistory(money.otherLineId())).hasSize(2);
        });
    }

    private static List<BudgetChange> virement(org.tgov.support.FinanceFixture.FinanceSetup money, long amount) {
        return List.of(new BudgetChange(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(amount)),
                new BudgetChange(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(-amount)));
    }

    @Test
    void sumsAProgrammesMoneyInTheDatabaseAsTheFinancePageAddsItUp() {
        TestData.Council council = data.council();
        assertThat(Tenancy.callAs(council.id(), () -> figures.totalOf(data.programme(council)))).as("no cost lines yet").isEmpty();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            forecasts.set(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(900), null, null);
            forecasts.set(money.otherLineId(), new org.tgov.shared.FinancialYear(FinanceFixture.YEAR.startYear() + 1),
                    Money.pounds(70), null, "A year with no budget yet");
            spend.record(money.chargedLineId(), LocalDate.of(2022, 5, 1), Money.pounds(30), "INV-TOTAL", null);
            spend.commit(money.otherLineId(), LocalDate.of(2022, 5, 1), Money.pounds(5), "Supplier", null, null);

            org.tgov.budget.Measures total = figures.totalOf(money.programmeId()).orElseThrow();
            assertThat(total).isEqualTo(reports.programmeFinance(money.programmeId()).total().total());
            assertThat(total.budget()).isEqualTo(Money.pounds(2000));
            assertThat(total.forecast()).as("900 set, 1,000 standing as its budget, 70 for a year without figures")
                    .isEqualTo(Money.pounds(1970));
            assertThat(total.actual()).isEqualTo(Money.pounds(30));
            assertThat(total.committed()).isEqualTo(Money.pounds(5));
        });
    }

    @Test
    void refusesAStaleForecastAndKeepsItsHistory() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            forecasts.set(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(900), null, null);
            forecasts.set(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(950), 0L, null);
            assertThatThrownBy(() -> forecasts.set(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(999), 0L, null))
                    .isInstanceOf(StaleEditException.class);
            assertThat(forecasts.of(money.chargedLineId())).singleElement()
                    .satisfies(f -> assertThat(f.amount()).isEqualTo(Money.pounds(950)));
            assertThat(forecasts.history(money.chargedLineId())).extracting(ForecastChange::amount)
                    .containsExactly(Money.pounds(950), Money.pounds(900));
        });
    }

    @Test
    void correctsTheOriginalBudgetWithAnEntryInsteadOfRewritingIt() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            CostLineView line = costLines.get(money.otherLineId());
            costLines.update(line.id(), line.version(),
                    FinanceFixture.details(money.workstreamId(), "RC-1", money.streamId(), null),
                    Map.of(FinanceFixture.YEAR, Money.pounds(1200)));
            assertThat(costLines.originalBudget(line.id())).containsEntry(FinanceFixture.YEAR, Money.pounds(1200));
            assertThat(costLines.budgetHistory(line.id())).extracting(e -> e.amount().amount())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("1000"), new BigDecimal("200"));
        });
    }

    @Test
    void refusesAStaleEditThatChangesOnlyTheBudget() {
        TestData.Council council = data.council();
        var money = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            long seen = costLines.get(money.otherLineId()).version();
            var details = FinanceFixture.details(money.workstreamId(), "RC-1", money.streamId(), null);
            costLines.update(money.otherLineId(), seen, details, Map.of(FinanceFixture.YEAR, Money.pounds(1100)));
            assertThatThrownBy(() -> costLines.update(money.otherLineId(), seen, details,
                    Map.of(FinanceFixture.YEAR, Money.pounds(1300))))
                    .isInstanceOf(StaleEditException.class);
            assertThat(costLines.originalBudget(money.otherLineId())).containsEntry(FinanceFixture.YEAR, Money.pounds(1100));
        });
    }
}
