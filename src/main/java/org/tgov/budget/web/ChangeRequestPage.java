package org.tgov.budget.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestView;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.CostLineView;
import org.tgov.budget.LineFigures;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.UserDirectory;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.web.Option;

/**
 * The change request page's model, shared by its GET and by the actions that show it again with
 * an error: the request, what it would do to each budget and forecast, who drafted, submitted and
 * decided it, what stops a draft being submitted, and whether this person may decide it.
 */
@Component
class ChangeRequestPage {

    static final String TEMPLATE = "budget/change-requests/show";

    /**
     * One budget change as shown: the budget and forecast of the line's year now and after the
     * request (later lines for the same line and year count the earlier ones, as approval does).
     * Approval leaves the forecast where it is, so the forecast after is the forecast now.
     *
     * @param name the cost line's name, or null when it cannot be found (the page says so, costLine.unknown)
     */
    record Line(Long costLineId, String code, String name, FinancialYear year, Money amount, Money budgetNow,
            Money budgetAfter, Money forecast) {
    }

    private final ChangeRequestManagement changes;
    private final ProgrammeManagement programmes;
    private final CostLineManagement costLines;
    private final BudgetFigures figures;
    private final BodyManagement bodies;
    private final UserDirectory people;
    private final MessageSource messages;

    ChangeRequestPage(ChangeRequestManagement changes, ProgrammeManagement programmes, CostLineManagement costLines,
            BudgetFigures figures, BodyManagement bodies, UserDirectory people, MessageSource messages) {
        this.changes = changes;
        this.programmes = programmes;
        this.costLines = costLines;
        this.figures = figures;
        this.bodies = bodies;
        this.people = people;
        this.messages = messages;
    }

    /** Whether the person sits on the body that decides change requests. */
    boolean sitsOnDecidingBody(SignedInUser user) {
        Optional<BodySummary> body = bodies.decidingBody();
        return user != null && body.isPresent() && bodies.sitsOn(body.get().id(), user.getId());
    }

    /** Fills the model for the view page and names its template. */
    String show(Long requestId, SignedInUser user, Model model) {
        ChangeRequestView request = changes.get(requestId);
        Optional<BodySummary> decidingBody = bodies.decidingBody();
        boolean onBody = request.isAwaitingDecision() && decidingBody.isPresent() && user != null
                && bodies.sitsOn(decidingBody.get().id(), user.getId());
        boolean conflict = onBody && request.involves(user.getUsername());
        model.addAttribute("changeRequest", request);
        model.addAttribute("programme", programmes.get(request.programmeId()));
        model.addAttribute("lines", lines(request));
        model.addAttribute("decidingBody", decidingBody.map(BodySummary::name).orElse(null));
        model.addAttribute("pending", request.isDraft() || request.isAwaitingDecision());
        model.addAttribute("canDecide", onBody && !conflict);
        model.addAttribute("conflict", conflict ? (user.getUsername().equals(request.draftedBy())
                ? "changeRequest.decide.drafted" : "changeRequest.decide.submitted") : null);
        model.addAttribute("names", people.displayNames(List.of(nameOrEmpty(request.draftedBy()),
                nameOrEmpty(request.submittedBy()), nameOrEmpty(request.decidedBy()))));
        model.addAttribute("outcomes", List.of(outcome(DecisionForm.APPROVE, "changeRequest.decide.approve"),
                outcome(DecisionForm.REJECT, "changeRequest.decide.reject")));
        if (request.isDraft() && !model.containsAttribute("problems")) {
            List<Refusal> problems = changes.problems(requestId);
            model.addAttribute("draftProblems", problems);
        }
        if (onBody && !conflict && !model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.forVersion(request.version()));
        }
        return TEMPLATE;
    }

    private List<Line> lines(ChangeRequestView request) {
        Set<Long> ids = request.changes().stream().map(BudgetChange::costLineId).collect(Collectors.toSet());
        Map<Long, CostLineView> byId = CostLineView.byId(costLines.of(request.programmeId()));
        Map<String, LineFigures> now = figures.ofLines(ids).stream()
                .collect(Collectors.toMap(f -> key(f.costLineId(), f.year()), f -> f));
        Map<String, Money> running = new java.util.HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (BudgetChange change : request.changes()) {
            String key = key(change.costLineId(), change.year());
            LineFigures current = now.getOrDefault(key, LineFigures.none(change.costLineId(), change.year()));
            Money after = running.getOrDefault(key, current.budget()).plus(change.amount());
            running.put(key, after);
            CostLineView line = byId.get(change.costLineId());
            lines.add(new Line(change.costLineId(), line == null ? "" : line.code(),
                    line == null ? null : line.name(), change.year(), change.amount(), current.budget(),
                    after, current.forecastOrBudget()));
        }
        return lines;
    }

    /** A choice of the decision form: its label and hint are the sentences code and code.hint. */
    private Option outcome(String value, String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return new Option(value, messages.getMessage(code, null, locale), messages.getMessage(code + ".hint", null, locale));
    }

    private static String key(Long costLineId, FinancialYear year) {
        return costLineId + "/" + year.startYear();
    }

    private static String nameOrEmpty(String username) {
        return username == null ? "" : username;
    }
}
