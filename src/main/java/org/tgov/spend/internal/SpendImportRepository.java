package org.tgov.spend.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpendImportRepository extends JpaRepository<SpendImport, Long> {

    Optional<SpendImport> findBySha256(String sha256);

    List<SpendImport> findTop20ByProgrammeIdOrderByImportedAtDesc(Long programmeId);
}
