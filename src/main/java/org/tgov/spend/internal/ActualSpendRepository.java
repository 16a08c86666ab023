package org.tgov.spend.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActualSpendRepository extends JpaRepository<ActualSpend, Long> {

    List<ActualSpend> findByCostLineIdOrderByMonthAscIdAsc(Long costLineId);
}
