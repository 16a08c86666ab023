package org.tgov.identity.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's own security configuration, for {@code @WebMvcTest} slices, which do not pick
 * up configuration classes by themselves: with it a slice checks the real rules (roles, method
 * security with the permissions of {@link org.tgov.identity.Can}, CSRF, headers) instead of Spring Boot's defaults.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, org.tgov.identity.Can.class, org.tgov.shared.web.Sentences.class,
        org.tgov.shared.web.Notices.class })
public class WebSecurityForSlices {
}
