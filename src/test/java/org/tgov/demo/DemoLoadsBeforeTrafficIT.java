package org.tgov.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tgov.support.OwnDatabaseInitializer;
import org.tgov.support.TrafficStartRecorder;

/**
 * The demo data is in the database before the web server opens its port, so a demo sign-in never
 * fails for want of its account. (Same configuration as the crawl, so the two share one start-up
 * on a database of their own, where the demo loads from nothing.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
class DemoLoadsBeforeTrafficIT {

    @Autowired
    TrafficStartRecorder recorder;

    @Test
    void theDemoUsersExistBeforeThePortOpens() {
        assertThat(recorder.demoUsersWhenPortOpened()).isEqualTo(4);
    }
}
