package org.tgov.budget.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.budget.ChangeRequest;
import org.tgov.budget.ChangeRequestLine;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestStatus;
import org.tgov.budget.CostLine;
import org.tgov.budget.CostLineManagement;
import org.tgov.reporting.FinanceReports;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * The change request view page's model, shared by its GET and by the actions that show it again
 * with an error. A fixed number of queries: the request with its lines, the programme, its cost
 * lines, their budgets and the viewer's Resources Board membership.
 */
@Component
class ChangeRequestPage {

    static final String TEMPLATE = "budget/change-requests/show";

    /** One budget line as shown: what it changes, the budget now and after the change. */
    record Line(Long costLineId, String code, String name, FinancialYear year, Money amount, Money budgetNow,
            Money budgetAfter) {
    }

    private final ChangeRequestManagement changes;
    private final ProgrammeManagement programmes;
    private final CostLineManagement costLines;
    private final FinanceReports reports;
    private final BodyManagement bodies;

    ChangeRequestPage(ChangeRequestManagement changes, ProgrammeManagement programmes, CostLineManagement costLines,
            FinanceReports reports, BodyManagement bodies) {
        this.changes = changes;
        this.programmes = programmes;
        this.costLines = costLines;
        this.reports = reports;
        this.bodies = bodies;
    }

    boolean sitsOnResourcesBoard(SignedInUser user) {
        return user != null && bodies.sitsOnBodyOfType(user.getId(), BodyType.RESOURCES_BOARD);
    }

    /** Fills the model for the view page and names its template. */
    String show(Long requestId, SignedInUser user, Model model) {
        ChangeRequest request = changes.get(requestId);
        Programme programme = programmes.get(request.getProgrammeId());
        boolean pending = request.getStatus() == ChangeRequestStatus.DRAFT
                || request.getStatus() == ChangeRequestStatus.SUBMITTED;
        boolean onBoard = request.getStatus() == ChangeRequestStatus.SUBMITTED && sitsOnResourcesBoard(user);
        String conflict = onBoard ? request.conflictOfInterest(user.getUsername()) : null;
        boolean canDecide = onBoard && conflict == null;
        model.addAttribute("conflict", conflict);
        model.addAttribute("changeRequest", request);
        model.addAttribute("programme", programme);
        model.addAttribute("lines", lines(request));
        model.addAttribute("pending", pending);
        model.addAttribute("canDecide", canDecide);
        model.addAttribute("outcomes", DecisionForm.OUTCOMES);
        if (canDecide && !model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.forVersion(request.getVersion()));
        }
        return TEMPLATE;
    }

    private List<Line> lines(ChangeRequest request) {
        Map<Long, CostLine> byId = costLines.of(request.getProgrammeId()).stream()
                .collect(Collectors.toMap(CostLine::getId, Function.identity()));
        Map<Long, Map<FinancialYear, Money>> budgets = reports.budgets(request.getProgrammeId());
        // Lines for the same cost line and year add up, as they do when the request is approved.
        Map<String, Money> running = new HashMap<>();
        return request.getLines().stream().map(line -> {
            CostLine costLine = byId.get(line.getCostLineId());
            Money now = budgets.getOrDefault(line.getCostLineId(), Map.of()).getOrDefault(line.financialYear(), Money.ZERO);
            Money after = running.getOrDefault(key(line), now).plus(line.amount());
            running.put(key(line), after);
            return new Line(line.getCostLineId(), costLine == null ? "" : costLine.getCode(),
                    costLine == null ? "Unknown cost line" : costLine.getName(), line.financialYear(), line.amount(),
                    now, after);
        }).toList();
    }

    private static String key(ChangeRequestLine line) {
        return line.getCostLineId() + "/" + line.financialYear().startYear();
    }
}
