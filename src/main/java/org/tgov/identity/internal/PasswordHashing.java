package org.tgov.identity.internal;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: new ones with Argon2id, which takes a passphrase of any length (bcrypt,
 * used before, takes at most 72 bytes, so a long passphrase could not be saved). Hashes already
 * stored with bcrypt keep working: each hash starts with the name of its algorithm, {@code {bcrypt}}
 * or {@code {argon2}}, and Argon2 hashes carry their own cost settings, so raising them later still
 * checks the old ones. A password over 72 bytes never matches a bcrypt hash, which could not hold it.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ARGON2 = "argon2";
    static final String BCRYPT = "bcrypt";

    /**
     * OWASP's Argon2id settings (19 MiB of memory, one lane) with three passes instead of two:
     * about 80 ms a hash on the 2-core machines this runs on, so that a sign-in stays near 100 ms.
     */
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 3;

    private static final Logger log = LoggerFactory.getLogger(PasswordHashing.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ARGON2,
                Map.of(ARGON2, argon2, BCRYPT, new BCryptPasswordEncoder()));
        encoder.setDefaultPasswordEncoderForMatches(new UnknownHash());
        return encoder;
    }

    /** A stored hash of no algorithm we use (only bcrypt and Argon2 were ever written) lets nobody in. */
    private static final class UnknownHash implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("Passwords are hashed with " + ARGON2);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            log.warn("A stored password hash names no algorithm this application uses; the sign-in is refused");
            return false;
        }
    }
}
