package org.tgov.boards;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.boards.internal.GovernanceBodyRepository;
import org.tgov.identity.UserDirectory;
import org.tgov.identity.UserSummary;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
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
        if (bodies.existsByNameIgnoreCase(details.name())) {
            throw new RuleViolation("name", "A body called " + details.name() + " already exists");
        }
        checkChair(details, null);
        return bodies.save(new GovernanceBody(details)).getId();
    }

    public void update(Long id, long expectedVersion, BodyDetails details) {
        GovernanceBody body = get(id);
        if (body.getVersion() != expectedVersion) {
            throw new StaleEditException("This body");
        }
        if (bodies.existsOtherNamed(details.name(), id)) {
            throw new RuleViolation("name", "A body called " + details.name() + " already exists");
        }
        checkChair(details, id);
        body.update(details);
        flush("This body");
    }

    public void replaceMembers(Long id, long expectedVersion, Set<Long> userIds) {
        GovernanceBody body = get(id);
        if (body.getVersion() != expectedVersion) {
            throw new StaleEditException("This body");
        }
        requireUsersOfThisOrganisation(userIds, "memberIds");
        body.replaceMembers(userIds);
        flush("This body");
    }

    /** Whether the user chairs or sits on a body of this type (a Resources Board decides change requests). */
    @Transactional(readOnly = true)
    public boolean sitsOnBodyOfType(Long userId, BodyType type) {
        return bodies.sitsOnBodyOfType(userId, type);
    }


    /** Puts a user on exactly the listed bodies (the body they chair stays). */
    public void setMemberships(Long userId, Set<Long> bodyIds) {
        requireUsersOfThisOrganisation(Set.of(userId), "bodyIds");
        for (GovernanceBody body : bodies.findAllWithMembers()) {
            Set<Long> members = new HashSet<>(body.getMemberIds());
            boolean wanted = bodyIds.contains(body.getId()) || body.isChairedBy(userId);
            boolean changed = wanted ? members.add(userId) : members.remove(userId);
            if (changed) {
                body.replaceMembers(members);
            }
        }
    }

    private void checkChair(BodyDetails details, Long bodyId) {
        if (details.chairUserId() == null) {
            return;
        }
        requireUsersOfThisOrganisation(Set.of(details.chairUserId()), "chairUserId");
        bodies.findChairedBy(details.chairUserId())
                .filter(other -> !other.getId().equals(bodyId))
                .ifPresent(other -> {
                    throw new RuleViolation("chairUserId", "This person already chairs " + other.getName()
                            + ". A person can chair one body only.");
                });
    }

    private void requireUsersOfThisOrganisation(Set<Long> userIds, String field) {
        if (users.find(userIds).size() != userIds.size()) {
            throw new RuleViolation(field, "Choose people from your own organisation");
        }
    }

    private void flush(String what) {
        try {
            bodies.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException(what);
        }
    }
}
