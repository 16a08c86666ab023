package org.tgov.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.budget.internal.BudgetEntryRepository;
import org.tgov.budget.internal.ChangeRequestRepository;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Actor;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;

/**
 * Change requests: an officer drafts and submits; the Resources Board (its chair or members)
 * approves or rejects at a meeting. Approval applies every budget change in the same transaction.
 */
@Service
@Transactional
public class ChangeRequestManagement {

    private final ChangeRequestRepository requests;
    private final CostLineRepository costLines;
    private final BudgetEntryRepository budgets;
    private final BodyManagement bodies;
    private final ProgrammeManagement programmes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeRequestManagement(ChangeRequestRepository requests, CostLineRepository costLines, BudgetEntryRepository budgets,
            BodyManagement bodies, ProgrammeManagement programmes, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.costLines = costLines;
        this.budgets = budgets;
        this.bodies = bodies;
        this.programmes = programmes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChangeRequest> of(Long programmeId) {
        return requests.findByProgrammeIdOrderByIdDesc(programmeId);
    }

    @Transactional(readOnly = true)
    public List<ChangeRequest> awaitingDecision(Long programmeId) {
        return requests.findByProgrammeIdAndStatusOrderBySubmittedAt(programmeId, ChangeRequestStatus.SUBMITTED);
    }

    @Transactional(readOnly = true)
    public ChangeRequest get(Long id) {
        return requests.findVisible(id).orElseThrow(() -> new NotFoundException("Change request"));
    }

    public Long draft(Long programmeId, ChangeRequestType type, String title, String rationale, List<BudgetChange> changes) {
        programmes.get(programmeId);
        checkCostLines(programmeId, changes);
        return requests.save(new ChangeRequest(programmeId, type, title, rationale, changes, Actor.currentName(),
                clock.instant())).getId();
    }

    public void revise(Long id, long expectedVersion, ChangeRequestType type, String title, String rationale,
            List<BudgetChange> changes) {
        ChangeRequest request = current(id, expectedVersion);
        checkCostLines(request.getProgrammeId(), changes);
        request.revise(type, title, rationale, changes);
        flush();
    }

    public void submit(Long id, long expectedVersion) {
        current(id, expectedVersion).submit(clock.instant(), Actor.currentName());
        flush();
    }

    public void withdraw(Long id, long expectedVersion) {
        current(id, expectedVersion).withdraw();
        flush();
    }

    /** Only the Resources Board's chair or members decide; approval moves the budgets, rejection nothing. */
    public void decide(Long id, long expectedVersion, boolean approve, LocalDate meetingDate, String minuteReference,
            String notes, SignedInUser decider) {
        if (!bodies.sitsOnBodyOfType(decider.getId(), BodyType.RESOURCES_BOARD)) {
            throw RuleViolation.general("Only the chair or members of the Resources Board can decide change requests");
        }
        ChangeRequest request = current(id, expectedVersion);
        request.decide(approve, decider.getUsername(), clock.instant(), meetingDate, minuteReference, notes);
        if (approve) {
            apply(request);
        }
        flush();
        if (approve) {
            events.publishEvent(new ChangeRequestApproved(request.getId(), request.getProgrammeId()));
        }
    }

    private void apply(ChangeRequest request) {
        // Lock the cost lines first, so that two approvals touching the same budget cannot both pass the check.
        costLines.lockAll(request.changes().stream().map(BudgetChange::costLineId).collect(Collectors.toSet()));
        Map<Long, Map<Integer, Money>> budgetNow = new HashMap<>();
        for (BudgetChange change : request.changes()) {
            Money now = budgetNow.computeIfAbsent(change.costLineId(), this::budgetByYear)
                    .getOrDefault(change.year().startYear(), Money.ZERO);
            Money after = now.plus(change.amount());
            if (after.isNegative()) {
                CostLine costLine = costLines.findVisible(change.costLineId()).orElseThrow();
                throw RuleViolation.general("Approving would take the " + change.year().label() + " budget of "
                        + costLine.getCode() + " " + costLine.getName() + " to " + after.format()
                        + ". A budget cannot go below £0.");
            }
            budgetNow.get(change.costLineId()).put(change.year().startYear(), after);
            budgets.save(new BudgetEntry(change.costLineId(), change.year(), change.amount(), request.getId(),
                    clock.instant(), Actor.currentName()));
        }
    }

    private Map<Integer, Money> budgetByYear(Long costLineId) {
        Map<Integer, Money> byYear = new HashMap<>();
        budgets.budgetByYear(costLineId).forEach(row -> byYear.put((Integer) row[0],
                Money.of((java.math.BigDecimal) row[1])));
        return byYear;
    }

    private void checkCostLines(Long programmeId, List<BudgetChange> changes) {
        Set<Long> ids = changes.stream().map(BudgetChange::costLineId).collect(Collectors.toSet());
        long ours = costLines.findAllById(ids).stream().filter(c -> c.getProgrammeId().equals(programmeId)).count();
        if (ours != ids.size()) {
            throw new RuleViolation("lines", "Choose cost lines of this programme");
        }
    }

    private ChangeRequest current(Long id, long expectedVersion) {
        ChangeRequest request = get(id);
        if (request.getVersion() != expectedVersion) {
            throw new StaleEditException("This change request");
        }
        return request;
    }

    private void flush() {
        try {
            requests.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("This change request");
        }
    }
}
