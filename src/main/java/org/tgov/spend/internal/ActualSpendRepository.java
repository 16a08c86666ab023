package org.tgov.spend.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.spend.ActualSpend;

public interface ActualSpendRepository extends JpaRepository<ActualSpend, Long> {

    List<ActualSpend> findByCostLineIdOrderByMonthAscIdAsc(Long costLineId);

    /** Rows of [funding decision id, actual spend] charged to each of the decisions. */
    @Query("""
            select c.fundingDecisionId, sum(s.amount) from ActualSpend s, CostLine c
            where s.costLineId = c.id and c.fundingDecisionId in :decisionIds group by c.fundingDecisionId""")
    List<Object[]> spentAgainst(Collection<Long> decisionIds);

    /** Rows of [funding decision id, open commitments] charged to each of the decisions. */
    @Query("""
            select c.fundingDecisionId, sum(m.amount) from Commitment m, CostLine c
            where m.costLineId = c.id and m.status = org.tgov.spend.Commitment.Status.OPEN
              and c.fundingDecisionId in :decisionIds group by c.fundingDecisionId""")
    List<Object[]> committedAgainst(Collection<Long> decisionIds);

    @Query("select coalesce(sum(s.amount), 0) from ActualSpend s where s.costLineId = :costLineId")
    BigDecimal totalFor(Long costLineId);
}
