package org.tgov.improvement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByActionIdOrderByRecordedOnDescIdDesc(Long actionId);
}
