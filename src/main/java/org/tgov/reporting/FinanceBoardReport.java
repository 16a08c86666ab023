package org.tgov.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.benefits.SavingsManagement;
import org.tgov.benefits.YearSavings;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestView;
import org.tgov.budget.CostLineView;
import org.tgov.budget.Measures;
import org.tgov.identity.UserDirectory;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.workforce.EstablishmentManagement;
import org.tgov.workforce.YearFte;

/** Builds the finance board view for one financial year, in a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class FinanceBoardReport {

    static final int LARGEST_VARIANCES = 5;

    private final ProgrammeManagement programmes;
    private final FinanceReports finance;
    private final ChangeRequestManagement changeRequests;
    private final EstablishmentManagement establishment;
    private final SavingsManagement savings;
    private final UserDirectory people;
    private final Clock clock;

    FinanceBoardReport(ProgrammeManagement programmes, FinanceReports finance, ChangeRequestManagement changeRequests,
            EstablishmentManagement establishment, SavingsManagement savings,
            UserDirectory people, Clock clock) {
        this.programmes = programmes;
        this.finance = finance;
        this.changeRequests = changeRequests;
        this.establishment = establishment;
        this.savings = savings;
        this.people = people;
        this.clock = clock;
    }

    /**
     * @param chosenYear the year the chair chose, or null for the default
     * @param bodyName   the name of the body that decides change requests, or null when none is chosen
     */
    public FinanceBoardView view(Long programmeId, Integer chosenYear, String bodyName) {
        return view(programmes.get(programmeId), chosenYear, bodyName);
    }

    /** For a caller that has read the programme (and so checked it is the reader's). */
    public FinanceBoardView view(Programme programme, Integer chosenYear, String bodyName) {
        Long programmeId = programme.getId();
        LocalDate today = LocalDate.now(clock);
        ProgrammeFinance money = finance.programmeFinance(programme);
        FinancialYear year = year(money, chosenYear, FinancialYear.containing(today), programme.financialYears());
        List<YearFte> fte = establishment.byYear(programmeId);
        List<YearSavings> saved = savings.byYear(programmeId);
        return new FinanceBoardView(programme, bodyName, year,
                money.years(), today, money, finance.drawdown(money, programmeId, today),
                money.largestVariances(year, LARGEST_VARIANCES), money.largestVariances(null, LARGEST_VARIANCES),
                money.overspent(year), requests(programmeId, money), fte, saved, money.hasIllustrativeFigures(),
                Charts.spend(money), Charts.fte(fte), Charts.savings(saved));
    }

    /**
     * The year chosen when it is one of the programme's; else this financial year when the programme
     * spans it; else the latest year with figures; else the programme's last year.
     */
    static FinancialYear year(ProgrammeFinance money, Integer chosen, FinancialYear today, List<FinancialYear> programmeYears) {
        List<FinancialYear> years = money.years();
        if (chosen != null) {
            for (FinancialYear year : years) {
                if (year.startYear() == chosen) {
                    return year;
                }
            }
        }
        if (programmeYears.contains(today)) {
            return today;
        }
        for (int i = years.size() - 1; i >= 0; i--) {
            Measures m = money.total().in(years.get(i));
            if (!m.budget().isZero() || !m.actual().isZero() || !m.committed().isZero()) {
                return years.get(i);
            }
        }
        return years.isEmpty() ? today : years.get(years.size() - 1);
    }

    private List<FinanceBoardView.Request> requests(Long programmeId, ProgrammeFinance money) {
        List<ChangeRequestView> awaiting = changeRequests.awaitingDecision(programmeId);
        if (awaiting.isEmpty()) {
            return List.of();
        }
        Map<Long, CostLineView> lines = money.costLinesById();
        Map<String, String> names = people.displayNames(awaiting.stream().map(ChangeRequestView::draftedBy).toList());
        return awaiting.stream().map(r -> new FinanceBoardView.Request(r, names.get(r.draftedBy()),
                r.changes().stream().map(c -> new FinanceBoardView.Line(
                        lines.containsKey(c.costLineId()) ? lines.get(c.costLineId()).label() : "", c)).toList())).toList();
    }
}
