package org.tgov.identity.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How a username and password are checked against the accounts in the database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInLimits.class)
class SignInConfiguration {

    /**
     * Throttles attempts first (see {@link SignInThrottle}), then checks the password before the
     * account's state, so that only someone who knows the password learns that an account is
     * disabled; a wrong password always gets the same answer.
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(provider, throttle);
    }
}
