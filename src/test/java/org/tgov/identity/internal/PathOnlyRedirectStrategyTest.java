package org.tgov.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PathOnlyRedirectStrategyTest {

    @Test
    void keepsOnlyThePathAndQueryOfAnAbsoluteUrl() {
        assertThat(PathOnlyRedirectStrategy.pathOf("http://evil.example/programmes?continue"))
                .isEqualTo("/programmes?continue");
        assertThat(PathOnlyRedirectStrategy.pathOf("https://evil.example:8443")).isEqualTo("/");
        assertThat(PathOnlyRedirectStrategy.pathOf("http://app.example//evil.example/x")).isEqualTo("/evil.example/x");
    }

    @Test
    void redirectsWithinTheApplicationsContextPath() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setContextPath("/tgov");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new PathOnlyRedirectStrategy().sendRedirect(request, response, "/sign-in?error");

        assertThat(response.getRedirectedUrl()).isEqualTo("/tgov/sign-in?error");
    }
}
