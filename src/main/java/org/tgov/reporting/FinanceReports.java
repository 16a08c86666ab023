package org.tgov.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.CostLineManagement;
import org.tgov.funding.FundingFacts;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;

/** Read side of a programme's money: the figures behind the finance page and the board views. */
@Service
@Transactional(readOnly = true)
public class FinanceReports {

    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final CostLineManagement costLines;
    private final BudgetFigures figures;
    private final FundingFacts funding;

    FinanceReports(ProgrammeManagement programmes, WorkstreamManagement workstreams, CostLineManagement costLines,
            BudgetFigures figures, FundingFacts funding) {
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.costLines = costLines;
        this.figures = figures;
        this.funding = funding;
    }

    public ProgrammeFinance programmeFinance(Long programmeId) {
        return programmeFinance(programmes.get(programmeId));
    }

    /** The programme's figures, for a caller that has already read the programme. */
    public ProgrammeFinance programmeFinance(Programme programme) {
        Long programmeId = programme.getId();
        Map<Long, String> workstreamNames = workstreams.of(programmeId).stream()
                .collect(Collectors.toMap(Workstream::getId, Workstream::getName));
        return new ProgrammeFinance(programme.financialYears(), costLines.of(programmeId), figures.of(programmeId),
                workstreamNames, funding.streams(programmeId));
    }

    /**
     * Each funding decision with what its tranches released by {@code today} and what is charged
     * against it: the spend and open commitments of its lines, summed from the figures already read.
     */
    public List<DecisionDrawdown> drawdown(ProgrammeFinance money, Long programmeId, LocalDate today) {
        return funding.decisions(programmeId).stream()
                .map(d -> new DecisionDrawdown(d, d.releasedBy(today), money.chargedTo(d.id()))).toList();
    }
}
