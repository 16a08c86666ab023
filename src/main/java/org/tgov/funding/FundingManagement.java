package org.tgov.funding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.funding.internal.FundingDecisionRepository;
import org.tgov.funding.internal.FundingStreamRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;

/** Funding streams, funding decisions and their tranches, within the signed-in user's organisation. */
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

    @Transactional(readOnly = true)
    public List<FundingStream> streams(Long programmeId) {
        return streams.findWithAmounts(programmeId);
    }

    @Transactional(readOnly = true)
    public FundingStream stream(Long id) {
        return streams.findVisible(id).orElseThrow(() -> new NotFoundException("Funding stream"));
    }

    public Long createStream(Long programmeId, String name, FundingStreamType type, String notes,
            Map<FinancialYear, Money> amounts) {
        programmes.get(programmeId);
        FundingStream stream = new FundingStream(programmeId, name, type, notes);
        if (streams.existsByProgrammeIdAndNameIgnoreCase(programmeId, stream.getName())) {
            throw new RuleViolation("name", "This programme already has a funding stream called " + stream.getName());
        }
        stream.setAmounts(amounts);
        return streams.save(stream).getId();
    }

    public void updateStream(Long id, long expectedVersion, String name, FundingStreamType type, String notes,
            Map<FinancialYear, Money> amounts) {
        FundingStream stream = stream(id);
        requireVersion(stream.getVersion(), expectedVersion, "This funding stream");
        if (name != null && streams.existsOtherNamed(stream.getProgrammeId(), name.strip(), id)) {
            throw new RuleViolation("name", "This programme already has a funding stream called " + name.strip());
        }
        // The amounts are rows of their own: a change to them alone would not move the stream's
        // version, and a colleague's stale edit of the amounts would then pass. Take the next version now.
        try {
            entityManager.lock(stream, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException raced) {
            throw new StaleEditException("This funding stream");
        }
        stream.describe(name, type, notes);
        stream.setAmounts(amounts);
        flush("This funding stream");
    }

    @Transactional(readOnly = true)
    public List<FundingDecision> decisions(Long programmeId) {
        return decisions.findWithTranches(programmeId);
    }

    @Transactional(readOnly = true)
    public FundingDecision decision(Long id) {
        return decisions.findVisible(id).orElseThrow(() -> new NotFoundException("Funding decision"));
    }

    public Long createDecision(Long programmeId, FundingDecisionDetails details) {
        programmes.get(programmeId);
        checkStream(programmeId, details.fundingStreamId());
        if (decisions.existsByProgrammeIdAndReferenceIgnoreCase(programmeId, details.reference())) {
            throw new RuleViolation("reference", "This programme already has a decision with reference " + details.reference());
        }
        return decisions.save(new FundingDecision(programmeId, details)).getId();
    }

    public void updateDecision(Long id, long expectedVersion, FundingDecisionDetails details) {
        FundingDecision decision = decision(id);
        requireVersion(decision.getVersion(), expectedVersion, "This funding decision");
        checkStream(decision.getProgrammeId(), details.fundingStreamId());
        if (decisions.existsOtherWithReference(decision.getProgrammeId(), details.reference(), id)) {
            throw new RuleViolation("reference", "This programme already has a decision with reference " + details.reference());
        }
        decision.apply(details);
        flush("This funding decision");
    }

    public void addTranche(Long decisionId, String name, Money amount, LocalDate availableFrom, LocalDate releasedOn) {
        decision(decisionId).addTranche(name, amount, availableFrom, releasedOn);
        decisions.flush();
    }

    /** Records the date a tranche was released (or clears it when {@code on} is null). */
    public void releaseTranche(Long decisionId, Long trancheId, LocalDate on) {
        decision(decisionId).getTranches().stream().filter(t -> t.getId().equals(trancheId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Tranche"))
                .release(on);
    }

    private void checkStream(Long programmeId, Long streamId) {
        if (streamId != null && !stream(streamId).getProgrammeId().equals(programmeId)) {
            throw new RuleViolation("fundingStreamId", "Choose one of this programme's funding streams");
        }
    }

    private static void requireVersion(long actual, long expected, String what) {
        if (actual != expected) {
            throw new StaleEditException(what);
        }
    }

    private void flush(String what) {
        try {
            streams.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException(what);
        }
    }
}
