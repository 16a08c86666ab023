package org.tgov.funding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.funding.internal.FundingDecision;
import org.tgov.funding.internal.FundingDecisionRepository;
import org.tgov.funding.internal.FundingRules;
import org.tgov.funding.internal.FundingStream;
import org.tgov.funding.internal.FundingStreamRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/**
 * A programme's funding: streams with their amounts by year, funding decisions drawing on them,
 * and the tranches decisions are released in. Every use case checks the funding rules together and
 * refuses with all their reasons; nothing is saved when it refuses.
 */
@Service
@Transactional
public class FundingManagement {

    private final FundingStreamRepository streams;
    private final FundingDecisionRepository decisions;
    private final ProgrammeManagement programmes;
    private final EntityManager entityManager;

    FundingManagement(FundingStreamRepository streams, FundingDecisionRepository decisions, ProgrammeManagement programmes,
            EntityManager entityManager) {
        this.streams = streams;
        this.decisions = decisions;
        this.programmes = programmes;
        this.entityManager = entityManager;
    }

    public Long createStream(Long programmeId, StreamDetails details, Map<FinancialYear, Money> amounts) {
        programmes.get(programmeId);
        List<Optional<Refusal>> answers = new ArrayList<>(FundingRules.streamIsComplete(details, amounts));
        answers.add(FundingRules.streamNameIsFree(details.name(),
                details.name() != null && streams.existsByProgrammeIdAndNameIgnoreCase(programmeId, details.name())));
        Refused.unlessAllowed(answers);
        FundingStream stream = new FundingStream(programmeId, details);
        stream.setAmounts(amounts);
        return streams.save(stream).getId();
    }

    public void updateStream(Long programmeId, Long id, long expectedVersion, StreamDetails details,
            Map<FinancialYear, Money> amounts) {
        FundingStream stream = streamOf(programmeId, id);
        requireVersion(stream.getVersion(), expectedVersion, "record.fundingStream");
        List<Optional<Refusal>> answers = new ArrayList<>(FundingRules.streamIsComplete(details, amounts));
        answers.add(FundingRules.streamNameIsFree(details.name(),
                details.name() != null && streams.existsOtherNamed(programmeId, details.name(), id)));
        Refused.unlessAllowed(answers);
        // The amounts are rows of their own: a change to them alone would not move the stream's
        // version, and a colleague's stale edit of the amounts would then pass. Take the next version now.
        forceNextVersion(stream, "record.fundingStream");
        stream.describe(details);
        stream.setAmounts(amounts);
        flush("record.fundingStream");
    }

    public Long createDecision(Long programmeId, DecisionDetails details) {
        programmes.get(programmeId);
        List<Optional<Refusal>> answers = decisionAnswers(programmeId, details);
        answers.add(FundingRules.decisionReferenceIsFree(details.reference(), details.reference() != null
                && decisions.existsByProgrammeIdAndReferenceIgnoreCase(programmeId, details.reference())));
        Refused.unlessAllowed(answers);
        return decisions.save(new FundingDecision(programmeId, details)).getId();
    }

    public void updateDecision(Long programmeId, Long id, long expectedVersion, DecisionDetails details) {
        FundingDecision decision = decisionOf(programmeId, id);
        requireVersion(decision.getVersion(), expectedVersion, "record.fundingDecision");
        List<Optional<Refusal>> answers = decisionAnswers(programmeId, details);
        answers.add(FundingRules.decisionReferenceIsFree(details.reference(), details.reference() != null
                && decisions.existsOtherWithReference(programmeId, details.reference(), id)));
        answers.add(FundingRules.decisionCoversTranches(details.amount(), decision.view().tranchesTotal()));
        Refused.unlessAllowed(answers);
        forceNextVersion(decision, "record.fundingDecision");
        decision.apply(details);
        flush("record.fundingDecision");
    }

    public void addTranche(Long programmeId, Long decisionId, NewTranche tranche) {
        FundingDecision decision = decisionOf(programmeId, decisionId);
        List<Optional<Refusal>> answers = new ArrayList<>(FundingRules.trancheIsComplete(tranche));
        if (tranche.amount() != null) {
            answers.add(FundingRules.trancheFits(decision.getAmount(), decision.view().tranchesTotal(), tranche.amount()));
        }
        Refused.unlessAllowed(answers);
        decision.addTranche(tranche);
        decisions.flush();
    }

    /** Records the date a tranche was released (or clears it when {@code on} is null). */
    public void releaseTranche(Long programmeId, Long decisionId, Long trancheId, LocalDate on) {
        FundingDecision decision = decisionOf(programmeId, decisionId);
        TrancheView tranche = Optional.ofNullable(decision.view().tranche(trancheId))
                .orElseThrow(() -> new NotFoundException("Tranche"));
        Refused.unlessAllowed(FundingRules.releasedBeforeAvailable(tranche.availableFrom(), on));
        decision.tranche(trancheId).orElseThrow().release(on);
    }

    private List<Optional<Refusal>> decisionAnswers(Long programmeId, DecisionDetails details) {
        List<Optional<Refusal>> answers = new ArrayList<>(FundingRules.decisionIsComplete(details));
        answers.addAll(FundingRules.sourcesAddUp(details, new HashSet<>(streams.idsOf(programmeId))));
        return answers;
    }

    private FundingStream streamOf(Long programmeId, Long id) {
        return streams.findVisible(id).filter(s -> s.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Funding stream"));
    }

    private FundingDecision decisionOf(Long programmeId, Long id) {
        return decisions.findVisible(id).filter(d -> d.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Funding decision"));
    }

    private void forceNextVersion(Object entity, String record) {
        try {
            entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException raced) {
            throw new StaleEditException(record);
        }
    }

    private static void requireVersion(long actual, long expected, String record) {
        if (actual != expected) {
            throw new StaleEditException(record);
        }
    }

    private void flush(String record) {
        try {
            streams.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException(record);
        }
    }
}
