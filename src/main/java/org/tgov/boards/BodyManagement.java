package org.tgov.boards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.boards.internal.BodyPolicy;
import org.tgov.boards.internal.GovernanceBodyRepository;
import org.tgov.identity.UserDirectory;
import org.tgov.identity.UserSummary;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** Governance body use cases, always within the signed-in user's organisation. */
@Service
@Transactional
public class BodyManagement {

    private final GovernanceBodyRepository bodies;
    private final UserDirectory users;

    BodyManagement(GovernanceBodyRepository bodies, UserDirectory users) {
        this.bodies = bodies;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Page<BodySummary> list(Pageable page) {
        return bodies.summaries(page);
    }

    @Transactional(readOnly = true)
    public List<BodySummary> all() {
        return bodies.allSummaries();
    }

    /** The bodies a user chairs or sits on. */
    @Transactional(readOnly = true)
    public List<BodySummary> bodiesOf(Long userId) {
        return bodies.summariesFor(userId);
    }

    /** Names of the chairs of the listed bodies, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, UserSummary> chairsOf(List<BodySummary> summaries) {
        return users.find(summaries.stream().map(BodySummary::chairUserId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    @Transactional(readOnly = true)
    public GovernanceBody get(Long id) {
        return bodies.findVisible(id).orElseThrow(() -> new NotFoundException("Governance body"));
    }

    @Transactional(readOnly = true)
    public BodyView view(Long id) {
        GovernanceBody body = get(id);
        Map<Long, UserSummary> people = users.find(body.getMemberIds());
        List<UserSummary> members = people.values().stream()
                .sorted(Comparator.comparing(UserSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
        return new BodyView(body, body.getChairUserId() == null ? null : people.get(body.getChairUserId()), members);
    }

    public Long create(BodyDetails details) {
        List<Optional<Refusal>> answers = new ArrayList<>(BodyPolicy.isComplete(details));
        answers.add(BodyPolicy.nameIsFree(details.name(), details.name() != null && bodies.existsByNameIgnoreCase(details.name())));
        answers.addAll(roleAnswers(details, null));
        Refused.unlessAllowed(answers);
        try {
            return bodies.saveAndFlush(new GovernanceBody(details)).getId();
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw refusalForRace(details, null);
        }
    }

    public void update(Long id, long expectedVersion, BodyDetails details) {
        GovernanceBody body = get(id);
        if (body.getVersion() != expectedVersion) {
            throw new StaleEditException("record.body");
        }
        List<Optional<Refusal>> answers = new ArrayList<>(BodyPolicy.isComplete(details));
        answers.add(BodyPolicy.nameIsFree(details.name(), details.name() != null && bodies.existsOtherNamed(details.name(), id)));
        answers.addAll(roleAnswers(details, id));
        Refused.unlessAllowed(answers);
        body.update(details);
        try {
            flush("record.body");
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw refusalForRace(details, id);
        }
    }

    public void replaceMembers(Long id, long expectedVersion, Set<Long> userIds) {
        GovernanceBody body = get(id);
        if (body.getVersion() != expectedVersion) {
            throw new StaleEditException("record.body");
        }
        Refused.unlessAllowed(BodyPolicy.peopleOfThisOrganisation(users.find(userIds).size() == userIds.size(), "memberIds"));
        body.replaceMembers(userIds);
        flush("record.body");
    }

    /** The body the organisation has chosen to decide its change requests, if it has chosen one. */
    @Transactional(readOnly = true)
    public Optional<BodySummary> decidingBody() {
        return bodies.decidingBodies().stream().findFirst();
    }

    /** Whether the user chairs or sits on the body. */
    @Transactional(readOnly = true)
    public boolean sitsOn(Long bodyId, Long userId) {
        return bodies.sitsOn(bodyId, userId);
    }


    /** Puts a user on exactly the listed bodies (the body they chair stays). */
    public void setMemberships(Long userId, Set<Long> bodyIds) {
        Refused.unlessAllowed(BodyPolicy.peopleOfThisOrganisation(!users.find(Set.of(userId)).isEmpty(), "bodyIds"));
        for (GovernanceBody body : bodies.findAllWithMembers()) {
            Set<Long> members = new HashSet<>(body.getMemberIds());
            boolean wanted = bodyIds.contains(body.getId()) || body.isChairedBy(userId);
            boolean changed = wanted ? members.add(userId) : members.remove(userId);
            if (changed) {
                body.replaceMembers(members);
            }
        }
    }

    /** One body per chair, one deciding body, and a chair from this organisation. */
    private List<Optional<Refusal>> roleAnswers(BodyDetails details, Long bodyId) {
        List<Optional<Refusal>> answers = new ArrayList<>();
        if (details.chairUserId() != null) {
            answers.add(BodyPolicy.peopleOfThisOrganisation(!users.find(Set.of(details.chairUserId())).isEmpty(), "chairUserId"));
            answers.add(BodyPolicy.onePersonChairsOneBody(bodies.findChairedBy(details.chairUserId())
                    .filter(other -> !other.getId().equals(bodyId)).map(GovernanceBody::getName).orElse(null)));
        }
        answers.add(BodyPolicy.oneBodyDecidesChangeRequests(details.decidesChangeRequests(), bodies.decidingBodies().stream()
                .filter(other -> !other.id().equals(bodyId)).map(BodySummary::name).findFirst().orElse(null)));
        return answers;
    }

    /** Someone else saved a chair or a deciding body at the same moment: the unique keys refused this one. */
    private Refused refusalForRace(BodyDetails details, Long bodyId) {
        List<Refusal> refusals = roleAnswers(details, bodyId).stream().flatMap(Optional::stream).toList();
        return new Refused(refusals.isEmpty() ? List.of(Refusal.of("body.savedMeanwhile")) : refusals);
    }

    private void flush(String what) {
        try {
            bodies.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException(what);
        }
    }
}
