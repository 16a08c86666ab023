package org.tgov.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A new, empty database of the test's own, for tests that must start from nothing (the demo loading)
 * or that change what others rely on in the run's shared database (the crawl submits every form,
 * so it changes and disables things).
 */
public class OwnDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get().freshDatabase();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                // test contexts stay cached for the whole run: small pools, so that several runs fit in one server
                "spring.datasource.hikari.maximum-pool-size=6",
                "spring.datasource.hikari.minimum-idle=1")
                .applyTo(context.getEnvironment());
    }
}
