package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tgov.support.PostgresInitializer;
import org.tgov.support.RawHttp.Response;
import org.tgov.support.RawHttp;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/**
 * What the real embedded server believes of the Host and X-Forwarded-* headers: redirects never
 * follow them, and only a configured proxy is believed about the visitor's address and TLS. Each
 * nested class starts the server with its own proxy setting; the test client connects from 127.0.0.1.
 */
class ForwardedHeadersIT {

    static final String FORGED_HOST = "Host: evil.example";
    static final String FORGED_FORWARDED_HOST = "X-Forwarded-Host: evil.example";
    static final String TLS = "X-Forwarded-Proto: https";
    static final String THROTTLED = "You have tried to sign in too many times";

    abstract static class RealServer {

        @LocalServerPort
        int port;

        @Autowired
        TestData data;

        RawHttp visitor() {
            return new RawHttp(port);
        }

        /** The sign-in page the visitor is sent to after a refusal (where it is sent is another test's concern). */
        String pageAfter(RawHttp visitor, Response refused, String... headers) throws Exception {
            assertThat(refused.location()).endsWith("/sign-in?error");
            return visitor.get("/sign-in?error", headers).body();
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
            assertThat(signedIn.setCookie("TGOV_SESSION")).hasValueSatisfying(
                    cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
            assertThat(signedIn.header("Strict-Transport-Security")).isEmpty();
        }

        /** Without a trusted proxy, X-Forwarded-For is the attacker's own words: it cannot buy fresh attempts. */
        @Test
        void aForgedForwardedForDoesNotEscapeTheThrottle() throws Exception {
            SignedInUser officer = data.user(data.council(), Role.OFFICER);
            for (int attempt = 1; attempt <= 5; attempt++) {
                RawHttp attacker = visitor();
                Response refused = attacker.signIn(officer.getUsername(), "guess-" + attempt,
                        "X-Forwarded-For: 203.0.113." + attempt);
                assertThat(pageAfter(attacker, refused)).doesNotContain(THROTTLED);
            }

            RawHttp attacker = visitor();
            Response refused = attacker.signIn(officer.getUsername(), "guess-6", "X-Forwarded-For: 198.51.100.6");

            assertThat(pageAfter(attacker, refused)).contains(THROTTLED);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
            "tgov.trusted-proxies=127\\.0\\.0\\.1",
            "tgov.sign-in.address-attempts=10"})
    @ActiveProfiles("test")
    @ContextConfiguration(initializers = PostgresInitializer.class)
    class ThroughATrustedProxy extends RealServer {

        @Test
        void signingInOverTlsGivesASecureSessionCookieAndHsts() throws Exception {
            SignedInUser officer = data.user(data.council(), Role.OFFICER);

            Response signedIn = visitor().signIn(officer.getUsername(), TestData.PASSWORD, TLS,
                    "X-Forwarded-For: 198.51.100.20");

            assertThat(signedIn.location()).doesNotContain("error");
            assertThat(signedIn.setCookie("TGOV_SESSION")).hasValueSatisfying(
                    cookie -> assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
            assertThat(signedIn.header("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        }

        @Test
        void evenTheProxysForwardedHostDoesNotMakeRedirectsAbsolute() throws Exception {
            assertThat(visitor().get("/programmes", TLS, FORGED_FORWARDED_HOST).location()).isEqualTo("/sign-in");
        }

        @Test
        void anAttackerAtOneAddressCannotStopTheOwnerAtAnotherFromSigningIn() throws Exception {
            SignedInUser owner = data.user(data.council(), Role.OFFICER);
            String attackerAddress = "X-Forwarded-For: 203.0.113.77";
            for (int attempt = 1; attempt <= 5; attempt++) {
                RawHttp attacker = visitor();
                Response refused = attacker.signIn(owner.getUsername(), "guess-" + attempt, attackerAddress);
                assertThat(pageAfter(attacker, refused, attackerAddress)).doesNotContain(THROTTLED);
            }
            RawHttp attacker = visitor();
            Response throttled = attacker.signIn(owner.getUsername(), TestData.PASSWORD, attackerAddress);
            assertThat(pageAfter(attacker, throttled, attackerAddress))
                    .as("even the right password is refused from the attacker's address, unchecked").contains(THROTTLED);

            Response signedIn = visitor().signIn(owner.getUsername(), TestData.PASSWORD,
                    "X-Forwarded-For: 198.51.100.44");

            assertThat(signedIn.location()).doesNotContain("error");
        }

        /** Password spraying: one guess at many accounts from one address is slowed too. */
        @Test
        void oneAddressTryingManyAccountsIsSlowedAcrossThem() throws Exception {
            String sprayer = "X-Forwarded-For: 203.0.113.99";
            for (int account = 1; account <= 10; account++) {
                RawHttp attacker = visitor();
                Response refused = attacker.signIn(TestData.unique("someone"), "Summer2024!", sprayer);
                assertThat(pageAfter(attacker, refused, sprayer)).doesNotContain(THROTTLED);
            }
            SignedInUser officer = data.user(data.council(), Role.OFFICER);
            RawHttp attacker = visitor();

            assertThat(pageAfter(attacker, attacker.signIn(officer.getUsername(), "Summer2024!", sprayer), sprayer))
                    .contains(THROTTLED);
            assertThat(visitor().signIn(officer.getUsername(), TestData.PASSWORD, "X-Forwarded-For: 198.51.100.45")
                    .location()).doesNotContain("error");
        }
    }
}
