package org.tgov.identity.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's own security configuration, for {@code @WebMvcTest} slices, which do not pick
 * up configuration classes by themselves: with it a slice checks the real rules (roles, method
 * security, CSRF, headers) instead of Spring Boot's defaults.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSecurityForSlices {
}
