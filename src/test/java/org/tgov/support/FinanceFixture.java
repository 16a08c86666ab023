package org.tgov.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tgov.budget.CostCategory;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.ExpenditureType;
import org.tgov.funding.DecisionDetails;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.NewTranche;
import org.tgov.funding.StreamDetails;
import org.tgov.identity.Tenancy;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * A programme with money for finance tests: a workstream, a reserve stream, a decision of £1,000
 * of which £600 is released (tranche 1) and £400 is not (tranche 2), and two cost lines with a
 * £1,000 budget in 2022/23, one charged to the decision.
 */
@Component
public class FinanceFixture {

    public static final FinancialYear YEAR = new FinancialYear(2022);

    private final TestData data;
    private final WorkstreamManagement workstreams;
    private final FundingManagement funding;
    private final CostLineManagement costLines;

    FinanceFixture(TestData data, WorkstreamManagement workstreams, FundingManagement funding, CostLineManagement costLines) {
        this.data = data;
        this.workstreams = workstreams;
        this.funding = funding;
        this.costLines = costLines;
    }

    public record FinanceSetup(Long programmeId, Long workstreamId, Long streamId, Long decisionId, Long chargedLineId,
            String chargedCode, Long otherLineId, String otherCode) {
    }

    public FinanceSetup create(TestData.Council council) {
        Long programmeId = data.programme(council);
        return Tenancy.callAs(council.id(), () -> {
            Long workstream = workstreams.create(programmeId, "Workforce", null, null);
            Long stream = funding.createStream(programmeId, new StreamDetails("Reserve", FundingStreamType.RESERVE, null),
                    Map.of(YEAR, Money.pounds(2000)));
            Long decision = funding.createDecision(programmeId, new DecisionDetails("Cabinet", LocalDate.of(2022, 3, 31),
                    "CAB-1", Money.pounds(1000), Map.of(stream, Money.pounds(1000)), null));
            funding.addTranche(programmeId, decision, new NewTranche("Tranche 1", Money.pounds(600), LocalDate.of(2022, 4, 1),
                    LocalDate.of(2022, 4, 1)));
            funding.addTranche(programmeId, decision, new NewTranche("Tranche 2", Money.pounds(400), LocalDate.of(2022, 7, 1),
                    null));
            Long charged = costLines.create(programmeId, details(workstream, "AG-1", stream, decision), Map.of(YEAR, Money.pounds(1000)));
            Long other = costLines.create(programmeId, details(workstream, "RC-1", stream, null), Map.of(YEAR, Money.pounds(1000)));
            return new FinanceSetup(programmeId, workstream, stream, decision, charged, "AG-1", other, "RC-1");
        });
    }

    /** A line of the workstream drawing on the stream in the fixture's year. */
    public static CostLineDetails details(Long workstream, String code, Long stream, Long decision) {
        return new CostLineDetails(workstream, code, "Line " + code, CostCategory.AGENCY_STAFF, ExpenditureType.IMPROVEMENT,
                Map.of(YEAR, stream), decision, Set.of(), BigDecimal.ONE, false);
    }
}
