package org.tgov.boards.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.boards.BodySummary;
import org.tgov.boards.GovernanceBody;

/** Every query here is limited to the current organisation by Hibernate's tenant filter. */
public interface GovernanceBodyRepository extends JpaRepository<GovernanceBody, Long> {

    @Query("select b from GovernanceBody b left join fetch b.memberIds where b.id = :id")
    Optional<GovernanceBody> findVisible(Long id);

    @Query(value = """
            select new org.tgov.boards.BodySummary(b.id, b.name, b.type, b.cadence, b.chairUserId, b.chairRole,
                   size(b.memberIds), case when b.decidesChangeRequests = true then true else false end)
            from GovernanceBody b order by b.name""",
            countQuery = "select count(b) from GovernanceBody b")
    Page<BodySummary> summaries(Pageable page);

    @Query("""
            select new org.tgov.boards.BodySummary(b.id, b.name, b.type, b.cadence, b.chairUserId, b.chairRole,
                   size(b.memberIds), case when b.decidesChangeRequests = true then true else false end)
            from GovernanceBody b where :userId member of b.memberIds or b.chairUserId = :userId order by b.name""")
    List<BodySummary> summariesFor(Long userId);

    @Query("""
            select new org.tgov.boards.BodySummary(b.id, b.name, b.type, b.cadence, b.chairUserId, b.chairRole,
                   size(b.memberIds), case when b.decidesChangeRequests = true then true else false end)
            from GovernanceBody b order by b.name""")
    List<BodySummary> allSummaries();

    @Query("select distinct b from GovernanceBody b left join fetch b.memberIds")
    List<GovernanceBody> findAllWithMembers();

    @Query("""
            select count(b) > 0 from GovernanceBody b
            where b.id = :bodyId and (b.chairUserId = :userId or :userId member of b.memberIds)""")
    boolean sitsOn(Long bodyId, Long userId);

    @Query("""
            select new org.tgov.boards.BodySummary(b.id, b.name, b.type, b.cadence, b.chairUserId, b.chairRole,
                   size(b.memberIds), case when b.decidesChangeRequests = true then true else false end)
            from GovernanceBody b where b.decidesChangeRequests = true order by b.id""")
    List<BodySummary> decidingBodies();

    boolean existsByNameIgnoreCase(String name);

    @Query("select count(b) > 0 from GovernanceBody b where lower(b.name) = lower(:name) and b.id <> :id")
    boolean existsOtherNamed(String name, Long id);

    @Query("select b from GovernanceBody b where b.chairUserId = :userId")
    Optional<GovernanceBody> findChairedBy(Long userId);
}
