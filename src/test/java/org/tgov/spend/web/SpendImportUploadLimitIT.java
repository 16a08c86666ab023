package org.tgov.spend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.support.PostgresInitializer;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/**
 * The upload size limit is enforced by the servlet container while it reads the request, which
 * MockMvc does not do: this runs the real server and signs in over HTTP, as a browser would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class SpendImportUploadLimitIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired TestData data;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFileOverTheLimitGetsAPageThatSaysSoAndASmallOneIsPreviewed() throws Exception {
        Council council = data.council();
        Long programmeId = data.programme(council);
        SignedInUser priya = data.user(council, Role.FINANCE);
        signIn(priya.getUsername());
        String page = "/programmes/" + programmeId + "/spend-imports";

        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> tooLarge = upload(page, "huge.csv", big);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("The file is too large")
                .contains("The selected file must be smaller than 5MB")
                .contains("href=\"" + page + "\"");

        HttpResponse<String> small = upload(page, "april.csv",
                "cost line code,month,amount,reference,description\nX-1,2022-04,1.00,,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(small.statusCode()).isEqualTo(302);
        assertThat(small.headers().firstValue("Location").orElseThrow()).contains(page + "/");
    }

    private void signIn(String username) throws Exception {
        String token = csrf(get("/sign-in").body());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(TestData.PASSWORD) + "&_csrf=" + encode(token))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpResponse<String> upload(String page, String fileName, byte[] content) throws Exception {
        String token = csrf(get(page).body());
        String boundary = "----tgov" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
