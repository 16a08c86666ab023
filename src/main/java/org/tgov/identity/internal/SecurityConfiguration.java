package org.tgov.identity.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.tgov.identity.Role;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline scripts or styles anywhere: everything comes from our own origin. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final String[] ORGANISATION_ROLES = java.util.Arrays.stream(Role.values())
            .filter(Role::isOrganisationRole).map(Role::name).toArray(String[]::new);

    /**
     * The session registry ({@link SessionConfiguration}) tells, on every request, whether an
     * administrator's change has ended the session, on whichever instance it was made.
     */
    @Bean
    SecurityFilterChain web(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http
            .authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers("/sign-in", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                        "/error", "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/platform/**").hasRole(Role.PLATFORM_ADMIN.name())
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/").authenticated()
                .anyRequest().hasAnyRole(ORGANISATION_ROLES))
            .formLogin(form -> form
                .loginPage("/sign-in")
                .loginProcessingUrl("/sign-in")
                .failureHandler(new RefusedSignIn())
                .successHandler(backToWhereTheyWere())
                .permitAll())
            .sessionManagement(session -> session
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/sign-in?ended"))
            .logout(logout -> logout
                .logoutUrl("/sign-out")
                .logoutSuccessUrl("/sign-in?signed-out")
                .deleteCookies(SessionConfiguration.COOKIE))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
        return http.build();
    }

    /**
     * After signing in, the page the visitor first asked for (or home), as a path on this site: see
     * {@link PathOnlyRedirectStrategy}. Its own {@code HttpSessionRequestCache} reads the same saved
     * request as the one the filter chain writes, which is configured with the defaults too.
     */
    private static AuthenticationSuccessHandler backToWhereTheyWere() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy(new PathOnlyRedirectStrategy());
        return handler;
    }
}
