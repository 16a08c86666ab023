package org.tgov.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * One module of the application (the one of the test's package) with the modules it uses, on this
 * run's PostgreSQL database, without MockMvc: Spring Modulith's {@code @ApplicationModuleTest}.
 * Tests create what they need with {@link TestData} (import it) and act as signed-in people with
 * {@link TestData#actingAs}, as their requests would.
 *
 * <p>Identity and shared are always included, because a module's persistence needs them whether or
 * not its code injects one of their beans, and Modulith includes a dependency only when it does:
 * every tenant-owned entity needs identity's tenant resolver (Hibernate opens no session without
 * one), and every {@code Money} or {@code FinancialYear} column needs shared's attribute converters.
 * Funding, say, uses identity only through its controllers' permission annotations and would start
 * without a tenant resolver. Nothing of the application's configuration is switched off: its
 * security configuration comes with identity, and only the included modules' entities and
 * repositories are loaded, so Hibernate validates just their tables.
 *
 * <p>No other test shares a module's context, so it is closed after its class, with a pool of two
 * connections while it lives: the run's PostgreSQL server is shared, and every cached context would
 * otherwise hold ten connections until the run ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(extraIncludes = { "identity", "shared" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=2")
@DirtiesContext
public @interface ModuleIntegrationTest {

    /** Which of the modules it uses are started with it: those it uses directly, unless said otherwise. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;
}
