package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tgov.support.PostgresInitializer;
import org.tgov.support.RawHttp;
import org.tgov.support.RawHttp.Response;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * What the real embedded server believes of the Host and X-Forwarded-* headers: redirects never
 * follow them, and only a configured proxy is believed about the visitor's address and TLS. Each
 * nested class starts the server with its own proxy setting; the test client connects from 127.0.0.1.
 */
class ForwardedHeadersIT {

    static final String FORGED_HOST = "Host: evil.example";
    static final String FORGED_FORWARDED_HOST = "X-Forwarded-Host: evil.example";
    static final String TLS = "X-Forwarded-Proto: https";

    abstract static class RealServer {

        @LocalServerPort
        int port;

        @Autowired
        TestData data;

        RawHttp visitor() {
            return new RawHttp(port);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
    @ActiveProfiles("test")
    @ContextConfiguration(initializers = PostgresInitializer.class)
    class FromAnUntrustedSource extends RealServer {

        @Test
        void aForgedHostOrForwardedHostDoesNotChooseWhereTheSignInRedirectGoes() throws Exception {
            assertThat(visitor().get("/programmes", FORGED_HOST).location()).isEqualTo("/sign-in");
            assertThat(visitor().get("/programmes", FORGED_FORWARDED_HOST).location()).isEqualTo("/sign-in");
        }

        @Test
        void everyRedirectOfAVisitStaysOnThisSiteWhateverTheHostHeaderSays() throws Exception {
            Council council = data.council();
            SignedInUser officer = data.user(council, Role.OFFICER);
            RawHttp visitor = visitor();

            assertThat(visitor.get("/programmes", FORGED_HOST, FORGED_FORWARDED_HOST).location()).isEqualTo("/sign-in");
            assertThat(visitor.signIn(officer.getUsername(), "not-the-password", FORGED_HOST, FORGED_FORWARDED_HOST)
                    .location()).isEqualTo("/sign-in?error");
            assertThat(visitor.signIn(officer.getUsername(), TestData.PASSWORD, FORGED_HOST, FORGED_FORWARDED_HOST)
                    .location()).isEqualTo("/programmes?continue");
            String token = visitor.csrfToken("/programmes", FORGED_HOST);
            assertThat(visitor.post("/sign-out", Map.of("_csrf", token), FORGED_HOST, FORGED_FORWARDED_HOST)
                    .location()).isEqualTo("/sign-in?signed-out");
        }

        @Test
        void aControllerRedirectStaysOnThisSiteWhateverTheHostHeaderSays() throws Exception {
            Council council = data.council();
            SignedInUser officer = data.user(council, Role.OFFICER);
            RawHttp admin = visitor();
            assertThat(admin.signIn(council.adminUsername(), TestData.PASSWORD).location()).doesNotContain("error");

            String token = admin.csrfToken("/admin/users/" + officer.getId());
            Response enabled = admin.post("/admin/users/" + officer.getId() + "/enable", Map.of("_csrf", token),
                    FORGED_HOST, FORGED_FORWARDED_HOST);

            assertThat(enabled.status()).isEqualTo(302);
            assertThat(enabled.location()).isEqualTo("/admin/users/" + officer.getId());
        }

        @Test
        void aClaimOfTlsFromAnUntrustedSourceGetsNeitherHstsNorASecureCookie() throws Exception {
            SignedInUser officer = data.user(data.council(), Role.OFFICER);

            Response signedIn = visitor().signIn(officer.getUsername(), TestData.PASSWORD, TLS);

            assertThat(signedIn.location()).doesNotContain("error");
            assertThat(signedIn.setCookie("JSESSIONID")).hasValueSatisfying(
                    cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
            assertThat(signedIn.header("Strict-Transport-Security")).isEmpty();
        }

    }

    @Nested
    @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
            "tgov.trusted-proxies=127\\.0\\.0\\.1"})
    @ActiveProfiles("test")
    @ContextConfiguration(initializers = PostgresInitializer.class)
    class ThroughATrustedProxy extends RealServer {

        @Test
        void signingInOverTlsGivesASecureSessionCookieAndHsts() throws Exception {
            SignedInUser officer = data.user(data.council(), Role.OFFICER);

            Response signedIn = visitor().signIn(officer.getUsername(), TestData.PASSWORD, TLS,
                    "X-Forwarded-For: 198.51.100.20");

            assertThat(signedIn.location()).doesNotContain("error");
            assertThat(signedIn.setCookie("JSESSIONID")).hasValueSatisfying(
                    cookie -> assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
            assertThat(signedIn.header("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        }

        @Test
        void evenTheProxysForwardedHostDoesNotMakeRedirectsAbsolute() throws Exception {
            assertThat(visitor().get("/programmes", TLS, FORGED_FORWARDED_HOST).location()).isEqualTo("/sign-in");
        }
    }
}
