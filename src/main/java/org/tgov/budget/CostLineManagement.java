package org.tgov.budget;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.benefits.SavingsManagement;
import org.tgov.budget.internal.BudgetEntry;
import org.tgov.budget.internal.BudgetEntryRepository;
import org.tgov.budget.internal.CapitalReceiptsPolicy;
import org.tgov.budget.internal.CostLine;
import org.tgov.budget.internal.CostLinePolicy;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.budget.internal.Ledger;
import org.tgov.funding.DecisionView;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.StreamView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.Actor;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
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
    private final Ledger ledger;
    private final FundingFacts funding;
    private final SavingsManagement savings;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final Clock clock;
    private final EntityManager entityManager;

    CostLineManagement(CostLineRepository costLines, BudgetEntryRepository budgets, Ledger ledger, FundingFacts funding,
            SavingsManagement savings, ProgrammeManagement programmes, WorkstreamManagement workstreams, Clock clock,
            EntityManager entityManager) {
        this.costLines = costLines;
        this.budgets = budgets;
        this.ledger = ledger;
        this.funding = funding;
        this.savings = savings;
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<CostLineView> of(Long programmeId) {
        return costLines.findByProgrammeIdOrderByCode(programmeId).stream().map(CostLine::view).toList();
    }

    @Transactional(readOnly = true)
    public CostLineView get(Long id) {
        return line(id).view();
    }

    /** The programme's cost lines with these codes, by code (for matching a finance system's file). */
    @Transactional(readOnly = true)
    public Map<String, CostLineView> byCodes(Long programmeId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return costLines.findByProgrammeIdAndCodeIn(programmeId, codes).stream().map(CostLine::view)
                .collect(Collectors.toMap(CostLineView::code, line -> line));
    }

    @Transactional(readOnly = true)
    public boolean hasIllustrativeFigures(Long programmeId) {
        return costLines.existsByProgrammeIdAndIllustrativeTrue(programmeId);
    }

    public Long create(Long programmeId, CostLineDetails details, Map<FinancialYear, Money> originalBudget) {
        programmes.get(programmeId);
        List<Optional<Refusal>> answers = answers(programmeId, details, originalBudget);
        answers.add(CostLinePolicy.codeIsFree(details.code(),
                details.code() != null && costLines.existsByProgrammeIdAndCode(programmeId, details.code())));
        Refused.unlessAllowed(answers);
        CostLine costLine = costLines.saveAndFlush(new CostLine(programmeId, details));
        recordOriginal(costLine, Map.of(), originalBudget);
        return costLine.getId();
    }

    public void update(Long id, long expectedVersion, CostLineDetails details, Map<FinancialYear, Money> originalBudget) {
        CostLine costLine = line(id);
        if (costLine.getVersion() != expectedVersion) {
            throw new StaleEditException("record.costLine");
        }
        List<Optional<Refusal>> answers = answers(costLine.getProgrammeId(), details, originalBudget);
        answers.add(CostLinePolicy.codeIsFree(details.code(), details.code() != null
                && costLines.existsOtherWithCode(costLine.getProgrammeId(), details.code(), id)));
        Refused.unlessAllowed(answers);
        // The budget is rows of its own: a change to it alone would not move the cost line's version,
        // and a colleague's stale edit of the budget would then pass. Take the next version now.
        try {
            entityManager.lock(costLine, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException raced) {
            throw new StaleEditException("record.costLine");
        }
        costLine.apply(details);
        recordOriginal(costLine, originalBudget(id), originalBudget);
        try {
            costLines.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.costLine");
        }
    }

    /** The original budget per year: entries made outside change requests. */
    @Transactional(readOnly = true)
    public Map<FinancialYear, Money> originalBudget(Long costLineId) {
        Map<FinancialYear, Money> original = new TreeMap<>();
        budgets.findByCostLineIdOrderByRecordedAtAscIdAsc(costLineId).stream().filter(BudgetEntry::isOriginal)
                .forEach(entry -> original.merge(entry.getFinancialYear(), entry.getAmount(), Money::plus));
        return original;
    }

    /**
     * Every movement of the budget, oldest first: where the budget came from. The caller has read the
     * line; the organisation filter keeps another organisation's entries out.
     */
    @Transactional(readOnly = true)
    public List<BudgetMovement> budgetHistory(Long costLineId) {
        Set<FinancialYear> originalSeen = new HashSet<>();
        List<BudgetMovement> movements = new ArrayList<>();
        for (BudgetEntry entry : budgets.findByCostLineIdOrderByRecordedAtAscIdAsc(costLineId)) {
            boolean correction = entry.isOriginal() && !originalSeen.add(entry.getFinancialYear());
            movements.add(new BudgetMovement(entry.getFinancialYear(), entry.getAmount(), entry.getChangeRequestId(),
                    correction, entry.getRecordedAt(), entry.getRecordedBy()));
        }
        return movements;
    }

    private List<Optional<Refusal>> answers(Long programmeId, CostLineDetails details, Map<FinancialYear, Money> budget) {
        List<StreamView> streams = funding.streams(programmeId);
        List<Optional<Refusal>> answers = new ArrayList<>(CostLinePolicy.isComplete(details, budget));
        answers.addAll(CostLinePolicy.ownRecords(details,
                workstreams.of(programmeId).stream().map(Workstream::getId).collect(Collectors.toSet()),
                streams.stream().map(StreamView::id).collect(Collectors.toSet()),
                funding.decisions(programmeId).stream().map(DecisionView::id).collect(Collectors.toSet()),
                savings.targetIdsOf(programmeId)));
        answers.addAll(CapitalReceiptsPolicy.check(details,
                streams.stream().filter(StreamView::isCapitalReceipts).map(StreamView::id).collect(Collectors.toSet())));
        return answers;
    }

    private void recordOriginal(CostLine costLine, Map<FinancialYear, Money> current, Map<FinancialYear, Money> wanted) {
        Map<FinancialYear, Money> years = new HashMap<>(current);
        wanted.keySet().forEach(year -> years.putIfAbsent(year, Money.ZERO));
        years.forEach((year, now) -> {
            Money delta = wanted.getOrDefault(year, Money.ZERO).minus(now);
            if (!delta.isZero()) {
                budgets.save(new BudgetEntry(costLine.getId(), year, delta, null, clock.instant(), Actor.currentName()));
                ledger.move(costLine, year, delta, Money.ZERO, Money.ZERO);
            }
        });
    }

    CostLine line(Long id) {
        return costLines.findVisible(id).orElseThrow(() -> new NotFoundException("Cost line"));
    }
}
