package org.tgov.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.CostLineManagement;
import org.tgov.funding.DecisionView;
import org.tgov.funding.FundingFacts;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.Money;

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
        Programme programme = programmes.get(programmeId);
        Map<Long, String> workstreamNames = workstreams.of(programmeId).stream()
                .collect(Collectors.toMap(Workstream::getId, Workstream::getName));
        return new ProgrammeFinance(programme.financialYears(), costLines.of(programmeId), figures.of(programmeId),
                workstreamNames, funding.streams(programmeId));
    }

    /** Each funding decision with what its tranches released by {@code today} and what is charged against it. */
    public List<DecisionDrawdown> drawdown(Long programmeId, LocalDate today) {
        List<DecisionView> decisions = funding.decisions(programmeId);
        Map<Long, Money> charged = figures.chargedToDecisions(decisions.stream().map(DecisionView::id).toList());
        return decisions.stream().map(d -> new DecisionDrawdown(d, d.releasedBy(today),
                charged.getOrDefault(d.id(), Money.ZERO))).toList();
    }

    /** Whether any of the programme's cost lines carries figures not taken from a source document. */
    public boolean hasIllustrativeFigures(Long programmeId) {
        return costLines.hasIllustrativeFigures(programmeId);
    }
}
