package org.tgov.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tgov.benefits.Confidence;
import org.tgov.benefits.SavingsManagement;
import org.tgov.benefits.SavingsTargetDetails;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.CostCategory;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.ExpenditureType;
import org.tgov.budget.ForecastManagement;
import org.tgov.funding.DecisionDetails;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.NewTranche;
import org.tgov.funding.StreamDetails;
import org.tgov.identity.NewUser;
import org.tgov.identity.OrganisationManagement;
import org.tgov.identity.Role;
import org.tgov.identity.Tenancy;
import org.tgov.identity.UserManagement;
import org.tgov.programme.ProgrammeDetails;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.ProgrammeStatus;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.spend.SpendManagement;
import org.tgov.support.TestData;
import org.tgov.workforce.EstablishmentManagement;

/**
 * A council whose every name, reference and code is one long word with nowhere to break it (as
 * invoice numbers, email addresses and compound names are), each as long as its field allows or
 * far wider than 320 CSS px: a record of every kind, and a person who administers, does the
 * finance and chairs the body that decides change requests, so that they are shown every page.
 */
@Component
class LongWordsCouncil {

    /** About 500 px of text with no break opportunity. */
    static final String WORD = "Multiagencysafeguardinghubtransformationprogramme";
    private static final String CODE = "MASHTRANSFORMATIONAGENCYSOCIALWORKERS0";
    private static final FinancialYear YEAR = new FinancialYear(2022);

    record Setup(Long organisationId, String username) {
    }

    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final BodyManagement bodies;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final FundingManagement funding;
    private final CostLineManagement costLines;
    private final ForecastManagement forecasts;
    private final SpendManagement spend;
    private final SavingsManagement savings;
    private final EstablishmentManagement establishment;
    private final ChangeRequestManagement changes;

    LongWordsCouncil(OrganisationManagement organisations, UserManagement users, BodyManagement bodies,
            ProgrammeManagement programmes, WorkstreamManagement workstreams, FundingManagement funding,
            CostLineManagement costLines, ForecastManagement forecasts, SpendManagement spend, SavingsManagement savings,
            EstablishmentManagement establishment, ChangeRequestManagement changes) {
        this.organisations = organisations;
        this.users = users;
        this.bodies = bodies;
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.funding = funding;
        this.costLines = costLines;
        this.forecasts = forecasts;
        this.spend = spend;
        this.savings = savings;
        this.establishment = establishment;
        this.changes = changes;
    }

    Setup create() {
        String suffix = TestData.unique("").substring(1);
        Long organisation = organisations.create(WORD + suffix, new NewUser("administrator" + suffix,
                "Administrator " + WORD, null, TestData.PASSWORD, Set.of(Role.ADMIN)));
        String username = "chairofthe" + WORD.toLowerCase() + suffix;
        Tenancy.runAs(organisation, () -> {
            Long person = users.create(new NewUser(username, "Alexandra " + WORD, WORD.toLowerCase() + "@" + WORD.toLowerCase()
                    + ".example.org", TestData.PASSWORD, Set.of(Role.ADMIN, Role.FINANCE, Role.CHAIR)));
            Long body = bodies.create(new BodyDetails(WORD + "Board", BodyType.RESOURCES_BOARD, person, WORD + "Chair",
                    Cadence.MONTHLY, WORD + "Remit", true));
            bodies.replaceMembers(body, bodies.get(body).getVersion(), Set.of(person));
            money(programmes.create(new ProgrammeDetails(WORD, WORD + "Owner", LocalDate.of(2021, 4, 1),
                    LocalDate.of(2024, 3, 31), List.of(WORD + "Aim"), ProgrammeStatus.ACTIVE)));
        });
        return new Setup(organisation, username);
    }

    private void money(Long programme) {
        Long workstream = workstreams.create(programme, WORD + "Workstream", WORD + "Lead", WORD + "Description");
        Long stream = funding.createStream(programme, new StreamDetails(WORD + "Reserve", FundingStreamType.RESERVE,
                WORD + "Notes"), Map.of(YEAR, Money.pounds(5000)));
        Long decision = funding.createDecision(programme, new DecisionDetails(WORD + "Cabinet", LocalDate.of(2022, 3, 31),
                (WORD + WORD).toUpperCase(), Money.pounds(3000), Map.of(stream, Money.pounds(3000)), WORD + "Notes"));
        funding.addTranche(programme, decision, new NewTranche(WORD.substring(0, 40) + "Tranche", Money.pounds(2000),
                LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 1)));
        Long target = savings.create(programme, new SavingsTargetDetails(workstream, YEAR, WORD + "Saving",
                Money.pounds(500), Money.pounds(100), true, WORD + "Evidence", Confidence.MEDIUM));
        Long charged = costLines.create(programme, line(workstream, CODE + "1", stream, decision, Set.of(target)),
                Map.of(YEAR, Money.pounds(2000)));
        Long other = costLines.create(programme, line(workstream, CODE + "2", stream, null, Set.of()),
                Map.of(YEAR, Money.pounds(2000)));
        spend.record(charged, LocalDate.of(2022, 4, 1), Money.pounds(100), (WORD + WORD).toUpperCase(), WORD + "Invoice");
        spend.commit(charged, LocalDate.of(2022, 5, 1), Money.pounds(100), WORD + "Supplier", (WORD + WORD).toUpperCase(),
                WORD + "Order");
        forecasts.set(charged, YEAR, Money.pounds(2500), null, WORD + "Reason");
        establishment.plan(programme, YEAR, new BigDecimal("12.5"));
        establishment.recordActual(programme, LocalDate.of(2022, 4, 1), new BigDecimal("10"), new BigDecimal("2.5"));
        List<BudgetChange> virement = List.of(new BudgetChange(charged, YEAR, Money.pounds(-10)),
                new BudgetChange(other, YEAR, Money.pounds(10)));
        changes.draft(programme, ChangeRequestType.VIREMENT, WORD + "Draft", WORD + "Rationale", virement);
        Long submitted = changes.draft(programme, ChangeRequestType.VIREMENT, WORD + "Submitted", WORD + "Rationale", virement);
        changes.submit(submitted, 0);
    }

    private static CostLineDetails line(Long workstream, String code, Long stream, Long decision, Set<Long> targets) {
        return new CostLineDetails(workstream, code, WORD + "Line", CostCategory.AGENCY_STAFF,
                ExpenditureType.TRANSFORMATION, Map.of(YEAR, stream), decision, targets, BigDecimal.ONE, false);
    }
}
