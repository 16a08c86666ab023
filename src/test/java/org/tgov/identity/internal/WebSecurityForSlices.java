package org.tgov.identity.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * The application's own security configuration, for {@code @WebMvcTest} slices, which do not pick
 * up configuration classes by themselves: with it a slice checks the real rules (roles, method
 * security with the permissions of {@link org.tgov.identity.Can}, CSRF, headers) instead of Spring Boot's defaults.
 * A slice has no session table, so an in-memory session registry stands in for the application's.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, org.tgov.identity.Can.class, org.tgov.shared.web.Sentences.class,
        org.tgov.shared.web.Notices.class })
public class WebSecurityForSlices {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }
}
