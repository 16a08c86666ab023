package org.tgov.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tgov.support.PostgresInitializer;

/**
 * The whole application on a random port, on this run's PostgreSQL database with the demo data
 * (Herefordshire Council and its users, password {@code demo-password}), driven through the one
 * shared headless Chromium. Test classes extend {@link BrowserTestBase}; the database is shared
 * by every test of the run, so a test that changes data uses records it created itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = PostgresInitializer.class)
@ExtendWith(ChromiumExtension.class)
@interface BrowserTest {
}
