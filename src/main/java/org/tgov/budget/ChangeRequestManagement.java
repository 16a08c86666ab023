package org.tgov.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.budget.internal.BudgetEntry;
import org.tgov.budget.internal.BudgetEntryRepository;
import org.tgov.budget.internal.BudgetNotBelowZeroPolicy;
import org.tgov.budget.internal.ChangeRequest;
import org.tgov.budget.internal.ChangeRequestPolicy;
import org.tgov.budget.internal.ChangeRequestRepository;
import org.tgov.budget.internal.CostLine;
import org.tgov.budget.internal.CostLineFiguresRepository;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.budget.internal.DecisionPolicy;
import org.tgov.budget.internal.Ledger;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Actor;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/**
 * Change requests: an officer drafts and submits; the chair or a member of the body the council
 * designates approves or rejects at a meeting. Approval applies every budget change in the same
 * transaction and leaves forecasts where they were: a budget moved is not spend moved.
 */
@Service
@Transactional
public class ChangeRequestManagement {

    private final ChangeRequestRepository requests;
    private final CostLineRepository costLines;
    private final CostLineFiguresRepository figures;
    private final BudgetEntryRepository budgets;
    private final Ledger ledger;
    private final ForecastManagement forecasts;
    private final BodyManagement bodies;
    private final ProgrammeManagement programmes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeRequestManagement(ChangeRequestRepository requests, CostLineRepository costLines, CostLineFiguresRepository figures,
            BudgetEntryRepository budgets, Ledger ledger, ForecastManagement forecasts, BodyManagement bodies,
            ProgrammeManagement programmes, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.costLines = costLines;
        this.figures = figures;
        this.budgets = budgets;
        this.ledger = ledger;
        this.forecasts = forecasts;
        this.bodies = bodies;
        this.programmes = programmes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChangeRequestView> of(Long programmeId) {
        return requests.findByProgrammeIdOrderByIdDesc(programmeId).stream().map(ChangeRequest::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ChangeRequestView> awaitingDecision(Long programmeId) {
        return requests.findByProgrammeIdAndStatusOrderBySubmittedAt(programmeId, ChangeRequestStatus.SUBMITTED).stream()
                .map(ChangeRequest::view).toList();
    }

    /** Every change request of the organisation awaiting a decision, in the order submitted. */
    @Transactional(readOnly = true)
    public List<ChangeRequestView> awaitingDecision() {
        return requests.awaitingDecision().stream().map(ChangeRequest::view).toList();
    }

    @Transactional(readOnly = true)
    public ChangeRequestView get(Long id) {
        return request(id).view();
    }

    public Long draft(Long programmeId, ChangeRequestType type, String title, String rationale, List<BudgetChange> changes) {
        programmes.get(programmeId);
        Refused.unlessAllowed(isWritten(programmeId, type, title, rationale, changes));
        return requests.save(new ChangeRequest(programmeId, type, title, rationale, changes, Actor.currentName(),
                clock.instant())).getId();
    }

    public void revise(Long id, long expectedVersion, ChangeRequestType type, String title, String rationale,
            List<BudgetChange> changes) {
        ChangeRequest request = current(id, expectedVersion);
        Refused.unlessAllowed(isWritten(request.getProgrammeId(), type, title, rationale, changes));
        request.revise(type, title, rationale, changes);
        flush();
    }

    /**
     * What stops the draft being submitted today: its amounts not adding up for its type, or a budget
     * it would take below £0. Shown on the draft, so that nobody finds out first at the meeting.
     */
    @Transactional(readOnly = true)
    public List<Refusal> problems(Long id) {
        ChangeRequest request = request(id);
        return answers(request).stream().flatMap(Optional::stream).toList();
    }

    public void submit(Long id, long expectedVersion) {
        ChangeRequest request = current(id, expectedVersion);
        List<Optional<Refusal>> answers = new ArrayList<>(List.of(request.inState(ChangeRequestStatus.DRAFT, "submitted")));
        answers.addAll(answers(request));
        Refused.unlessAllowed(answers);
        request.submit(clock.instant(), Actor.currentName());
        flush();
        events.publishEvent(new ChangeRequestSubmitted(request.getId(), request.getProgrammeId()));
    }

    public void withdraw(Long id, long expectedVersion) {
        current(id, expectedVersion).withdraw();
        flush();
    }

    /**
     * Records the decision. Only the deciding body's chair or members decide, never whoever drafted
     * or submitted the request, at a meeting held since it was submitted; approval moves the budgets,
     * rejection nothing.
     */
    public void decide(Long id, long expectedVersion, boolean approve, LocalDate meetingDate, String minuteReference,
            String notes, SignedInUser decider) {
        Optional<BodySummary> decidingBody = bodies.decidingBody();
        Refused.unlessAllowed(DecisionPolicy.onlyTheDecidingBody(decidingBody.map(BodySummary::name).orElse(null),
                decidingBody.isPresent() && bodies.sitsOn(decidingBody.get().id(), decider.getId())));
        ChangeRequest request = current(id, expectedVersion);
        List<Optional<Refusal>> answers = new ArrayList<>(List.of(request.inState(ChangeRequestStatus.SUBMITTED, "decided"),
                DecisionPolicy.segregationOfDuties(request.view(), decider.getUsername())));
        LocalDate submittedOn = request.getSubmittedAt() == null ? null
                : LocalDate.ofInstant(request.getSubmittedAt(), clock.getZone());
        answers.addAll(DecisionPolicy.meeting(meetingDate, submittedOn, LocalDate.now(clock), minuteReference));
        Refused.unlessAllowed(answers);
        if (approve) {
            apply(request);
        }
        request.decide(approve, decider.getUsername(), clock.instant(), meetingDate, minuteReference, notes);
        flush();
        if (approve) {
            events.publishEvent(new ChangeRequestApproved(request.getId(), request.getProgrammeId()));
        }
    }

    /** Budgets now, by cost line and year, for the lines a request touches. */
    @Transactional(readOnly = true)
    public Map<String, Money> budgetsNow(List<BudgetChange> changes) {
        Set<Long> lines = changes.stream().map(BudgetChange::costLineId).collect(Collectors.toSet());
        Set<Integer> years = changes.stream().map(change -> change.year().startYear()).collect(Collectors.toSet());
        Map<String, Money> budget = new HashMap<>();
        if (!lines.isEmpty()) {
            figures.of(lines, years).forEach(f -> budget.put(key(f.getCostLineId(), f.getFinancialYear()), f.getBudget()));
        }
        return budget;
    }

    private void apply(ChangeRequest request) {
        List<BudgetChange> changes = request.changes();
        // Lock the cost lines first, so that two approvals touching the same budget cannot both pass the check.
        List<CostLine> locked = costLines.lockAll(changes.stream().map(BudgetChange::costLineId).collect(Collectors.toSet()));
        Map<Long, CostLine> byId = locked.stream().collect(Collectors.toMap(CostLine::getId, line -> line));
        Map<String, Money> budgetNow = budgetsNow(changes);
        Refused.unlessAllowed(BudgetNotBelowZeroPolicy.check(changes,
                (line, year) -> budgetNow.getOrDefault(key(line, year), Money.ZERO), line -> byId.get(line).view().label()));
        for (BudgetChange change : changes) {
            forecasts.keepForecast(change.costLineId(), change.year(),
                    budgetNow.getOrDefault(key(change.costLineId(), change.year()), Money.ZERO));
            budgets.save(new BudgetEntry(change.costLineId(), change.year(), change.amount(), request.getId(),
                    clock.instant(), Actor.currentName()));
            ledger.move(byId.get(change.costLineId()), change.year(), change.amount(), Money.ZERO, Money.ZERO);
        }
    }

    /** The amounts adding up for the type, and no budget going below £0 at today's budgets. */
    private List<Optional<Refusal>> answers(ChangeRequest request) {
        List<BudgetChange> changes = request.changes();
        List<Optional<Refusal>> answers = new ArrayList<>(ChangeRequestPolicy.check(request.getType(), changes));
        Map<String, Money> budgetNow = budgetsNow(changes);
        Map<Long, String> names = costLines.findAllById(changes.stream().map(BudgetChange::costLineId).toList()).stream()
                .collect(Collectors.toMap(CostLine::getId, line -> line.view().label()));
        answers.addAll(BudgetNotBelowZeroPolicy.check(changes,
                (line, year) -> budgetNow.getOrDefault(key(line, year), Money.ZERO), line -> names.getOrDefault(line, "")));
        return answers;
    }

    private List<Optional<Refusal>> isWritten(Long programmeId, ChangeRequestType type, String title, String rationale,
            List<BudgetChange> changes) {
        Set<Long> ids = changes.stream().map(BudgetChange::costLineId).collect(Collectors.toSet());
        long ours = costLines.findAllById(ids).stream().filter(c -> c.getProgrammeId().equals(programmeId)).count();
        return List.of(
                type == null ? Refusal.about("type", "changeRequest.type.required").asOptional() : Optional.empty(),
                title == null || title.isBlank() ? Refusal.about("title", "changeRequest.title.required").asOptional() : Optional.empty(),
                rationale == null || rationale.isBlank()
                        ? Refusal.about("rationale", "changeRequest.rationale.required").asOptional() : Optional.empty(),
                ours != ids.size() ? Refusal.about("lines", "changeRequest.lines.otherProgramme").asOptional() : Optional.empty());
    }

    private static String key(Long costLineId, FinancialYear year) {
        return costLineId + "/" + year.startYear();
    }

    private ChangeRequest request(Long id) {
        return requests.findVisible(id).orElseThrow(() -> new NotFoundException("Change request"));
    }

    private ChangeRequest current(Long id, long expectedVersion) {
        ChangeRequest request = request(id);
        if (request.getVersion() != expectedVersion) {
            throw new StaleEditException("record.changeRequest");
        }
        return request;
    }

    private void flush() {
        try {
            requests.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.changeRequest");
        }
    }
}
