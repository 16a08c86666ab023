package org.tgov.spend.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    @Query("select m from Commitment m where m.id = :id")
    Optional<Commitment> findVisible(Long id);

    List<Commitment> findByCostLineIdOrderByCommittedOnAscIdAsc(Long costLineId);
}
