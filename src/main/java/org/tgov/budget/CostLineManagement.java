package org.tgov.budget;

import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStream;
import org.tgov.funding.FundingStreamType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.internal.BudgetEntryRepository;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.benefits.internal.SavingsTargetRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.Actor;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;

/**
 * Cost lines and their original budgets. After the first save, a change to the original budget is
 * recorded as a correction entry, never by rewriting history; budget changes beyond the approved
 * scope or value go through change requests.
 */
@Service
@Transactional
public class CostLineManagement {

    private final CostLineRepository costLines;
    private final BudgetEntryRepository budgets;
    private final SavingsTargetRepository savings;
    private final FundingManagement funding;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final Clock clock;
    private final EntityManager entityManager;

    CostLineManagement(CostLineRepository costLines, BudgetEntryRepository budgets, SavingsTargetRepository savings,
            FundingManagement funding, ProgrammeManagement programmes, WorkstreamManagement workstreams, Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.costLines = costLines;
        this.budgets = budgets;
        this.savings = savings;
        this.funding = funding;
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CostLine> of(Long programmeId) {
        return costLines.findByProgrammeIdOrderByCode(programmeId);
    }

    @Transactional(readOnly = true)
    public CostLine get(Long id) {
        return costLines.findVisible(id).orElseThrow(() -> new NotFoundException("Cost line"));
    }

    public Long create(Long programmeId, CostLineDetails details, Map<FinancialYear, Money> originalBudget) {
        programmes.get(programmeId);
        FundingStreamType streamType = checkReferences(programmeId, details);
        if (costLines.existsByProgrammeIdAndCode(programmeId, details.code())) {
            throw new RuleViolation("code", "This programme already has a cost line with code " + details.code());
        }
        CostLine costLine = costLines.save(new CostLine(programmeId, details, streamType));
        recordOriginal(costLine.getId(), Map.of(), originalBudget);
        return costLine.getId();
    }

    public void update(Long id, long expectedVersion, CostLineDetails details, Map<FinancialYear, Money> originalBudget) {
        CostLine costLine = get(id);
        if (costLine.getVersion() != expectedVersion) {
            throw new StaleEditException("This cost line");
        }
        FundingStreamType streamType = checkReferences(costLine.getProgrammeId(), details);
        if (costLines.existsOtherWithCode(costLine.getProgrammeId(), details.code(), id)) {
            throw new RuleViolation("code", "This programme already has a cost line with code " + details.code());
        }
        // The budget is rows of its own: a change to it alone would not move the cost line's version,
        // and a colleague's stale edit of the budget would then pass. Take the next version now.
        try {
            entityManager.lock(costLine, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException raced) {
            throw new StaleEditException("This cost line");
        }
        costLine.apply(details, streamType);
        recordOriginal(id, originalBudget(id), originalBudget);
        try {
            costLines.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("This cost line");
        }
    }

    /** The original budget per year: entries made outside change requests. */
    @Transactional(readOnly = true)
    public Map<FinancialYear, Money> originalBudget(Long costLineId) {
        Map<FinancialYear, Money> original = new TreeMap<>();
        budgets.findByCostLineIdOrderByRecordedAtAscIdAsc(costLineId).stream().filter(BudgetEntry::isOriginal)
                .forEach(entry -> original.merge(entry.financialYear(), entry.amount(), Money::plus));
        return original;
    }

    /** Every movement of the budget, oldest first: where the budget came from. */
    @Transactional(readOnly = true)
    public List<BudgetEntry> budgetHistory(Long costLineId) {
        get(costLineId);
        return budgets.findByCostLineIdOrderByRecordedAtAscIdAsc(costLineId);
    }

    private void recordOriginal(Long costLineId, Map<FinancialYear, Money> current, Map<FinancialYear, Money> wanted) {
        Map<FinancialYear, Money> years = new HashMap<>(current);
        wanted.keySet().forEach(year -> years.putIfAbsent(year, Money.ZERO));
        years.forEach((year, now) -> {
            Money target = wanted.getOrDefault(year, Money.ZERO);
            if (target.isNegative()) {
                throw new RuleViolation("budget", "Budget for " + year.label() + " must be £0 or more");
            }
            Money delta = target.minus(now);
            if (!delta.isZero()) {
                budgets.save(new BudgetEntry(costLineId, year, delta, null, clock.instant(), Actor.currentName()));
            }
        });
    }

    private FundingStreamType checkReferences(Long programmeId, CostLineDetails details) {
        if (!workstreams.get(details.workstreamId()).getProgrammeId().equals(programmeId)) {
            throw new RuleViolation("workstreamId", "Choose one of this programme's workstreams");
        }
        FundingStream stream = funding.stream(details.fundingStreamId());
        if (!stream.getProgrammeId().equals(programmeId)) {
            throw new RuleViolation("fundingStreamId", "Choose one of this programme's funding streams");
        }
        if (details.fundingDecisionId() != null
                && !funding.decision(details.fundingDecisionId()).getProgrammeId().equals(programmeId)) {
            throw new RuleViolation("fundingDecisionId", "Choose one of this programme's funding decisions");
        }
        if (details.savingsTargetId() != null && savings.findVisible(details.savingsTargetId())
                .filter(target -> target.getProgrammeId().equals(programmeId)).isEmpty()) {
            throw new RuleViolation("savingsTargetId", "Choose one of this programme's savings targets");
        }
        return stream.getType();
    }
}
