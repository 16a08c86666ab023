package org.tgov.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.identity.Role;
import org.tgov.identity.User;
import org.tgov.identity.UserSummary;

public interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    Optional<User> findByIdAndOrganisationId(Long id, Long organisationId);

    @Query("""
            select new org.tgov.identity.UserSummary(u.id, u.username, u.displayName, u.enabled)
            from User u where u.organisationId = :organisationId order by lower(u.displayName), u.id""")
    Page<UserSummary> summariesOf(Long organisationId, Pageable page);

    @Query("""
            select new org.tgov.identity.UserSummary(u.id, u.username, u.displayName, u.enabled)
            from User u where u.organisationId = :organisationId and u.enabled = true
            order by lower(u.displayName), u.id""")
    List<UserSummary> activeSummariesOf(Long organisationId);

    @Query("""
            select new org.tgov.identity.UserSummary(u.id, u.username, u.displayName, u.enabled)
            from User u where u.organisationId = :organisationId and u.id in :ids""")
    List<UserSummary> summariesOf(Long organisationId, Collection<Long> ids);

    @Query("""
            select new org.tgov.identity.UserSummary(u.id, u.username, u.displayName, u.enabled)
            from User u where u.organisationId = :organisationId and u.username in :usernames""")
    List<UserSummary> summariesByUsername(Long organisationId, Collection<String> usernames);

    @Query(value = """
            select new org.tgov.identity.internal.AccountRow(u.id, u.username, u.displayName, u.enabled)
            from User u where u.organisationId = :organisationId order by lower(u.displayName), u.id""",
            countQuery = "select count(u) from User u where u.organisationId = :organisationId")
    Page<AccountRow> accountsOf(Long organisationId, Pageable page);

    /** The roles of many users at once, so that a list page needs one query for all its rows' roles. */
    @Query("select new org.tgov.identity.internal.UserRoleRow(u.id, r) from User u join u.roles r where u.id in :userIds")
    List<UserRoleRow> rolesOf(Collection<Long> userIds);

    /** Each listed user's roles, in {@link Role}'s order; one query, none for an empty list. */
    default Map<Long, Set<Role>> rolesByUser(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return rolesOf(userIds).stream().collect(Collectors.groupingBy(UserRoleRow::userId,
                Collectors.mapping(UserRoleRow::role, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    @Query("select count(u) from User u join u.roles r where r = org.tgov.identity.Role.PLATFORM_ADMIN")
    long countPlatformAdministrators();

    @Query("""
            select count(u) from User u join u.roles r
            where u.organisationId = :organisationId and r = :role and u.enabled = true""")
    long countEnabledWithRole(Long organisationId, Role role);
}
