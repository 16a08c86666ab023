package org.tgov.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs on one instance at a time, however many instances run. Every instance
 * schedules each job, but a job annotated with ShedLock's {@code @SchedulerLock} first takes its
 * named lock, a row of the {@code shedlock} table; an instance that finds the lock taken skips that
 * run. ShedLock was chosen over a PostgreSQL advisory lock or {@code select ... for update skip locked}
 * because the same table works on the embedded H2 database too, a lock outlives the connection that
 * took it (so a pooled connection is never left holding one), and a lock whose instance died lapses
 * after its {@code lockAtMostFor}. Lock times come from the database's clock, so instances whose
 * clocks differ a little still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
