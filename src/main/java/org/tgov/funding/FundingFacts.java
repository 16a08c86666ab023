package org.tgov.funding;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.funding.internal.FundingDecision;
import org.tgov.funding.internal.FundingDecisionRepository;
import org.tgov.funding.internal.FundingStream;
import org.tgov.funding.internal.FundingStreamRepository;
import org.tgov.shared.NotFoundException;

/**
 * What a programme's funding is, for its own pages and for other modules: the streams with their
 * amounts by year and the decisions with their sources and tranches, in one query each.
 */
@Service
@Transactional(readOnly = true)
public class FundingFacts {

    private final FundingStreamRepository streams;
    private final FundingDecisionRepository decisions;

    FundingFacts(FundingStreamRepository streams, FundingDecisionRepository decisions) {
        this.streams = streams;
        this.decisions = decisions;
    }

    public List<StreamView> streams(Long programmeId) {
        return streams.findWithAmounts(programmeId).stream().map(FundingStream::view).toList();
    }

    /** The stream, only if it belongs to the programme: any other looks not found. */
    public StreamView stream(Long programmeId, Long id) {
        return streams.findVisible(id).filter(s -> s.getProgrammeId().equals(programmeId)).map(FundingStream::view)
                .orElseThrow(() -> new NotFoundException("Funding stream"));
    }

    public List<DecisionView> decisions(Long programmeId) {
        return decisions.findWithTranches(programmeId).stream().map(FundingDecision::view).toList();
    }

    /** The decision, only if it belongs to the programme: any other looks not found. */
    public DecisionView decision(Long programmeId, Long id) {
        return decisions.findVisible(id).filter(d -> d.getProgrammeId().equals(programmeId)).map(FundingDecision::view)
                .orElseThrow(() -> new NotFoundException("Funding decision"));
    }

    public List<DecisionView> decisions(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : decisions.findWithTranchesByIds(ids).stream().map(FundingDecision::view).toList();
    }

    /**
     * The decisions, locked until the caller's transaction ends, so that two entries charged to
     * the same decision are checked against its released tranches one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<DecisionView> lockDecisions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        decisions.lockAll(ids);
        return decisions.findWithTranchesByIds(ids).stream().map(FundingDecision::view).toList();
    }
}
