package org.tgov.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.tgov.support.PostgresInitializer;

/** Links are written as they are, and the assets they name (WebJars without their version) still load. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class PlainLinksIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noLinkGoesThroughTheResourceChain() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
        context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .filter(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
                .forEach(registration -> assertThat(registration.isEnabled()).isFalse());
    }

    @Test
    void assetsStillLoadAndPagesNameThemPlainly() throws Exception {
        HttpResponse<String> signIn = get("/sign-in");
        assertThat(signIn.body()).contains("href=\"/css/tgov.css\"", "src=\"/js/app.js\"");

        assertThat(get("/css/tgov.css").statusCode()).isEqualTo(200);
        HttpResponse<String> script = get("/js/app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js");
        assertThat(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                BodyHandlers.ofString());
    }
}
