package org.tgov.crawl;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestType;
import org.tgov.identity.NewUser;
import org.tgov.identity.Role;
import org.tgov.identity.Tenancy;
import org.tgov.identity.UserManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.spend.SpendManagement;
import org.tgov.support.FinanceFixture;
import org.tgov.support.TestData;

/**
 * What the crawl needs besides the demo: a record of every kind in each organisation (change
 * requests in several states, a commitment), a user the administrators may safely change, and a
 * second organisation with a user who holds every organisation role.
 */
@Component
class CrawlData {

    static final String TARGET = "crawl-target";
    static final String DEMO_ORGANISATION = "Herefordshire Council";

    record Setup(Long demoOrganisationId, Long otherOrganisationId, String otherUsername, byte[] demoCsv) {
    }

    private final JdbcTemplate jdbc;
    private final TestData data;
    private final FinanceFixture finance;
    private final UserManagement users;
    private final BodyManagement bodies;
    private final ChangeRequestManagement changes;
    private final SpendManagement spend;

    CrawlData(JdbcTemplate jdbc, TestData data, FinanceFixture finance, UserManagement users, BodyManagement bodies,
            ChangeRequestManagement changes, SpendManagement spend) {
        this.jdbc = jdbc;
        this.data = data;
        this.finance = finance;
        this.users = users;
        this.bodies = bodies;
        this.changes = changes;
        this.spend = spend;
    }

    Setup create() {
        Long demo = jdbc.queryForObject("select id from organisation where name = ?", Long.class, DEMO_ORGANISATION);
        Long programme = jdbc.queryForObject("select min(id) from programme where organisation_id = ?", Long.class, demo);
        // the two lines not charged to a decision with the largest budgets in one year: a virement of £10 between them
        Map<String, Object> largest = jdbc.queryForMap("""
                select f.financial_year as year from cost_line c join cost_line_figures f on f.cost_line_id = c.id
                where c.programme_id = ? and c.funding_decision_id is null order by f.budget desc, c.code limit 1""", programme);
        int year = ((Number) largest.get("year")).intValue();
        List<Long> lines = jdbc.queryForList("""
                select c.id from cost_line c left join cost_line_figures f on f.cost_line_id = c.id and f.financial_year = ?
                where c.programme_id = ? and c.funding_decision_id is null order by coalesce(f.budget, 0) desc, c.code""",
                Long.class, year, programme);
        Tenancy.runAs(demo, () -> {
            users.create(new NewUser(TARGET, "Crawl Target", null, TestData.PASSWORD, Set.of(Role.OFFICER)));
            requests(programme, new FinancialYear(year), lines.get(0), lines.get(1));
            spend.commit(lines.get(0), LocalDate.of(2022, 5, 1), Money.pounds(100), "Crawl supplier", "PO-1", null);
        });

        TestData.Council other = data.council();
        FinanceFixture.FinanceSetup money = finance.create(other);
        String otherUser = TestData.unique("crawl-other");
        Tenancy.runAs(other.id(), () -> {
            users.create(new NewUser(otherUser, "Other Council Person", null, TestData.PASSWORD,
                    Set.of(Role.ADMIN, Role.OFFICER, Role.FINANCE, Role.CHAIR)));
            users.create(new NewUser(TestData.unique(TARGET), "Other Crawl Target", null, TestData.PASSWORD, Set.of(Role.OFFICER)));
            bodies.create(new BodyDetails("Other Council Finance Panel", BodyType.OTHER, null, null, Cadence.MONTHLY, null, true));
            requests(money.programmeId(), FinanceFixture.YEAR, money.chargedLineId(), money.otherLineId());
            spend.commit(money.otherLineId(), LocalDate.of(2022, 5, 1), Money.pounds(10), "Other supplier", null, null);
        });
        String code = jdbc.queryForObject("select code from cost_line where id = ?", String.class, lines.get(0));
        byte[] csv = ("cost line code,month,amount,reference,description\n" + code + ",2022-04,1.00,CRAWL-1,Crawl row\n")
                .getBytes(StandardCharsets.UTF_8);
        return new Setup(demo, other.id(), otherUser, csv);
    }

    /** A draft and a submitted virement between two cost lines. */
    private void requests(Long programme, FinancialYear year, Long from, Long to) {
        List<BudgetChange> virement = List.of(new BudgetChange(from, year, Money.pounds(-10)), new BudgetChange(to, year, Money.pounds(10)));
        changes.draft(programme, ChangeRequestType.VIREMENT, "Crawl draft", "Why", virement);
        Long submitted = changes.draft(programme, ChangeRequestType.VIREMENT, "Crawl submitted", "Why", virement);
        changes.submit(submitted, 0);
    }
}
