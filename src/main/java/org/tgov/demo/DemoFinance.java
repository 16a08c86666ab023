package org.tgov.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tgov.benefits.Confidence;
import org.tgov.benefits.SavingsManagement;
import org.tgov.benefits.SavingsTargetDetails;
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
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.spend.SpendManagement;
import org.tgov.workforce.EstablishmentManagement;

/**
 * The demo programme's money. From the April 2022 scrutiny report and the 31 March 2022 Cabinet
 * minutes, exactly: the funding streams (£000: previously approved 2,542; DfE grant 1,700;
 * Financial Resilience Reserve 1,591 and 11,487; increased base budget 4,544), the costs per year
 * (5,833 / 11,487 / 4,544, total 21,864), the £11.49m decision and its two tranches, and the
 * establishment (+122.75 FTE in 2022/23, +82 from 2023/24). The papers do not split costs into
 * lines or months, so that split and the monthly actuals are invented, add up to the papers'
 * totals and are marked illustrative.
 */
@Component
class DemoFinance {

    private static final FinancialYear Y2021 = new FinancialYear(2021);
    private static final FinancialYear Y2022 = new FinancialYear(2022);
    private static final FinancialYear Y2023 = new FinancialYear(2023);

    private final WorkstreamManagement workstreams;
    private final FundingManagement funding;
    private final CostLineManagement costLines;
    private final SpendManagement spend;
    private final ForecastManagement forecasts;
    private final EstablishmentManagement establishment;
    private final SavingsManagement savings;

    DemoFinance(WorkstreamManagement workstreams, FundingManagement funding, CostLineManagement costLines,
            SpendManagement spend, ForecastManagement forecasts, EstablishmentManagement establishment,
            SavingsManagement savings) {
        this.savings = savings;
        this.workstreams = workstreams;
        this.funding = funding;
        this.costLines = costLines;
        this.spend = spend;
        this.forecasts = forecasts;
        this.establishment = establishment;
    }

    void load(Long programmeId) {
        Map<String, Long> ws = new HashMap<>();
        ws.put("WF", workstreams.create(programmeId, "Workforce", "Head of Workforce Development", "Recruitment and retention of social workers; reducing reliance on agency staff."));
        ws.put("SPD", workstreams.create(programmeId, "Service and practice development", "Principal Social Worker", "Practice standards, supervision and management oversight."));
        ws.put("PQA", workstreams.create(programmeId, "Performance and quality assurance", "Head of Quality Assurance", "Performance management, audit and case management systems."));
        ws.put("EH", workstreams.create(programmeId, "Early help and partnerships", "Head of Early Help", "Early help services and multi-agency partnership working."));
        ws.put("CP", workstreams.create(programmeId, "Corporate parenting", "Head of Corporate Parenting", "Children in care and care leavers; placement sufficiency."));
        ws.put("SEND", workstreams.create(programmeId, "Special educational needs and disabilities", "Head of SEND", "SEND improvement following the peer review."));

        Long previouslyApproved = funding.createStream(programmeId, new StreamDetails("Previously approved funding", FundingStreamType.OTHER, "Funding approved before the March 2022 Cabinet decision."), Map.of(Y2021, thousands(2542)));
        Long dfeGrant = funding.createStream(programmeId, new StreamDetails("Department for Education (DfE) grant funding", FundingStreamType.GRANT, "Mostly used to support increased improvement activity, including scoping of early help services."),
                Map.of(Y2021, thousands(1700)));
        Long reserve = funding.createStream(programmeId, new StreamDetails("Financial resilience reserve", FundingStreamType.RESERVE, null),
                Map.of(Y2021, thousands(1591), Y2022, thousands(11487)));
        Long baseBudget = funding.createStream(programmeId, new StreamDetails("Increased base budget", FundingStreamType.BASE_BUDGET, "Increased base budget requirement from 2023/24, noted by Cabinet on 31 March 2022."),
                Map.of(Y2023, thousands(4544)));

        Long decision = funding.createDecision(programmeId, new DecisionDetails("Cabinet", LocalDate.of(2022, 3, 31),
                "Item 101", Money.pounds(11_490_000), Map.of(reserve, Money.pounds(11_490_000)),
                "Drawdown of up to £11.49m from the Financial Resilience Reserve, in two tranches, to support resourcing "
                        + "the transformation stage of children's services."));
        funding.addTranche(programmeId, decision, new NewTranche("Tranche 1", Money.pounds(5_000_000), LocalDate.of(2022, 4, 1),
                LocalDate.of(2022, 4, 1)));
        funding.addTranche(programmeId, decision, new NewTranche("Tranche 2", Money.pounds(6_490_000), LocalDate.of(2022, 7, 1),
                LocalDate.of(2022, 7, 1)));

        // 2021/22: 5,833 = previously approved 2,542 + DfE grant 1,700 + reserve 1,591
        line(programmeId, ws.get("WF"), "WF-01", "Interim agency social workers", CostCategory.AGENCY_STAFF, previouslyApproved, null, "0", Y2021, 1542, 1542);
        line(programmeId, ws.get("SPD"), "SPD-01", "Reintroduced service manager posts", CostCategory.PERMANENT_STAFF, previouslyApproved, null, "0", Y2021, 1000, 1000);
        line(programmeId, ws.get("EH"), "EH-01", "Early help scoping and improvement activity", CostCategory.CONSULTANCY, dfeGrant, null, "0", Y2021, 1200, 1200);
        line(programmeId, ws.get("PQA"), "PQA-01", "Independent audit of children's cases", CostCategory.CONSULTANCY, dfeGrant, null, "0", Y2021, 500, 500);
        line(programmeId, ws.get("PQA"), "PQA-02", "Performance and quality assurance team", CostCategory.PERMANENT_STAFF, reserve, null, "0", Y2021, 791, 791);
        line(programmeId, ws.get("WF"), "WF-02", "Recruitment and retention campaign", CostCategory.OTHER, reserve, null, "0", Y2021, 800, 800);
        // 2022/23: 11,487 from the reserve, charged to the Cabinet decision; 122.75 FTE
        line(programmeId, ws.get("WF"), "WF-03", "Permanent social work posts", CostCategory.PERMANENT_STAFF, reserve, decision, "60", Y2022, 4200, 3900);
        line(programmeId, ws.get("WF"), "WF-04", "Agency social workers", CostCategory.AGENCY_STAFF, reserve, decision, "35", Y2022, 3100, 3400);
        line(programmeId, ws.get("SPD"), "SPD-02", "Practice development and training", CostCategory.TRAINING, reserve, decision, "0", Y2022, 900, 900);
        line(programmeId, ws.get("PQA"), "PQA-03", "Performance systems and case management", CostCategory.SYSTEMS, reserve, decision, "0", Y2022, 1150, 1150);
        line(programmeId, ws.get("EH"), "EH-02", "Early help and partnership posts", CostCategory.PERMANENT_STAFF, reserve, decision, "17.75", Y2022, 1037, 1037);
        line(programmeId, ws.get("CP"), "CP-01", "Corporate parenting and placement sufficiency", CostCategory.PERMANENT_STAFF, reserve, decision, "6", Y2022, 600, 600);
        line(programmeId, ws.get("SEND"), "SEND-01", "SEND improvement", CostCategory.PERMANENT_STAFF, reserve, decision, "4", Y2022, 500, 500);
        // 2023/24: 4,544 from the increased base budget; 82 FTE ongoing
        line(programmeId, ws.get("WF"), "WF-05", "Social work establishment (base budget)", CostCategory.PERMANENT_STAFF, baseBudget, null, "62", Y2023, 3300, 3300);
        line(programmeId, ws.get("EH"), "EH-03", "Early help posts (base budget)", CostCategory.PERMANENT_STAFF, baseBudget, null, "12", Y2023, 744, 744);
        line(programmeId, ws.get("CP"), "CP-02", "Corporate parenting posts (base budget)", CostCategory.PERMANENT_STAFF, baseBudget, null, "8", Y2023, 500, 500);

        savings.create(programmeId, new SavingsTargetDetails(ws.get("WF"), Y2023,
                "Lower agency spend as permanent social workers are recruited (illustrative)", thousands(900),
                thousands(650), true, "Agency invoices against the 2022/23 baseline", Confidence.MEDIUM));
        savings.create(programmeId, new SavingsTargetDetails(ws.get("EH"), Y2023,
                "Fewer children entering care after early help (illustrative)", thousands(400), thousands(150), false,
                null, Confidence.LOW));

        establishment.plan(programmeId, Y2022, new BigDecimal("122.75"));
        establishment.plan(programmeId, Y2023, new BigDecimal("82"));
        for (int month = 0; month < 24; month++) {
            LocalDate date = Y2022.firstDay().plusMonths(month);
            BigDecimal permanent = BigDecimal.valueOf(40 + month * 2L);
            BigDecimal agency = BigDecimal.valueOf(Math.max(12, 45 - month * 1.5)).setScale(2, java.math.RoundingMode.HALF_UP);
            establishment.recordActual(programmeId, date, permanent, agency);
        }
    }

    /** A cost line with its budget in one year, spent evenly across the year's months to {@code spentThousands}. */
    private void line(Long programmeId, Long workstream, String code, String name, CostCategory category, Long stream,
            Long decision, String fte, FinancialYear year, long budgetThousands, long spentThousands) {
        Long id = costLines.create(programmeId, new CostLineDetails(workstream, code, name, category,
                ExpenditureType.IMPROVEMENT, Map.of(year, stream), decision, Set.of(), new BigDecimal(fte), true),
                Map.of(year, thousands(budgetThousands)));
        long total = spentThousands * 1000;
        long monthly = total / 12;
        for (int month = 0; month < 12; month++) {
            long amount = month == 11 ? total - monthly * 11 : monthly;
            spend.record(id, year.firstDay().plusMonths(month), Money.pounds(amount), "DEMO-" + code + "-" + (month + 1),
                    "Illustrative monthly actual");
        }
        if (spentThousands != budgetThousands) {
            forecasts.set(id, year, thousands(spentThousands), null, null);
        }
    }

    private static Money thousands(long thousands) {
        return Money.pounds(thousands * 1000);
    }
}
