package org.tgov.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;
import static org.tgov.support.TestData.unique;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.support.IntegrationTest;
import org.tgov.support.SessionCookie;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
class PlatformOrganisationsIT {

    static final String PASSWORD = "a-long-enough-passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgrammeManagement programmes;

    SignedInUser platformAdmin;

    @BeforeEach
    void findThePlatformAdministrator() {
        platformAdmin = data.platformAdministrator();
    }

    @Test
    void createsAnOrganisationWithItsFirstAdministratorWhoCanThenSignIn() throws Exception {
        String organisation = unique("Council");
        String username = unique("first-admin");

        mvc.perform(newOrganisation(organisation, username, "Ada Morgan", "ada@example.org", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/platform/organisations"))
                .andExpect(flash().attribute("success",
                        organisation + " has been added. Its administrator, Ada Morgan, can now sign in."));

        assertThat(jdbc.queryForObject("""
                select count(*) from app_user u join organisation o on o.id = u.organisation_id
                join app_user_role r on r.user_id = u.id
                where o.name = ? and u.username = ? and u.display_name = 'Ada Morgan' and u.email = 'ada@example.org'
                and r.role = 'ADMIN'""", Integer.class, organisation, username)).isEqualTo(1);
        assertThat(listedOnSomePage(organisation)).as("listed on the organisations pages").isTrue();

        var signIn = mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username).withRoles("ADMIN"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        mvc.perform(get("/programmes").cookie(SessionCookie.of(signIn)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no programmes yet")));
    }

    @Test
    void theListAndTheFormRenderForThePlatformAdministrator() throws Exception {
        mvc.perform(get("/platform/organisations").with(as(platformAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1 class=\"govuk-heading-l\">Organisations</h1>"),
                        containsString("govuk-service-navigation__item--active"),
                        containsString("href=\"/platform/organisations/new\""))));
        mvc.perform(get("/platform/organisations/new").with(as(platformAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Add an organisation"),
                        containsString("govuk-breadcrumbs"), containsString("name=\"organisationName\""),
                        containsString("name=\"password\""))));
    }

    @Test
    void theHomePageTakesThePlatformAdministratorToTheOrganisations() throws Exception {
        mvc.perform(get("/").with(as(platformAdmin)))
                .andExpect(redirectedUrl("/platform/organisations"));
    }

    @Test
    void refusesAnOrganisationNameThatIsTakenAndSavesNothing() throws Exception {
        Council existing = data.council();
        String username = unique("second-admin");

        mvc.perform(newOrganisation(existing.name().toUpperCase(), username, "Bea Jones", "", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("An organisation called " + existing.name().toUpperCase() + " already exists"),
                        containsString("href=\"#organisationName\""), containsString("value=\"" + username + "\""),
                        containsString("value=\"Bea Jones\""), not(containsString(PASSWORD)))));

        assertThat(jdbc.queryForObject("select count(*) from organisation where lower(name) = lower(?)",
                Integer.class, existing.name())).isEqualTo(1);
        assertThat(usersNamed(username)).isZero();
    }

    @Test
    void refusesATakenUsernameAndDoesNotKeepTheOrganisationEither() throws Exception {
        Council existing = data.council();
        String organisation = unique("Council");

        mvc.perform(newOrganisation(organisation, existing.adminUsername(), "Cal Smith", "", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The username " + existing.adminUsername() + " is already taken"),
                        containsString("href=\"#username\""), containsString("value=\"" + organisation + "\""))));

        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, organisation))
                .isZero();
    }

    @Test
    void showsEveryMistakeAtOnceAndKeepsWhatWasTypedExceptThePassword() throws Exception {
        String organisation = unique("Council");

        mvc.perform(newOrganisation(organisation, "", " ", "not-an-email", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Error: Add an organisation"),
                        containsString("Enter a username for the administrator"),
                        containsString("Enter the administrator&#39;s full name"),
                        containsString("Enter an email address in the correct format, like name@example.org"),
                        containsString("Password must be 12 characters or more"),
                        containsString("value=\"" + organisation + "\""), containsString("value=\"not-an-email\""),
                        not(containsString("value=\"short\"")))));
        mvc.perform(newOrganisation("", "x", "Dee Ray", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the organisation&#39;s name"),
                        containsString("Enter a password"))));
        mvc.perform(newOrganisation(unique("Council"), "Not Valid!", "Dee Ray", "", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Username must be 2 to 100 characters")));
        mvc.perform(newOrganisation("x".repeat(201), "dee.ray", "Dee Ray", "", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Organisation name must be 200 characters or fewer")));

        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, organisation))
                .isZero();
        assertThat(usersNamed("dee.ray")).isZero();
    }

    @Test
    void thePlatformAdministratorSeesNoProgrammeData() throws Exception {
        Council council = data.council();
        Long programme = data.programme(council);

        mvc.perform(get("/programmes").with(as(platformAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/{id}", programme).with(as(platformAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/new").with(as(platformAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/bodies").with(as(platformAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(as(platformAdmin))).andExpect(status().isForbidden());

        // Even code that runs on their behalf sees no organisation's rows.
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(platformAdmin, null, platformAdmin.getAuthorities()));
        try {
            assertThat(programmes.list(Pageable.unpaged())).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anOrganisationsUsersCannotUseThePlatformPages() throws Exception {
        Council council = data.council();
        SignedInUser admin = data.user(council, Role.ADMIN);
        String organisation = unique("Council");

        mvc.perform(get("/platform/organisations").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/platform/organisations/new").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/platform/organisations").with(as(admin)).with(csrf())
                .param("organisationName", organisation).param("username", unique("u"))
                .param("fullName", "Eve").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(get("/platform/organisations")).andExpect(redirectedUrl("/sign-in"));

        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, organisation))
                .isZero();
    }

    @Test
    void refusesAFormPostedWithoutTheCsrfToken() throws Exception {
        String organisation = unique("Council");
        mvc.perform(post("/platform/organisations").with(as(platformAdmin))
                .param("organisationName", organisation).param("username", unique("u"))
                .param("fullName", "Eve").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, organisation))
                .isZero();
    }

    private MockHttpServletRequestBuilder newOrganisation(String name, String username, String fullName, String email,
            String password) {
        return post("/platform/organisations").with(as(platformAdmin)).with(csrf())
                .param("organisationName", name).param("username", username).param("fullName", fullName)
                .param("email", email).param("password", password);
    }

    private int usersNamed(String username) {
        return jdbc.queryForObject("select count(*) from app_user where lower(username) = lower(?)", Integer.class,
                username);
    }

    /** The list is in name order and the shared test database holds many organisations: look through its pages. */
    private boolean listedOnSomePage(String organisation) throws Exception {
        for (int page = 0; page < 200; page++) {
            String html = mvc.perform(get("/platform/organisations").param("page", Integer.toString(page)).with(as(platformAdmin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (html.contains(organisation)) {
                return true;
            }
            if (!html.contains("rel=\"next\"")) {
                return false;
            }
        }
        return false;
    }
}
