package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tgov.support.PostgresInitializer;
import org.tgov.support.TestData;

/** A user's open session ends as soon as an administrator disables them: a leaver is out at once. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class SessionEndIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    UserManagement users;

    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void disablingAUserEndsTheSessionTheyHaveOpen() throws Exception {
        TestData.Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        signIn(officer.getUsername());
        assertThat(get("/").statusCode()).isEqualTo(200);

        Tenancy.runAs(council.id(), () -> users.disable(officer.getId()));

        HttpResponse<String> next = get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?ended");
        assertThat(get("/sign-in?ended").body()).contains("You have been signed out because an administrator changed your account");
    }

    private void signIn(String username) throws Exception {
        Matcher token = CSRF.matcher(get("/sign-in").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(TestData.PASSWORD) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
